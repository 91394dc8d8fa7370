import { assertIsoDay } from '../dates/index.js';
import { decide } from '../engine/index.js';
import { assertPolicyPack, type PackNames, type PolicyPack, type ResolveOptions } from '../pack/index.js';
import { InputError } from '../errors/index.js';
import { parseHousehold, type Household } from '../schema/index.js';
import { buildDecision } from './build-decision.js';
import type { DecisionLanguage } from './localize.js';
import { decisionIssue } from './messages.js';
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
 * Texts (reasons, actions, what to ask, notes, names) are in both languages unless `lang` asks for one:
 * then only that one is built, and every text is `{ zh }` or `{ en }`. For a decision without texts, to
 * store, see `evaluateCompact`.
 *
 * @param options - `asOf` (required); what-if `overrides`, `lastKnown`, `knownAt`; `lang`
 * @throws {InputError} `household_invalid` with every problem of the household; `bad_date` for an `asOf`
 *   or `knownAt` that is not a real day; `household_unknown_district`; `pack_invalid_argument` when `pack`
 *   is not a validated pack; `override_unknown_parameter` / `override_invalid` for bad what-if values;
 *   `decision_bad_lang` for a `lang` other than `'zh'`, `'en'` or `'both'`.
 * @example
 * const d = evaluate(packs.zhongshan, { members: [...] }, { asOf: '2022-06-01' });
 * d.category;               // 'dibao'
 * d.programmes[0].reasons;  // [{ text: { zh: '…', en: 'income per person 1133.33 < dibao standard 1160.00 (met)' }, ... }]
 * evaluate(packs.zhongshan, household, { asOf: '2022-06-01', lang: 'en' }).actions[0].text.en; // 'Grant: …'
 */
export function evaluate<N extends PackNames, L extends DecisionLanguage = 'both'>(
  pack: PolicyPack<N>,
  household: Household,
  options: EvaluateOptions<N, L>,
): Decision<N, L>;
export function evaluate<N extends PackNames, L extends DecisionLanguage = 'both'>(
  pack: PolicyPack<N>,
  household: unknown,
  options: EvaluateOptions<N, L>,
): Decision<N, L>;
export function evaluate(
  pack: PolicyPack,
  household: unknown,
  options: EvaluateOptions,
): Decision<PackNames, DecisionLanguage> {
  return explainedDecision(pack, household, options, false);
}

/**
 * The one path of `evaluate` and `evaluateCompact`: the arguments checked, the household decided with traces,
 * the decision built in the languages asked for, or without texts for the compact form.
 */
export function explainedDecision(pack: PolicyPack, household: unknown, options: EvaluateOptions, compact: boolean) {
  assertPolicyPack(pack);
  assertIsoDay((options as Partial<EvaluateOptions> | undefined)?.asOf, 'asOf');
  const lang = compact ? 'none' : languageOf(options.lang);
  const judgements = decide(pack, parseHousehold(household), {
    ...(options as ResolveOptions & { asOf: string }),
    explain: true,
  });
  return buildDecision(judgements, lang);
}

/** The asked languages, checked: a typo must not silently give both (or none). */
function languageOf(lang: unknown): DecisionLanguage {
  if (lang === undefined) return 'both';
  if (lang === 'zh' || lang === 'en' || lang === 'both') return lang;
  const issue = decisionIssue('decision_bad_lang', ['lang'], { value: lang });
  throw new InputError('decision_bad_lang', issue.message.en, [issue]);
}
