import { formatRuleValue, type DisplayValue } from '../decision/index.js';
import { getFactDefinition } from '../schema/index.js';
import { isParamName } from '../rules/index.js';
import type { KnownValue, Numeric, RuleValue, SymbolTable } from '../rules/index.js';
import type { AnalysisContext } from './contexts.js';

/**
 * One generated case: household (and report) facts, one or more members, and the parameter values it is
 * judged with. Facts it leaves out are unknown (`undefined` in the env).
 *
 * @example
 * const s: Sample = { facts: new Map([['lifeAtRisk', true]]), members: [new Map([['age', 61]])], parameters: new Map(), assumed: [] };
 */
export interface Sample {
  readonly facts: ReadonlyMap<string, KnownValue>;
  readonly members: readonly ReadonlyMap<string, KnownValue>[];
  /** `param:<key>` → value. */
  readonly parameters: ReadonlyMap<string, Numeric | undefined>;
  /** Parameters without a value in the context, given one for this sample. */
  readonly assumed: readonly string[];
}

/**
 * A case where conditions hold, as people read it: money in yuan, members by position.
 *
 * @example
 * const e: AnalysisExample = { asOf: '2023-01-01', facts: { lifeAtRisk: true, basicNeedsUnmet: true }, parameters: {} };
 */
export interface AnalysisExample {
  /** The date whose figures were used; absent when no figure matters. */
  readonly asOf?: string;
  readonly zone?: string;
  /** Household and report facts the conditions read. */
  readonly facts: Readonly<Record<string, DisplayValue>>;
  /** Member facts the conditions read, for each member involved. */
  readonly members?: readonly Readonly<Record<string, DisplayValue>>[];
  /** Parameters the conditions read, as written in the pack (yuan, years). */
  readonly parameters: Readonly<Record<string, DisplayValue>>;
  /** Parameters that have no value on that date and were given one by the sampler. */
  readonly assumed?: readonly string[];
}

/**
 * Whether a fact is a member fact (judged per member) rather than a household or report fact.
 *
 * @example
 * isMemberFact('age'); // true
 */
export function isMemberFact(name: string): boolean {
  return getFactDefinition(name)?.scope === 'member';
}

/**
 * The env of a sample for a symbol table: facts, the given member's facts, and parameters by slot.
 *
 * @example
 * compiled.test(buildSampleEnv(sample, memberSymbols, 0));
 */
export function buildSampleEnv(sample: Sample, symbols: SymbolTable, member = 0): RuleValue[] {
  const env: RuleValue[] = new Array<RuleValue>(symbols.size).fill(undefined);
  const own = sample.members[member];
  for (const [name, sym] of symbols) {
    env[sym.slot] = isParamName(name) ? sample.parameters.get(name) : (own?.get(name) ?? sample.facts.get(name));
  }
  return env;
}

/**
 * Describes a sample for a report: only the facts and parameters in `read`, only the members in `members`.
 *
 * @example
 * describeSample(sample, context, ['lifeAtRisk', 'param:dibao.standard'], [0], scaleOf);
 */
export function describeSample(
  sample: Sample,
  context: AnalysisContext,
  read: readonly string[],
  members: readonly number[],
  scaleOf: (name: string) => number,
): AnalysisExample {
  const facts: Record<string, DisplayValue> = {};
  const parameters: Record<string, DisplayValue> = {};
  const memberNames = read.filter(isMemberFact).sort();
  for (const name of [...read].sort()) {
    if (isParamName(name)) parameters[name.slice(6)] = formatRuleValue(sample.parameters.get(name), scaleOf(name));
    else if (!isMemberFact(name)) facts[name] = formatRuleValue(sample.facts.get(name), scaleOf(name));
  }
  const shown = memberNames.length
    ? members.map((i) => {
        const out: Record<string, DisplayValue> = {};
        for (const name of memberNames) out[name] = formatRuleValue(sample.members[i]?.get(name), scaleOf(name));
        return out;
      })
    : [];
  const usesFigures = Object.keys(parameters).length > 0;
  const assumed = sample.assumed.filter((p) => read.includes(p)).map((p) => p.slice(6));
  return {
    ...(usesFigures && context.asOf !== undefined ? { asOf: context.asOf } : {}),
    ...(usesFigures && context.zone !== undefined ? { zone: context.zone } : {}),
    facts,
    ...(shown.length ? { members: shown } : {}),
    parameters,
    ...(assumed.length ? { assumed } : {}),
  };
}
