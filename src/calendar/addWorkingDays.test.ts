import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './addWorkingDays.js';
import { isWorkingDay } from './isWorkingDay.js';
import { loadBundledCalendar } from '../../test/helpers/calendar.js';
import { codeOf } from '../../test/helpers/errors.js';

const load = loadBundledCalendar;
const cal = load();

/** Any day of 2022-02-01..2026-11-30: far enough from the edges that ±20 working days stay covered. */
const day = fc
  .integer({ min: Date.UTC(2022, 1, 1), max: Date.UTC(2026, 10, 30) })
  .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));

describe('addWorkingDays', () => {
  it('skips the start day, weekends and holidays, and counts make-up days', () => {
    expect(addWorkingDays(cal, '2024-09-30', 1)).toBe('2024-10-08');
    expect(addWorkingDays(cal, '2024-09-30', 2)).toBe('2024-10-09');
    expect(addWorkingDays(cal, '2024-09-27', 1)).toBe('2024-09-29'); // Sunday, worked
    expect(addWorkingDays(cal, '2024-02-08', 1)).toBe('2024-02-09');
    expect(addWorkingDays(cal, '2024-02-09', 1)).toBe('2024-02-18'); // Sunday, worked after the break
    expect(addWorkingDays(cal, '2025-09-30', 2)).toBe('2025-10-10'); // chinese-days findWorkday(2, '2025-09-30')
  });

  it('n = 0 gives the day itself when working, else the next working day', () => {
    expect(addWorkingDays(cal, '2024-09-30', 0)).toBe('2024-09-30');
    expect(addWorkingDays(cal, '2024-10-03', 0)).toBe('2024-10-08');
    expect(addWorkingDays(cal, '2024-10-12', 0)).toBe('2024-10-12');
  });

  it('negative n walks backwards', () => {
    expect(addWorkingDays(cal, '2024-10-08', -1)).toBe('2024-09-30');
    expect(addWorkingDays(cal, '2024-10-08', -2)).toBe('2024-09-29');
    expect(addWorkingDays(cal, '2024-10-05', -1)).toBe('2024-09-30');
  });

  it('throws instead of walking into an uncovered year', () => {
    expect(codeOf(() => addWorkingDays(cal, '2026-12-31', 1))).toBe('calendar_year_not_covered');
    expect(codeOf(() => addWorkingDays(cal, '2022-01-04', -1))).toBe('calendar_year_not_covered');
    expect(codeOf(() => addWorkingDays(cal, '2024-01-02', 1_000_000))).toBe('calendar_year_not_covered');
    expect(codeOf(() => addWorkingDays(cal, '2027-01-05', 0))).toBe('calendar_year_not_covered');
    expect(addWorkingDays(cal, '2026-12-30', 1)).toBe('2026-12-31');
  });

  it('rejects bad input with typed errors', () => {
    expect(codeOf(() => addWorkingDays(cal, '2024-02-30', 1))).toBe('calendar_bad_date');
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(
        codeOf(() => addWorkingDays(cal, '2024-02-01', n)),
        String(n),
      ).toBe('calendar_bad_count');
    }
  });

  it('property: always lands on a working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -20, max: 20 }), (d, n) => {
        expect(isWorkingDay(cal, addWorkingDays(cal, d, n))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: adding n then subtracting n returns to a working day, and to d itself when d is one', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 20 }), fc.boolean(), (d, k, backwards) => {
        const n = backwards ? -k : k;
        const back = addWorkingDays(cal, addWorkingDays(cal, d, n), -n);
        expect(isWorkingDay(cal, back)).toBe(true);
        if (isWorkingDay(cal, d)) expect(back).toBe(d);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: strictly increasing in n, and never before the start day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 19 }), (d, n) => {
        const a = addWorkingDays(cal, d, n);
        expect(a > d).toBe(true);
        expect(addWorkingDays(cal, d, n + 1) > a).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
