import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.js';
import { buildTestPack, TEST_PACK_YAML } from '../../test/helpers/sla-pack.js';
import { nextReviews } from './nextReviews.js';
import { errorOf } from '../../test/helpers/errors.js';

const pack = buildTestPack(
  TEST_PACK_YAML.replace(
    'urgency:\n',
    `cycles:
  monthly: { name: { zh: 每月, en: monthly }, every: { months: 1 } }
  fortnightly: { name: { zh: 每两周, en: every two weeks }, every: { days: 14 } }
difficulty:
  tiers:
    special:
      name: { zh: 特殊困难, en: special difficulty }
      rank: 0
      cycle: half-yearly
      when: { all: [ { fact: eligibleCategories, operator: contains, value: special-poverty } ] }
    general:
      name: { zh: 一般困难, en: general difficulty }
      rank: 1
      cycle: yearly
      when: { all: [ { fact: eligibleCategories, operator: contains, value: dibao } ] }
    temporary:
      name: { zh: 临时困难, en: temporary difficulty }
      rank: 2
      when: { all: [ { fact: eligibleCategories, operator: contains, value: temporary } ] }
urgency:
`,
  ),
  'cycles.yaml',
);

const dues = (options: Parameters<typeof nextReviews>[1]) => nextReviews(pack, options).map((r) => r.due);

describe('nextReviews', () => {
  it('follows a tier to its cycle (special = half-yearly, general = yearly), and a review rule to its cycle', () => {
    expect(nextReviews(pack, { tier: 'special', from: '2024-03-31', count: 3 })).toEqual([
      { n: 1, due: '2024-09-30', nominal: '2024-09-30' },
      { n: 2, due: '2025-03-31', nominal: '2025-03-31' },
      { n: 3, due: '2025-09-30', nominal: '2025-09-30' },
    ]);
    expect(dues({ tier: 'general', from: '2024-02-29', count: 2 })).toEqual(['2025-02-28', '2026-02-28']);
    // cn: dibao families with irregular income or members able to work are re-checked every six months.
    expect(dues({ review: 'dibao-half-yearly', from: '2024-03-31', count: 2 })).toEqual(['2024-09-30', '2025-03-31']);
  });

  it('clamps to month end and counts every date from the start, so month ends stay month ends', () => {
    expect(dues({ cycle: 'monthly', from: '2024-01-31', count: 5 })).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
    ]);
    expect(dues({ cycle: 'monthly', from: '2023-01-31', count: 1 })).toEqual(['2023-02-28']);
    expect(dues({ cycle: 'fortnightly', from: '2024-12-25', count: 2 })).toEqual(['2025-01-08', '2025-01-22']);
  });

  it('moves to the next working day on request, keeping the nominal date', () => {
    expect(nextReviews(pack, { cycle: 'yearly', from: '2023-10-01', count: 1, onWorkingDay: true })).toEqual([
      { n: 1, due: '2024-10-08', nominal: '2024-10-01' },
    ]);
    // 2024-10-12 is a Saturday worked for National Day: it stays.
    expect(dues({ cycle: 'yearly', from: '2023-10-12', count: 1, onWorkingDay: true })).toEqual(['2024-10-12']);
    expect(dues({ cycle: 'fortnightly', from: '2024-06-15', count: 1, onWorkingDay: true })).toEqual(['2024-07-01']);
  });

  it('needs the calendar only to move dates: 2027 is fine as a date; as a working day it is null, the rest is kept', () => {
    expect(dues({ cycle: 'yearly', from: '2026-01-01', count: 1 })).toEqual(['2027-01-01']);
    // Half-yearly from 2025-10-01: 2026-04-01 (a Wednesday, worked) is moved as usual; 2026-10-01 is in the
    // National Day break; 2027-04-01 needs 2027, which the calendar does not cover.
    const half = { cycle: 'half-yearly', from: '2025-10-01', count: 3, onWorkingDay: true } as const;
    expect(nextReviews(pack, half)).toEqual([
      { n: 1, due: '2026-04-01', nominal: '2026-04-01' },
      { n: 2, due: '2026-10-08', nominal: '2026-10-01' },
      { n: 3, due: null, nominal: '2027-04-01', year: 2027 },
    ]);
    // With the weekends-only fallback: Thursday 2027-04-01 stays, provisional (Qingming 2027 is not known).
    expect(nextReviews(pack, { ...half, uncoveredYears: 'weekends-only' })[2]).toEqual({
      n: 3,
      due: '2027-04-01',
      nominal: '2027-04-01',
      provisional: true,
    });
    // Saturday 2027-01-02 moves to Monday 01-04 on weekends alone.
    expect(
      nextReviews(pack, {
        cycle: 'yearly',
        from: '2026-01-02',
        count: 1,
        onWorkingDay: true,
        uncoveredYears: 'weekends-only',
      }),
    ).toEqual([{ n: 1, due: '2027-01-04', nominal: '2027-01-02', provisional: true }]);
  });

  it('refuses unknown tiers and cycles, a tier without a cycle, and bad options, listing every issue', () => {
    const codes = (options: unknown) => {
      const e = errorOf(() => nextReviews(pack, options as Parameters<typeof nextReviews>[1]));
      expect(e).toBeInstanceOf(InputError);
      expect(e.code).toBe('review_invalid');
      return e.issues.map((i) => [i.code, i.path.join('.')]);
    };
    expect(codes({ tier: 'specail', from: '2024-01-01', count: 1 })).toEqual([['review_unknown_tier', 'tier']]);
    expect(
      errorOf(() => nextReviews(pack, { tier: 'specail', from: '2024-01-01', count: 1 })).issues[0]!.args,
    ).toMatchObject({ suggestion: 'special' });
    expect(codes({ tier: 'temporary', from: '2024-01-01', count: 1 })).toEqual([['review_tier_without_cycle', 'tier']]);
    expect(codes({ cycle: 'weekly', from: '2024-01-01', count: 1 })).toEqual([['review_unknown_cycle', 'cycle']]);
    expect(codes({ cycle: '__proto__', from: '2024-01-01', count: 1 })).toEqual([['review_unknown_cycle', 'cycle']]);
    expect(codes({ review: 'dibao-monthly', from: '2024-01-01', count: 1 })).toEqual([
      ['review_unknown_rule', 'review'],
    ]);
    expect(codes({ tier: 'special', cycle: 'yearly', from: '2024-01-01', count: 1 })).toEqual([
      ['review_tier_or_cycle', ''],
    ]);
    expect(codes({ from: '2024-02-30', count: 0 })).toEqual([
      ['review_tier_or_cycle', ''],
      ['review_bad_date', 'from'],
      ['review_bad_count', 'count'],
    ]);
    expect(codes({ cycle: 'yearly', from: '2024-01-01', count: 1.5 })).toEqual([['review_bad_count', 'count']]);
    expect(codes({ cycle: 'yearly', from: '2024-01-01', count: 1001 })).toEqual([['review_bad_count', 'count']]);
  });
});
