import { TZDate } from '@date-fns/tz';
import { formatIsoWithOffset } from './_lib/formatDate.js';
import { toEpochMs } from './_lib/toEpochMs.js';
import { assertTimeZone } from './_lib/timeZone.js';

/** ISO 8601 with milliseconds and a numeric offset (never `Z`), so the local wall time is readable. */
export const ISO_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ss.SSSxxx";

/**
 * Formats an instant as an ISO 8601 timestamp in a time zone, with milliseconds and the zone's offset.
 *
 * @param instant - a `Date`, or a timestamp with an offset (`Z`, `+08:00`)
 * @param timeZone - IANA zone, e.g. `Asia/Shanghai`
 * @returns e.g. `2024-09-30T17:30:00.000+08:00`
 * @throws CalendarError `calendar_bad_date` (invalid instant, or a timestamp without offset),
 *   `calendar_bad_timezone`
 * @example
 * formatInZone('2024-09-30T09:30:00Z', 'Asia/Shanghai'); // '2024-09-30T17:30:00.000+08:00'
 */
export function formatInZone(instant: Date | string, timeZone: string): string {
  assertTimeZone(timeZone);
  return formatIsoWithOffset(new TZDate(toEpochMs(instant), timeZone));
}
