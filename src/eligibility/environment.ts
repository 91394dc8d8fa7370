import { deriveFacts, type DerivedFacts } from '../facts/derive.js';
import type { PolicyPack } from '../pack/types.js';
import type { ResolveOptions } from '../pack/resolve.js';
import type { RuleValue, SymbolTable } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/household.js';
import type { CompiledPack } from './compile-pack.js';
import { parameterSetFor, type ParameterSet } from './parameter-set.js';
import type { ValueKeys } from './values.js';

/** The rule environments of one household on one date: facts and parameter values by slot. */
export interface Environments {
  readonly facts: DerivedFacts;
  /** What keyed parameter values are picked by for this household. */
  readonly keys: ValueKeys;
  readonly parameters: ParameterSet;
  readonly householdEnv: RuleValue[];
  readonly memberEnvs: RuleValue[][];
  /**
   * When the household's zone or hukou is unknown and the pack keys a figure by it: the environments for
   * every possible value, so a programme can still be decided if it comes out the same in all of them.
   */
  alternatives(): readonly {
    readonly keys: ValueKeys;
    readonly householdEnv: RuleValue[];
    readonly memberEnvs: RuleValue[][];
  }[];
}

/**
 * Derives the facts and lays them out by slot beside the (cached) parameter values for the household's
 * zone. Unknown facts and unknown parameter values stay `undefined`, so rules give "undetermined".
 */
export function prepareEnvironments(
  pack: PolicyPack,
  compiled: CompiledPack,
  household: HouseholdParsed,
  options: ResolveOptions & { asOf: string },
): Environments {
  const facts = deriveFacts(pack, household, options.asOf);
  const keys: ValueKeys = {
    zone: facts.household.zone as string | undefined,
    hukou: facts.household.hukou as string | undefined,
  };
  const parameters = parameterSetFor(pack, compiled, options);
  const build = (k: ValueKeys) => {
    const householdEnv = parameters.envFor('household', k);
    fillFacts(householdEnv, compiled.factSlots.household, facts.household, undefined);
    // Member envs share every household fact: fill those once, then copy and add each member's own.
    const memberBase = parameters.envFor('member', k);
    const memberSlots = compiled.factSlots.member;
    for (const [slot, name, isMember] of memberSlots) if (!isMember) memberBase[slot] = facts.household[name];
    const memberEnvs = facts.members.map((m) => {
      const env = memberBase.slice();
      for (const [slot, name, isMember] of memberSlots) if (isMember) env[slot] = m[name];
      return env;
    });
    return { householdEnv, memberEnvs };
  };
  const { householdEnv, memberEnvs } = build(keys);
  return {
    facts,
    keys,
    parameters,
    householdEnv,
    memberEnvs,
    alternatives: () => unknownKeyCases(pack, parameters, keys).map((k) => ({ keys: k, ...build(k) })),
  };
}

/** Every combination of the zones and hukou types a household with unknown keys could have, when some figure depends on them. */
function unknownKeyCases(pack: PolicyPack, parameters: ParameterSet, keys: ValueKeys): ValueKeys[] {
  let byZone = false;
  let byHukou = false;
  for (const p of parameters.resolved.values()) {
    if (!p || typeof p.value !== 'object') continue;
    if (p.by === 'hukou') byHukou = true;
    else byZone = true;
  }
  const zones = byZone && keys.zone === undefined ? Object.keys(pack.zones) : [keys.zone];
  const hukous = byHukou && keys.hukou === undefined ? ['urban', 'rural'] : [keys.hukou];
  if (zones.length === 1 && hukous.length === 1) return [];
  return zones.flatMap((zone) => hukous.map((hukou) => ({ zone, hukou })));
}

function fillFacts(
  env: RuleValue[],
  slots: readonly (readonly [number, string, boolean])[],
  household: DerivedFacts['household'],
  member: DerivedFacts['members'][number] | undefined,
): void {
  for (const [slot, name, isMember] of slots) env[slot] = isMember && member ? member[name] : household[name];
}

/** The env as a record by name, for the json-rules-engine reference. */
export function envToFacts(symbols: SymbolTable, env: readonly RuleValue[]): Record<string, RuleValue> {
  const out: Record<string, RuleValue> = {};
  for (const [name, sym] of symbols) out[name] = env[sym.slot];
  return out;
}
