import { TZDate } from '@date-fns/tz';
import { add } from 'date-fns/add';
import { calendarError } from './_lib/calendarError.js';
import { formatIsoWithOffset } from './_lib/formatDate.js';
import { toEpochMs } from './_lib/toEpochMs.js';
import { assertTimeZone } from './_lib/timeZone.js';
import { parseIsoDuration } from './parseIsoDuration.js';

/**
 * The deadline of a clock limit ("within 1 hour", "within 24 hours"): the instant `duration` after
 * `receivedAt`. Clock limits run on the clock — holidays and weekends do not stop them.
 * Hours, minutes and seconds are elapsed time; years, months, weeks and days move the local date in
 * `timeZone` and keep the wall-clock time (as date-fns `add` and Temporal do; a month from 01-31 ends on the
 * month's last day). Where the zone has no daylight-saving time, as in Asia/Shanghai, `P1D` equals `PT24H`.
 *
 * @param receivedAt - a `Date`, or a timestamp with an offset
 * @param duration - ISO 8601 duration, e.g. `PT1H`, `PT24H`, `P2D`
 * @param timeZone - IANA zone of the result's offset (and of the local date for Y/M/W/D)
 * @returns ISO timestamp with the zone's offset
 * @throws CalendarError `calendar_bad_date`, `calendar_bad_duration`, `calendar_bad_timezone`
 * @example
 * addClockDuration('2024-09-30T17:30:00+08:00', 'PT1H', 'Asia/Shanghai'); // '2024-09-30T18:30:00.000+08:00'
 * addClockDuration('2024-09-30T09:30:00Z', 'P2D', 'Asia/Shanghai');      // '2024-10-02T17:30:00.000+08:00'
 */
export function addClockDuration(receivedAt: string | Date, duration: string, timeZone: string): string {
  assertTimeZone(timeZone);
  const start = toEpochMs(receivedAt);
  const d = parseIsoDuration(duration);
  const dated =
    d.years || d.months || d.weeks || d.days
      ? add(new TZDate(start, timeZone), { years: d.years, months: d.months, weeks: d.weeks, days: d.days }).getTime()
      : start;
  const end = dated + Math.round(((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000);
  if (!Number.isFinite(end) || Math.abs(end) > 8.64e15)
    throw calendarError('calendar_bad_duration', { value: duration, reason: 'out_of_range' });
  return formatIsoWithOffset(new TZDate(end, timeZone));
}
