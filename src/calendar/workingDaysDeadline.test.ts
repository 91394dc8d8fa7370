import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from './isWorkingDay.js';
import { workingDaysDeadline } from './workingDaysDeadline.js';
import { loadBundledCalendar } from '../../test/helpers/calendar.js';
import { codeOf } from '../../test/helpers/errors.js';

const load = loadBundledCalendar;
const cal = load();

describe('workingDaysDeadline', () => {
  it('counts from the day after receipt and ends at the end of the last working day', () => {
    expect(workingDaysDeadline(cal, '2024-09-30T17:30:00+08:00', 2)).toBe('2024-10-09T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, '2024-09-30T17:30:00+08:00', 1)).toBe('2024-10-08T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, new Date('2024-09-30T09:30:00Z'), 2)).toBe('2024-10-09T23:59:59.999+08:00');
  });

  it('a receipt on a holiday starts counting on the next working day', () => {
    expect(workingDaysDeadline(cal, '2024-10-03T10:00:00+08:00', 1)).toBe('2024-10-08T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, '2024-10-03T10:00:00+08:00', 2)).toBe('2024-10-09T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, '2024-02-10T08:00:00+08:00', 2)).toBe('2024-02-19T23:59:59.999+08:00');
  });

  it('uses the local day in Shanghai: receipts at 23:59, at 00:00, and in UTC', () => {
    // Sunday 2024-09-29 is a make-up working day; receipt late that night: day 1 = 09-30, day 2 = 10-08.
    expect(workingDaysDeadline(cal, '2024-09-29T23:59:59+08:00', 2)).toBe('2024-10-08T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, '2024-09-30T00:00:00+08:00', 2)).toBe('2024-10-09T23:59:59.999+08:00');
    // 15:59:59Z is still 09-29 in Shanghai; 16:00Z is already 09-30.
    expect(workingDaysDeadline(cal, '2024-09-29T15:59:59Z', 2)).toBe('2024-10-08T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, '2024-09-29T16:00:00Z', 2)).toBe('2024-10-09T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, '2024-09-29T12:00:00-04:00', 2)).toBe('2024-10-09T23:59:59.999+08:00');
  });

  it('countReceiptDay counts a working receipt day as day 1', () => {
    expect(workingDaysDeadline(cal, '2024-09-30T17:30:00+08:00', 2, { countReceiptDay: true })).toBe(
      '2024-10-08T23:59:59.999+08:00',
    );
    expect(workingDaysDeadline(cal, '2024-10-03T10:00:00+08:00', 2, { countReceiptDay: true })).toBe(
      '2024-10-09T23:59:59.999+08:00',
    );
  });

  it('days = 0 ends with the receipt day, or the next working day', () => {
    expect(workingDaysDeadline(cal, '2024-09-30T17:30:00+08:00', 0)).toBe('2024-09-30T23:59:59.999+08:00');
    expect(workingDaysDeadline(cal, '2024-10-03T10:00:00+08:00', 0)).toBe('2024-10-08T23:59:59.999+08:00');
  });

  it('rejects bad input and uncovered years with typed errors', () => {
    expect(codeOf(() => workingDaysDeadline(cal, '2024-09-30T17:30:00', 2))).toBe('calendar_bad_date');
    expect(codeOf(() => workingDaysDeadline(cal, '2024-09-30', 2))).toBe('calendar_bad_date');
    expect(codeOf(() => workingDaysDeadline(cal, new Date(Number.NaN), 2))).toBe('calendar_bad_date');
    expect(codeOf(() => workingDaysDeadline(cal, '2024-09-30T17:30:00+08:00', -1))).toBe('calendar_bad_count');
    expect(codeOf(() => workingDaysDeadline(cal, '2024-09-30T17:30:00+08:00', 1.5))).toBe('calendar_bad_count');
    expect(codeOf(() => workingDaysDeadline(cal, '2026-12-30T10:00:00+08:00', 5))).toBe('calendar_year_not_covered');
    expect(codeOf(() => workingDaysDeadline(cal, '2026-12-31T16:30:00Z', 1))).toBe('calendar_year_not_covered');
  });

  const instant = fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 10, 30) });

  it('property: a later receipt never gets an earlier deadline', () => {
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 0, max: 15 }), fc.boolean(), (a, b, days, countReceiptDay) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const d1 = workingDaysDeadline(cal, new Date(early), days, { countReceiptDay });
        const d2 = workingDaysDeadline(cal, new Date(late), days, { countReceiptDay });
        expect(Date.parse(d1)).toBeLessThanOrEqual(Date.parse(d2));
      }),
      { numRuns: 500 },
    );
  });

  it('property: every deadline is the end of a working day, after the receipt', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 15 }), (t, days) => {
        const deadline = workingDaysDeadline(cal, new Date(t), days);
        expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\.999\+08:00$/);
        expect(isWorkingDay(cal, deadline.slice(0, 10))).toBe(true);
        expect(Date.parse(deadline)).toBeGreaterThan(t);
      }),
      { numRuns: 500 },
    );
  });
});
