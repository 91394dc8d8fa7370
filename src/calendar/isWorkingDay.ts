import { toDayNumber } from './_lib/day.js';
import { indexOf, isWorkingKind, kindAt } from './_lib/registry.js';
import type { WorkingCalendar } from './types.js';

/**
 * Whether a day is a working day: a weekday that is not a holiday, or a make-up working day (调休上班).
 * O(1) and allocation-free.
 *
 * @param calendar - a calendar from {@link parseCalendar}
 * @param day - `YYYY-MM-DD`, a day in the calendar's time zone
 * @returns true on working days
 * @throws CalendarError `calendar_bad_date` for a malformed day; `calendar_year_not_covered` when the
 *   calendar has no data for the day's year (never a guess from the weekday)
 * @example
 * isWorkingDay(cnMainland, '2024-02-04'); // true  (Sunday, worked for the Spring Festival)
 * isWorkingDay(cnMainland, '2024-02-12'); // false (Monday inside the Spring Festival break)
 * isWorkingDay(cnMainland, '2027-01-04'); // throws calendar_year_not_covered
 */
export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  const index = indexOf(calendar);
  return isWorkingKind(kindAt(calendar, index, toDayNumber(day)));
}
