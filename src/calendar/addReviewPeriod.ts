import { civilFromDays, daysFromCivil, daysInMonth, formatDayNumber, parseDayNumber } from '../dates/index.js';
import { calendarError } from './_lib/calendarError.js';
import { assertTimeZone } from './_lib/timeZone.js';

/**
 * The day `times` review periods after `day` (YYYY-MM-DD), in calendar months or days; a month end clamps
 * (01-31 + 1 month = 02-29 in 2024). Counted from `day` each time, so 01-31 + 2 months is 03-31, not 03-29.
 * A day plus whole months or days is the same in every zone; `timeZone` is checked, for callers that pass
 * the pack's.
 *
 * @param day - a real calendar day `YYYY-MM-DD`
 * @param every - the period: whole months or whole days, not negative
 * @param timeZone - the pack's IANA zone
 * @param times - how many periods (a whole number, not negative; default 1)
 * @throws {CalendarError} `calendar_bad_date` for a day that is not real, `calendar_bad_count` for a period or
 *   count that is not a whole non-negative number, `calendar_bad_timezone` for an unknown zone
 * @example
 * addReviewPeriod('2024-01-31', { months: 3 }, 'Asia/Shanghai'); // '2024-04-30'
 */
export function addReviewPeriod(
  day: string,
  every: { readonly months: number } | { readonly days: number },
  timeZone: string,
  times = 1,
): string {
  const start = parseDayNumber(day);
  if (Number.isNaN(start)) throw calendarError('calendar_bad_date', { value: day, expected: 'day' });
  assertTimeZone(timeZone);
  const months = typeof every === 'object' && every !== null && 'months' in every ? every.months : undefined;
  const step = months ?? (every as { readonly days?: unknown } | null)?.days;
  for (const n of [step, times]) {
    if (!Number.isSafeInteger(n) || (n as number) < 0) throw calendarError('calendar_bad_count', { value: n, min: 0 });
  }
  const count = (step as number) * times;
  if (months === undefined) return formatDayNumber(start + count);
  const [y, m, d] = civilFromDays(start);
  const index = y * 12 + (m - 1) + count;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDayNumber(daysFromCivil(year, month, Math.min(d, daysInMonth(year, month))));
}
