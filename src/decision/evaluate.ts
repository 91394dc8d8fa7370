import { assertIsoDay } from '../dates/index.js';
import { decide } from '../engine/index.js';
import { assertPolicyPack, type PackNames, type PolicyPack, type ResolveOptions } from '../pack/index.js';
import { parseHousehold, type Household } from '../schema/index.js';
import { buildDecision } from './build-decision.js';
import type { Decision, EvaluateOptions } from './types.js';

/**
 * Decides which programmes a household is eligible for on a date, and why, and what should happen next.
 * Synchronous, pure and deterministic: the household is validated and copied, never mutated; the result
 * is plain JSON.
 *
 * Facts the household leaves out are unknown: programmes that need them are `undetermined`, and
 * `missing` lists what to ask. Figures the pack marks unknown for the period make programmes undetermined
 * too, unless `lastKnown` is set (the decision then notes the figure as provisional).
 *
 * @param pack - a validated pack (`packs.chengdu`, `loadPack(...)`, `validatePack(...).pack`)
 * @param household - the household; typed for TypeScript callers, or raw JSON (`unknown`) checked at run time
 * @param options - `asOf` (required), and what-if `overrides`, `lastKnown`, `knownAt`
 * @throws {InputError} `household_invalid` with every problem of the household; `bad_date` for an `asOf`
 *   or `knownAt` that is not a real day; `household_unknown_district`; `pack_invalid_argument` when `pack`
 *   is not a validated pack; `override_unknown_parameter` / `override_invalid` for bad what-if values.
 * @example
 * const d = evaluate(packs.zhongshan, { members: [...] }, { asOf: '2022-06-01' });
 * d.category;               // 'dibao'
 * d.programmes[0].reasons;  // [{ text: { en: 'income per person 1133.33 < dibao standard 1160.00 (met)' }, ... }]
 */
export function evaluate<N extends PackNames>(
  pack: PolicyPack<N>,
  household: Household,
  options: EvaluateOptions<N>,
): Decision<N>;
export function evaluate<N extends PackNames>(
  pack: PolicyPack<N>,
  household: unknown,
  options: EvaluateOptions<N>,
): Decision<N>;
export function evaluate(pack: PolicyPack, household: unknown, options: EvaluateOptions): Decision {
  assertPolicyPack(pack);
  assertIsoDay((options as Partial<EvaluateOptions> | undefined)?.asOf, 'asOf');
  const judgements = decide(pack, parseHousehold(household), {
    ...(options as ResolveOptions & { asOf: string }),
    explain: true,
  });
  return buildDecision(judgements);
}
