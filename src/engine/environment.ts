import type { PackOnDate, ValueKeys } from '../pack/index.js';
import { isParamName, type RuleValue, type SymbolTable } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import type { CompiledPack } from './compile-pack.js';
import { deriveFacts, type DerivedFacts } from './derive-facts.js';
import { openIncomeTypes, type IncomeAssumptions } from './income-measures.js';

/** The rule environments of one household under one reading: facts and figures by slot. */
export interface EnvSet {
  readonly keys: ValueKeys;
  /** Members assessed apart (special poverty) in this reading: left out of the household facts. */
  readonly apart: ReadonlySet<number>;
  readonly facts: DerivedFacts;
  readonly household: RuleValue[];
  readonly members: RuleValue[][];
}

/** A household's environments on a date, and (on demand) those of every reading of what is not known. */
export interface Environments extends EnvSet {
  /** Income types the household has whose treatment the pack does not know on the date. */
  readonly openIncome: readonly string[];
  /** Facts unknown only because of those open income rules (household facts and member facts by name). */
  readonly openFacts: ReadonlySet<string>;
  /**
   * The environments for every possible zone and hukou (when the household's is unknown and a figure depends
   * on it) and every reading of an open income rule: a programme decided the same in all of them is decided.
   */
  alternatives(): readonly EnvSet[];
}

const NO_MEMBERS: ReadonlySet<number> = new Set();
/** Beyond this many open income types the readings are not enumerated (2^n); such programmes stay undetermined. */
const MAX_OPEN_TYPES = 3;

/**
 * Derives the facts and lays them out by slot beside the figures of the day for the household's zone and
 * hukou. Unknown facts and unknown figures stay `undefined`, so rules give "undetermined".
 */
export function prepareEnvironments(
  day: PackOnDate,
  compiled: CompiledPack,
  household: HouseholdParsed,
  apart: ReadonlySet<number> = NO_MEMBERS,
): Environments {
  const derive = (assume?: IncomeAssumptions) =>
    deriveFacts(day, household, {
      apart,
      ...(assume ? { assume } : {}),
      ...(compiled.supporters ? { supporters: compiled.supporters } : {}),
    });
  const facts = derive();
  const keys: ValueKeys = {
    zone: facts.household.zone as string | undefined,
    hukou: facts.household.hukou as string | undefined,
  };
  const openIncome = openIncomeTypes(household, day.income);
  const readings = openIncome.length && openIncome.length <= MAX_OPEN_TYPES ? assumptionsOf(openIncome) : [];
  const base = layOut(day, compiled, keys, apart, facts);
  return {
    keys: base.keys,
    apart: base.apart,
    facts: base.facts,
    household: base.household,
    members: base.members,
    openIncome,
    openFacts: readings.length ? factsSettledBy(facts, derive(readings[0])) : NO_FACTS,
    alternatives: () => {
      const keyCases = unknownKeyCases(day, keys);
      const factCases = readings.length ? readings.map((r) => derive(r)) : [facts];
      if (keyCases.length <= 1 && !readings.length) return [];
      return (keyCases.length ? keyCases : [keys]).flatMap((k) =>
        factCases.map((f) => layOut(day, compiled, k, apart, f)),
      );
    },
  };
}

const NO_FACTS: ReadonlySet<string> = new Set();

/** Every reading of the open income types: each counted or not. */
function assumptionsOf(types: readonly string[]): IncomeAssumptions[] {
  const out: IncomeAssumptions[] = [];
  for (let mask = 0; mask < 1 << types.length; mask++)
    out.push(new Map(types.map((t, i) => [t, (mask & (1 << i)) !== 0])));
  return out;
}

/** Facts unknown in `base` that a reading makes known: unknown only because of the open rule, not the household. */
function factsSettledBy(base: DerivedFacts, read: DerivedFacts): Set<string> {
  const out = new Set<string>();
  for (const [name, v] of Object.entries(base.household))
    if (v === undefined && read.household[name] !== undefined) out.add(name);
  base.members.forEach((m, i) => {
    for (const [name, v] of Object.entries(m))
      if (v === undefined && read.members[i]![name] !== undefined) out.add(name);
  });
  return out;
}

function layOut(
  day: PackOnDate,
  compiled: CompiledPack,
  keys: ValueKeys,
  apart: ReadonlySet<number>,
  facts: DerivedFacts,
): EnvSet {
  const household = envTemplate(day, compiled, 'household', keys);
  const hf = facts.household;
  const slots = compiled.factSlots.household;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i]!;
    household[s[0]] = hf[s[1]];
  }
  // Member envs share every household fact: fill those once, then copy and add each member's own.
  const memberBase = envTemplate(day, compiled, 'member', keys);
  const memberSlots = compiled.factSlots.member;
  for (let i = 0; i < memberSlots.length; i++) {
    const s = memberSlots[i]!;
    if (!s[2]) memberBase[s[0]] = hf[s[1]];
  }
  const members = new Array<RuleValue[]>(facts.members.length);
  for (let m = 0; m < members.length; m++) {
    const env = memberBase.slice();
    const mf = facts.members[m]!;
    for (let i = 0; i < memberSlots.length; i++) {
      const s = memberSlots[i]!;
      if (s[2]) env[s[0]] = mf[s[1]];
    }
    members[m] = env;
  }
  return { keys, apart, facts, household, members };
}

/** Templates of one day, by scope, zone and hukou (nested maps: no key string built per household). */
type TemplatesOfDay = Record<'household' | 'member', Map<string | undefined, Map<string | undefined, RuleValue[]>>>;
const templates = new WeakMap<PackOnDate, TemplatesOfDay>();

/** A fresh env for a scope with every figure slot filled for the keys (facts still empty); cached per day. */
function envTemplate(
  day: PackOnDate,
  compiled: CompiledPack,
  scope: 'household' | 'member',
  keys: ValueKeys,
): RuleValue[] {
  let ofDay = templates.get(day);
  if (!ofDay) templates.set(day, (ofDay = { household: new Map(), member: new Map() }));
  let byHukou = ofDay[scope].get(keys.zone);
  if (!byHukou) ofDay[scope].set(keys.zone, (byHukou = new Map()));
  let t = byHukou.get(keys.hukou);
  if (!t) byHukou.set(keys.hukou, (t = buildTemplate(day, compiled.symbols[scope], keys)));
  return t.slice();
}

function buildTemplate(day: PackOnDate, symbols: SymbolTable, keys: ValueKeys): RuleValue[] {
  const env: RuleValue[] = new Array(symbols.size).fill(undefined);
  for (const [name, sym] of symbols) if (isParamName(name)) env[sym.slot] = day.ruleValue(name.slice(6), keys);
  return env;
}

/** Every combination of the zones and hukou types a household with unknown keys could have, when some figure depends on them. */
function unknownKeyCases(day: PackOnDate, keys: ValueKeys): ValueKeys[] {
  let byZone = false;
  let byHukou = false;
  for (const p of day.parameters.values()) {
    if (!p || typeof p.value !== 'object') continue;
    if (p.by === 'hukou') byHukou = true;
    else byZone = true;
  }
  const zones = byZone && keys.zone === undefined ? Object.keys(day.pack.zones) : [keys.zone];
  const hukous = byHukou && keys.hukou === undefined ? ['urban', 'rural'] : [keys.hukou];
  if (zones.length === 1 && hukous.length === 1) return [];
  return zones.flatMap((zone) => hukous.map((hukou) => ({ zone, hukou })));
}

/** The env as a record by name (tests and benchmarks compare it with json-rules-engine). */
export function envToFacts(symbols: SymbolTable, env: readonly RuleValue[]): Record<string, RuleValue> {
  const out: Record<string, RuleValue> = {};
  for (const [name, sym] of symbols) out[name] = env[sym.slot];
  return out;
}
