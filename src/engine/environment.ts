import type { PackOnDate, ValueKeys } from '../pack/index.js';
import { isParamName, type RuleValue, type SymbolTable } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import type { CompiledPack } from './compile-pack.js';
import { deriveFacts, type DerivedFacts } from './derive-facts.js';

/** The rule environments of one household under one set of keys: facts and figures by slot. */
export interface EnvSet {
  readonly keys: ValueKeys;
  readonly household: RuleValue[];
  readonly members: RuleValue[][];
}

/** A household's facts on a date, its environments, and (on demand) those of every possible zone or hukou. */
export interface Environments extends EnvSet {
  readonly facts: DerivedFacts;
  /**
   * When the household's zone or hukou is unknown and the pack keys a figure by it: the environments for
   * every possible value, so a programme can still be decided if it comes out the same in all of them.
   */
  alternatives(): readonly EnvSet[];
}

/**
 * Derives the facts and lays them out by slot beside the figures of the day for the household's zone and
 * hukou. Unknown facts and unknown figures stay `undefined`, so rules give "undetermined".
 */
export function prepareEnvironments(day: PackOnDate, compiled: CompiledPack, household: HouseholdParsed): Environments {
  const facts = deriveFacts(day, household);
  const keys: ValueKeys = {
    zone: facts.household.zone as string | undefined,
    hukou: facts.household.hukou as string | undefined,
  };
  const build = (k: ValueKeys): EnvSet => {
    const hh = envTemplate(day, compiled, 'household', k);
    for (const [slot, name] of compiled.factSlots.household) hh[slot] = facts.household[name];
    // Member envs share every household fact: fill those once, then copy and add each member's own.
    const memberBase = envTemplate(day, compiled, 'member', k);
    const memberSlots = compiled.factSlots.member;
    for (const [slot, name, isMember] of memberSlots) if (!isMember) memberBase[slot] = facts.household[name];
    const members = facts.members.map((m) => {
      const env = memberBase.slice();
      for (const [slot, name, isMember] of memberSlots) if (isMember) env[slot] = m[name];
      return env;
    });
    return { keys: k, household: hh, members };
  };
  return { facts, ...build(keys), alternatives: () => unknownKeyCases(day, keys).map(build) };
}

const templates = new WeakMap<PackOnDate, Map<string, RuleValue[]>>();

/** A fresh env for a scope with every figure slot filled for the keys (facts still empty); cached per day. */
function envTemplate(
  day: PackOnDate,
  compiled: CompiledPack,
  scope: 'household' | 'member',
  keys: ValueKeys,
): RuleValue[] {
  let byKey = templates.get(day);
  if (!byKey) templates.set(day, (byKey = new Map()));
  const k = `${scope}\u0000${keys.zone ?? ''}\u0000${keys.hukou ?? ''}`;
  let t = byKey.get(k);
  if (!t) byKey.set(k, (t = buildTemplate(day, compiled.symbols[scope], keys)));
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

/** The env as a record by name, for the json-rules-engine reference. */
export function envToFacts(symbols: SymbolTable, env: readonly RuleValue[]): Record<string, RuleValue> {
  const out: Record<string, RuleValue> = {};
  for (const [name, sym] of symbols) out[name] = env[sym.slot];
  return out;
}
