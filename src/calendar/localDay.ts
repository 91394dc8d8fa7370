import { TZDate } from '@date-fns/tz';
import { formatIsoDay } from './_lib/formatDate.js';
import { toEpochMs } from './_lib/toEpochMs.js';
import { assertTimeZone } from './_lib/timeZone.js';

/**
 * The calendar day on which an instant falls in a time zone.
 *
 * @param instant - a `Date`, or a timestamp with an offset
 * @param timeZone - IANA zone, e.g. `Asia/Shanghai`
 * @returns `YYYY-MM-DD`
 * @throws CalendarError `calendar_bad_date`, `calendar_bad_timezone`
 * @example
 * localDay('2024-09-30T16:30:00Z', 'Asia/Shanghai'); // '2024-10-01' (00:30 in Shanghai)
 */
export function localDay(instant: Date | string, timeZone: string): string {
  assertTimeZone(timeZone);
  return formatIsoDay(new TZDate(toEpochMs(instant), timeZone));
}
