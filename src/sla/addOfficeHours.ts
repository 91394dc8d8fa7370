import { TZDate } from '@date-fns/tz';
import { addWorkingDays, formatInZone, localDay, parseIsoDuration, type WorkingCalendar } from '../calendar/index.js';
import { toEpochMs as epochOf } from '../calendar/index.js';
import { timeError } from './_lib/slaErrors.js';
import type { OfficeHours } from './types.js';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The deadline of a clock limit that runs only inside office hours on working days ("within 2 working
 * hours"): the first instant by which `duration` of office time has passed since `start`. Time before
 * opening, after closing, on weekends and on holidays does not count; make-up working days (调休上班) do.
 * A deadline that uses up a day's office time exactly ends at closing time that day, not at the next
 * opening. A zero duration ends at `start`.
 *
 * @param calendar - the working-day calendar; its zone gives the local days and office hours
 * @param start - the receipt instant: a `Date`, or a timestamp with an offset
 * @param duration - an ISO 8601 duration of hours, minutes and seconds (`PT2H`, `PT1H30M`); day, week,
 *   month and year parts are refused, since "a day of office time" is ambiguous
 * @param officeHours - `{ start: 'HH:mm', end: 'HH:mm' }`, start before end
 * @returns ISO timestamp with the calendar zone's offset, e.g. `2024-10-08T09:30:00.000+08:00`
 * @throws CalendarError `calendar_bad_date`, `calendar_bad_duration`, `calendar_bad_office_hours`,
 *   `calendar_year_not_covered` (a day the walk needs is in a year the calendar does not cover)
 * @example
 * // Friday 16:30, 2 office hours, 08:30–17:30: one hour on Friday, one on Monday.
 * addOfficeHours(cnMainland, '2024-09-20T16:30:00+08:00', 'PT2H', { start: '08:30', end: '17:30' });
 * // '2024-09-23T09:30:00.000+08:00'
 */
export function addOfficeHours(
  calendar: WorkingCalendar,
  start: string | Date,
  duration: string,
  officeHours: OfficeHours,
): string {
  const tz = calendar.timezone;
  const [openMinute, closeMinute] = parseOfficeHours(officeHours);
  const d = parseIsoDuration(duration);
  if (d.years || d.months || d.weeks || d.days) {
    throw timeError(
      'calendar_bad_duration',
      `办公时间内计时的时限 ${duration} 应以小时、分钟表示（如 PT2H），不能含天、周、月、年`,
      `A limit counted in office hours must be given in hours and minutes (e.g. PT2H), not ${duration}`,
      { value: duration, reason: 'office_hours_needs_time_parts' },
    );
  }
  const t0 = epochOf(start);
  let remaining = Math.round(((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000);
  if (remaining === 0) return formatInZone(new Date(t0), tz);

  const at = (day: string, minute: number): number => {
    const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
    return new TZDate(y, m - 1, dd, Math.floor(minute / 60), minute % 60, 0, 0, tz).getTime();
  };
  const receiptDay = localDay(new Date(t0), tz);
  let day = addWorkingDays(calendar, receiptDay, 0);
  // Before the first working day the clock is stopped; from then on every working day starts at opening.
  let cursor = day === receiptDay ? t0 : Number.NEGATIVE_INFINITY;
  for (;;) {
    const open = at(day, openMinute);
    const close = at(day, closeMinute);
    const from = Math.max(cursor, open);
    if (from < close) {
      if (remaining <= close - from) return formatInZone(new Date(from + remaining), tz);
      remaining -= close - from;
    }
    day = addWorkingDays(calendar, day, 1);
    cursor = Number.NEGATIVE_INFINITY;
  }
}

/** Opening and closing minute of the day; throws `calendar_bad_office_hours`. */
function parseOfficeHours(hours: OfficeHours): [number, number] {
  const s = typeof hours?.start === 'string' ? CLOCK.exec(hours.start) : null;
  const e = typeof hours?.end === 'string' ? CLOCK.exec(hours.end) : null;
  const open = s ? Number(s[1]) * 60 + Number(s[2]) : NaN;
  const close = e ? Number(e[1]) * 60 + Number(e[2]) : NaN;
  if (!(open < close)) {
    throw timeError(
      'calendar_bad_office_hours',
      `办公时间 ${String(hours?.start)}–${String(hours?.end)} 无效：应为 HH:mm，且开始早于结束`,
      `Office hours ${String(hours?.start)}–${String(hours?.end)} are invalid: expected HH:mm with start before end`,
      { start: hours?.start, end: hours?.end },
    );
  }
  return [open, close];
}
