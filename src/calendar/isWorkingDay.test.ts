import { describe, expect, it } from 'vitest';
import { CalendarError } from '../errors/index.js';
import { coversDay } from './coversDay.js';
import { dayKind } from './dayKind.js';
import { isHoliday } from './isHoliday.js';
import { isWorkingDay } from './isWorkingDay.js';
import { validateCalendar } from './validateCalendar.js';
import type { WorkingCalendar } from './types.js';
import { codeOf } from '../../test/helpers/errors.js';

/** 2023 and 2025 only, so 2024 is a gap; the 2023 notice's break starts on 2022-12-31 (not covered). */
const TEXT = `id: gap
name: { zh: 测试, en: Test }
timezone: Asia/Shanghai
weekend: [saturday, sunday]
years:
  2023:
    source: { title: t, issuer: i, date: 2022-12-08, verified: true }
    holidays:
      - { name: { zh: 元旦, en: "New Year's Day" }, from: 2022-12-31, to: 2023-01-02 }
    workdays: [2023-01-28]
  2025:
    source: { title: t, issuer: i, date: 2024-11-12, verified: false }
    holidays:
      - { name: { zh: 元旦, en: "New Year's Day" }, from: 2025-01-01, to: 2025-01-01 }
`;

function load(): WorkingCalendar {
  const result = validateCalendar(TEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const cal = load();

describe('isWorkingDay, isHoliday, dayKind, coversDay', () => {
  it('classify weekdays, weekends, holidays and make-up days', () => {
    expect(isWorkingDay(cal, '2023-01-03')).toBe(true);
    expect(isWorkingDay(cal, '2023-01-07')).toBe(false);
    expect(isWorkingDay(cal, '2023-01-02')).toBe(false);
    expect(isWorkingDay(cal, '2023-01-28')).toBe(true);
    expect(isHoliday(cal, '2023-01-01')).toBe(true);
    expect(isHoliday(cal, '2023-01-07')).toBe(false);
    expect(dayKind(cal, '2023-01-03')).toEqual({ kind: 'workday', working: true });
    expect(dayKind(cal, '2023-01-07')).toEqual({ kind: 'weekend', working: false });
    expect(dayKind(cal, '2023-01-28')).toEqual({ kind: 'makeup-workday', working: true });
    expect(dayKind(cal, '2023-01-02')).toEqual({
      kind: 'holiday',
      working: false,
      holiday: { zh: '元旦', en: "New Year's Day" },
    });
    expect(Object.isFrozen(dayKind(cal, '2023-01-02'))).toBe(true);
  });

  it('refuse uncovered years, including a gap year and a day listed by the next year’s notice', () => {
    expect(cal.years).toEqual([2023, 2025]);
    for (const day of ['2022-12-31', '2024-06-03', '2026-01-05', '1999-01-01']) {
      expect(coversDay(cal, day), day).toBe(false);
      expect(
        codeOf(() => isWorkingDay(cal, day)),
        day,
      ).toBe('calendar_year_not_covered');
      expect(
        codeOf(() => isHoliday(cal, day)),
        day,
      ).toBe('calendar_year_not_covered');
      expect(
        codeOf(() => dayKind(cal, day)),
        day,
      ).toBe('calendar_year_not_covered');
    }
    expect(coversDay(cal, '2025-12-31')).toBe(true);
  });

  it('carry the day and covered years on the error', () => {
    expect.assertions(2);
    try {
      isWorkingDay(cal, '2024-06-03');
    } catch (err) {
      expect(err).toBeInstanceOf(CalendarError);
      expect((err as CalendarError).issues[0]?.args).toEqual({
        calendar: 'gap',
        day: '2024-06-03',
        year: 2024,
        covered: [2023, 2025],
      });
    }
  });

  it('reject malformed days and calendars not built by parseCalendar', () => {
    for (const bad of ['2023-02-29', '2023-1-3', '2023-01-03T00:00:00Z', '', 'today']) {
      expect(
        codeOf(() => isWorkingDay(cal, bad)),
        bad,
      ).toBe('calendar_bad_date');
      expect(
        codeOf(() => coversDay(cal, bad)),
        bad,
      ).toBe('calendar_bad_date');
    }
    expect(codeOf(() => isWorkingDay(cal, 20230103 as unknown as string))).toBe('calendar_bad_date');
    const fake = { ...cal } as WorkingCalendar;
    expect(codeOf(() => isWorkingDay(fake, '2023-01-03'))).toBe('calendar_not_built');
  });
});
