import { TZDate } from '@date-fns/tz';
import { toDayNumber } from './_lib/day.js';
import { civilFromDays } from '../dates/index.js';
import { assertTimeZone } from './_lib/timeZone.js';
import { formatIsoWithOffset } from './_lib/formatDate.js';

/**
 * The last millisecond of a calendar day in a time zone, as ISO 8601 with the zone's offset — the moment
 * a limit "ending on that day" runs out.
 *
 * @param day - `YYYY-MM-DD`
 * @param timeZone - IANA zone, e.g. `Asia/Shanghai`
 * @returns e.g. `2024-10-09T23:59:59.999+08:00`
 * @throws CalendarError `calendar_bad_date`, `calendar_bad_timezone`
 * @example
 * endOfLocalDay('2024-10-09', 'Asia/Shanghai'); // '2024-10-09T23:59:59.999+08:00'
 */
export function endOfLocalDay(day: string, timeZone: string): string {
  assertTimeZone(timeZone);
  const [y, m, d] = civilFromDays(toDayNumber(day));
  return formatIsoWithOffset(new TZDate(y, m - 1, d, 23, 59, 59, 999, timeZone));
}
