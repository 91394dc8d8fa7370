import { toDayNumber } from './_lib/day.js';
import { indexOf, NOT_COVERED } from './_lib/registry.js';
import type { WorkingCalendar } from './types.js';

/**
 * Whether the calendar has data for a day's year, i.e. whether the other calendar functions can answer
 * for it. Use it to fail early, e.g. before accepting a report whose deadline would need next year's notice.
 *
 * @param calendar - a calendar from {@link parseCalendar}
 * @param day - `YYYY-MM-DD`
 * @returns true when the day's year is covered
 * @throws CalendarError `calendar_bad_date` for a malformed day
 * @example
 * coversDay(cnMainland, '2026-12-31'); // true
 * coversDay(cnMainland, '2027-01-01'); // false: no 2027 notice in the data
 */
export function coversDay(calendar: WorkingCalendar, day: string): boolean {
  const index = indexOf(calendar);
  const i = toDayNumber(day) - index.first;
  return i >= 0 && i < index.kinds.length && index.kinds[i] !== NOT_COVERED;
}
