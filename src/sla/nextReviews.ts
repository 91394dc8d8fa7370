import { addReviewPeriod, addWorkingDays } from '../calendar/index.js';
import type { Issue } from '../errors/index.js';
import { calendarOf } from '../pack/index.js';
import type { PolicyPack } from '../pack/index.js';
import { suggestName } from '../rules/index.js';
import { isIsoDay } from '../dates/index.js';
import type { CycleDef } from '../schema/index.js';
import { attemptOnCalendar, countingCalendar } from './_lib/countingCalendar.js';
import { inputError, slaIssue } from './_lib/slaErrors.js';
import type { NextReviewsOptions, ReviewDue } from './types.js';

const MAX_COUNT = 1000;

/**
 * The next follow-up visits of a household: `count` due dates after `from`, one review cycle apart, for a
 * difficulty tier (its `cycle`) or a cycle of the pack. Months are calendar months in the pack's zone; the
 * n-th date is `from` + n cycles, each computed from `from` (not from the previous date), so a month-end
 * start stays at month end: 01-31 → 02-29 → 03-31. With `onWorkingDay`, a date on a weekend or holiday
 * moves to the next working day (`nominal` keeps the calendar date).
 *
 * The calendar's edge: with `onWorkingDay`, a date in a year the calendar has no notice for has `due: null`
 * and `year` (the year lacking) — the other dates are still returned; with `uncoveredYears: 'weekends-only'`
 * it moves past weekends only and is marked `provisional`.
 *
 * @param pack - a validated pack with `cycles` (and `difficulty.tiers` for `tier`)
 * @param options - `tier` or `cycle`, `from` (YYYY-MM-DD), `count` (1–1000), `onWorkingDay`, `calendar`,
 *   `uncoveredYears`
 * @returns the due dates, earliest first
 * @throws {InputError} `review_invalid`, carrying every issue: `review_unknown_tier`,
 *   `review_tier_without_cycle`, `review_unknown_cycle`, `review_tier_or_cycle` (neither or both given),
 *   `review_bad_date`, `review_bad_count`
 * @example
 * nextReviews(pack, { tier: 'special', from: '2024-03-31', count: 2 }).map((r) => r.due); // ['2024-09-30', '2025-03-31']
 * nextReviews(pack, { cycle: 'yearly', from: '2023-10-01', count: 1, onWorkingDay: true });
 * // [{ n: 1, due: '2024-10-08', nominal: '2024-10-01' }]  (National Day break)
 */
export function nextReviews(pack: PolicyPack, options: NextReviewsOptions): ReviewDue[] {
  const { cycle, issues } = pickCycle(pack, options);
  const { from, count } = options;
  if (!isIsoDay(from)) {
    issues.push(
      slaIssue(
        'review_bad_date',
        ['from'],
        `from 应为真实日期 YYYY-MM-DD，收到 ${String(from)}`,
        `from must be a real date YYYY-MM-DD, got ${String(from)}`,
        { value: from },
      ),
    );
  }
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_COUNT) {
    issues.push(
      slaIssue(
        'review_bad_count',
        ['count'],
        `count 应为 1 到 ${MAX_COUNT} 的整数，收到 ${String(count)}`,
        `count must be an integer from 1 to ${MAX_COUNT}, got ${String(count)}`,
        { value: count, min: 1, max: MAX_COUNT },
      ),
    );
  }
  if (issues.length || !cycle) throw inputError('review_invalid', 'The review schedule cannot be computed', issues);

  const counting = options.onWorkingDay
    ? countingCalendar(options.calendar ?? calendarOf(pack), options.uncoveredYears)
    : undefined;
  const out: ReviewDue[] = [];
  for (let n = 1; n <= count; n++) {
    const nominal = addReviewPeriod(from, cycle.every, pack.timezone, n);
    out.push(counting ? onWorkingDay(counting, n, nominal) : { n, due: nominal, nominal });
  }
  return out;
}

/** The first working day on or after `nominal`; `null` with the year beyond the calendar, or provisional. */
function onWorkingDay(counting: ReturnType<typeof countingCalendar>, n: number, nominal: string): ReviewDue {
  const calendar = counting.mode === 'refuse' ? counting.base : counting.from(Date.parse(`${nominal}T12:00:00Z`));
  const moved = attemptOnCalendar(() => addWorkingDays(calendar, nominal, 0));
  if ('year' in moved) return { n, due: null, nominal, year: moved.year };
  const years = counting.uncoveredBetween(nominal, moved.value);
  return { n, due: moved.value, nominal, ...(years.length ? { provisional: true } : {}) };
}

/** The cycle named by `tier`, `review` or `cycle`, and the issues found on the way. */
function pickCycle(pack: PolicyPack, options: NextReviewsOptions): { cycle?: CycleDef; issues: Issue[] } {
  const { tier, cycle, review } = options ?? {};
  if ([tier, cycle, review].filter((x) => x !== undefined).length !== 1) {
    const issue = slaIssue(
      'review_tier_or_cycle',
      [],
      '请给出 tier、review 或 cycle 之一（只能给一个）',
      'Give exactly one of tier, review or cycle',
      { tier, cycle, review },
    );
    return { issues: [issue] };
  }
  const named =
    review !== undefined
      ? cycleOfReview(pack, review)
      : tier !== undefined
        ? cycleOfTier(pack, tier)
        : { id: cycle!, path: ['cycle'] };
  if ('issue' in named) return { issues: [named.issue] };
  const def = Object.hasOwn(pack.cycles, named.id) ? pack.cycles[named.id] : undefined;
  if (def) return { cycle: def, issues: [] };
  const what = { zh: '回访周期', en: 'review cycle' };
  return { issues: [unknownId('review_unknown_cycle', named.path, named.id, Object.keys(pack.cycles), what, pack.id)] };
}

type NamedCycle = { id: string; path: (string | number)[] } | { issue: Issue };

/** The cycle id a review (核查) rule names. */
function cycleOfReview(pack: PolicyPack, review: string): NamedCycle {
  const def = Object.hasOwn(pack.reviews, review) ? pack.reviews[review] : undefined;
  if (def) return { id: def.cycle, path: ['reviews', review, 'cycle'] };
  const what = { zh: '核查规则', en: 'review rule' };
  return { issue: unknownId('review_unknown_rule', ['review'], review, Object.keys(pack.reviews), what, pack.id) };
}

/** The cycle id a difficulty tier names. */
function cycleOfTier(pack: PolicyPack, tier: string): NamedCycle {
  const tiers = pack.difficulty?.tiers ?? {};
  const def = Object.hasOwn(tiers, tier) ? tiers[tier] : undefined;
  if (!def) {
    const what = { zh: '困难等级', en: 'difficulty tier' };
    return { issue: unknownId('review_unknown_tier', ['tier'], tier, Object.keys(tiers), what, pack.id) };
  }
  if (def.cycle !== undefined) return { id: def.cycle, path: ['difficulty', 'tiers', tier, 'cycle'] };
  const issue = slaIssue(
    'review_tier_without_cycle',
    ['tier'],
    `困难等级 ${tier} 没有规定回访周期`,
    `Difficulty tier ${tier} has no review cycle`,
    { tier },
  );
  return { issue };
}

function unknownId(
  code: string,
  path: (string | number)[],
  id: string,
  known: string[],
  what: { zh: string; en: string },
  packId: string,
): Issue {
  const suggestion = suggestName(String(id), known);
  return slaIssue(
    code,
    path,
    `政策包 ${packId} 没有${what.zh} "${String(id)}"（可选：${known.join('、') || '无'}）${suggestion ? `，是否想写 ${suggestion}？` : ''}`,
    `Pack ${packId} has no ${what.en} "${String(id)}" (known: ${known.join(', ') || 'none'})${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    { value: id, known, ...(suggestion ? { suggestion } : {}) },
  );
}
