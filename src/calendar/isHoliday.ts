import { toDayNumber } from './_lib/day.js';
import { HOLIDAY, indexOf, kindAt } from './_lib/registry.js';
import type { WorkingCalendar } from './types.js';

/**
 * Whether a day belongs to an official holiday break (法定节假日及调休放假). Ordinary weekends are not
 * holidays; weekend days inside a break are.
 *
 * @param calendar - a calendar from {@link parseCalendar}
 * @param day - `YYYY-MM-DD`
 * @returns true inside a holiday break
 * @throws CalendarError `calendar_bad_date`, `calendar_year_not_covered`
 * @example
 * isHoliday(cnMainland, '2024-10-05'); // true  (Saturday inside the National Day break)
 * isHoliday(cnMainland, '2024-10-19'); // false (an ordinary Saturday)
 */
export function isHoliday(calendar: WorkingCalendar, day: string): boolean {
  return kindAt(calendar, indexOf(calendar), toDayNumber(day)) === HOLIDAY;
}
