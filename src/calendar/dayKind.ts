import { toDayNumber } from './_lib/day.js';
import { HOLIDAY, indexOf, kindAt, MAKEUP, WEEKEND } from './_lib/registry.js';
import type { DayInfo, WorkingCalendar } from './types.js';

const WORKDAY_INFO: DayInfo = Object.freeze({ kind: 'workday', working: true });
const WEEKEND_INFO: DayInfo = Object.freeze({ kind: 'weekend', working: false });
const MAKEUP_INFO: DayInfo = Object.freeze({ kind: 'makeup-workday', working: true });

/**
 * What kind of day a day is — `workday`, `weekend`, `holiday` (with the holiday's name) or
 * `makeup-workday` — for explanations such as "10-05 is a National Day holiday". The returned objects are
 * shared and frozen, so the call allocates nothing.
 *
 * @param calendar - a calendar from {@link parseCalendar}
 * @param day - `YYYY-MM-DD`
 * @returns `{ kind, working, holiday? }`
 * @throws CalendarError `calendar_bad_date`, `calendar_year_not_covered`
 * @example
 * dayKind(cnMainland, '2024-10-05'); // { kind: 'holiday', working: false, holiday: { zh: '国庆节', en: 'National Day' } }
 * dayKind(cnMainland, '2024-10-12'); // { kind: 'makeup-workday', working: true }
 */
export function dayKind(calendar: WorkingCalendar, day: string): DayInfo {
  const index = indexOf(calendar);
  const n = toDayNumber(day);
  switch (kindAt(calendar, index, n)) {
    case HOLIDAY:
      return index.holidayInfos[index.holidayOf[n - index.first]! - 1]!;
    case WEEKEND:
      return WEEKEND_INFO;
    case MAKEUP:
      return MAKEUP_INFO;
    default:
      return WORKDAY_INFO;
  }
}
