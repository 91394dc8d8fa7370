import { toDayNumber } from './_lib/day.js';
import { formatDayNumber } from '../dates/index.js';
import { calendarError } from './_lib/calendarError.js';
import { indexOf, isWorkingKind, kindAt } from './_lib/registry.js';
import type { WorkingCalendar } from './types.js';

/**
 * The n-th working day after `day` (`day` itself is not counted: Civil Code art. 201, the starting day is
 * not included in a period).
 * - `n ≥ 1`: the n-th working day after `day`;
 * - `n = 0`: `day` itself when it is a working day, otherwise the next working day;
 * - `n ≤ -1`: the |n|-th working day before `day`.
 *
 * Only the days walked over must be covered: the walk throws as soon as it would need a day of a year the
 * calendar has no data for. `addWorkingDays(addWorkingDays(d, n), -n)` is `d` for every working day `d`.
 *
 * @param calendar - a calendar from {@link parseCalendar}
 * @param day - start day, `YYYY-MM-DD`
 * @param n - number of working days, an integer
 * @returns the working day reached, `YYYY-MM-DD`
 * @throws CalendarError `calendar_bad_date`, `calendar_bad_count` (n not an integer),
 *   `calendar_year_not_covered`
 * @example
 * addWorkingDays(cnMainland, '2024-09-30', 2);  // '2024-10-09' (10-01..07 National Day, 10-08 is day 1)
 * addWorkingDays(cnMainland, '2024-10-03', 0);  // '2024-10-08'
 * addWorkingDays(cnMainland, '2024-10-08', -1); // '2024-09-30'
 */
export function addWorkingDays(calendar: WorkingCalendar, day: string, n: number): string {
  const index = indexOf(calendar);
  let d = toDayNumber(day);
  if (!Number.isSafeInteger(n)) throw calendarError('calendar_bad_count', { value: n });
  if (n === 0) {
    while (!isWorkingKind(kindAt(calendar, index, d))) d++;
    return formatDayNumber(d);
  }
  const step = n > 0 ? 1 : -1;
  // A walk cannot outrun the covered span: kindAt throws on the first uncovered day.
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (isWorkingKind(kindAt(calendar, index, d))) left--;
  }
  return formatDayNumber(d);
}
