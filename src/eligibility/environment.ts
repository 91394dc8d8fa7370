import { deriveFacts, type DerivedFacts } from '../facts/derive.js';
import { ParameterError } from '../errors/index.js';
import { resolveParameter, type ResolvedParameter, type ResolveOptions } from '../pack/resolve.js';
import type { PolicyPack } from '../pack/types.js';
import { isParamName, type RuleValue, type SymbolTable } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/household.js';
import type { CompiledPack } from './compile-pack.js';
import { parameterRuleValue } from './values.js';

/** The rule environments of one household on one date: facts and parameter values by slot. */
export interface Environments {
  readonly facts: DerivedFacts;
  readonly zone: string | undefined;
  readonly resolved: ReadonlyMap<string, ResolvedParameter | undefined>;
  /** Parameters with no value in force on the date (before their first value, or none in the pack). */
  readonly notInForce: ReadonlySet<string>;
  readonly householdEnv: RuleValue[];
  readonly memberEnvs: RuleValue[][];
}

/**
 * Derives the facts and resolves every parameter once, then lays them out by slot for the compiled
 * rules. Unknown facts and unknown parameter values stay `undefined`, so rules give "undetermined".
 */
export function prepareEnvironments(pack: PolicyPack, compiled: CompiledPack, household: HouseholdParsed, options: ResolveOptions & { asOf: string }): Environments {
  const facts = deriveFacts(pack, household, options.asOf);
  const zone = facts.household.zone as string | undefined;
  const resolved = new Map<string, ResolvedParameter | undefined>();
  const notInForce = new Set<string>();
  for (const key of Object.keys(pack.parameters)) {
    try {
      resolved.set(key, resolveParameter(pack, key, options.asOf, options));
    } catch (e) {
      if (!(e instanceof ParameterError)) throw e;
      notInForce.add(key);
      resolved.set(key, undefined);
    }
  }
  const householdEnv = buildEnv(compiled.symbols.household, facts.household, undefined, resolved, zone);
  const memberEnvs = facts.members.map((m) => buildEnv(compiled.symbols.member, facts.household, m, resolved, zone));
  return { facts, zone, resolved, notInForce, householdEnv, memberEnvs };
}

function buildEnv(
  symbols: SymbolTable,
  household: DerivedFacts['household'],
  member: DerivedFacts['members'][number] | undefined,
  resolved: ReadonlyMap<string, ResolvedParameter | undefined>,
  zone: string | undefined,
): RuleValue[] {
  const env: RuleValue[] = new Array(symbols.size).fill(undefined);
  for (const [name, sym] of symbols) {
    if (isParamName(name)) env[sym.slot] = parameterRuleValue(resolved.get(name.slice(6)), zone);
    else env[sym.slot] = member && name in member ? member[name] : household[name];
  }
  return env;
}

/** The env as a record by name, for the json-rules-engine reference. */
export function envToFacts(symbols: SymbolTable, env: readonly RuleValue[]): Record<string, RuleValue> {
  const out: Record<string, RuleValue> = {};
  for (const [name, sym] of symbols) out[name] = env[sym.slot];
  return out;
}
