import { TZDate } from '@date-fns/tz';
import { isWorkingDay, localDay, type WorkingCalendar } from '../../calendar/index.js';
import type { SlaLimit } from '../types.js';

const CLOCK = /^(\d{2}):(\d{2})$/;

/** Epoch ms of a local wall time on a day in a zone. */
function wallTime(day: string, minute: number, tz: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, Math.floor(minute / 60), minute % 60, 0, 0, tz).getTime();
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function minuteOf(hhmm: string): number {
  const m = CLOCK.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/**
 * How much of the interval [from, to] counts against a limit, in ms, in the limit's own currency:
 * all of it for a clock limit; only office hours on working days for an office-hours limit; only working
 * days from the first counted day on for a working-day limit. So "80 % of the time used" means 80 % of
 * the time the office actually had, not of a span that includes a week of National Day holiday.
 * Walks the days of the interval; callers keep `to` at or before the deadline, inside the calendar.
 * The calendar is asked for only when office hours or working days are counted.
 */
export function countedTime(limit: SlaLimit, calendarOf: () => WorkingCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  if (limit.kind === 'clock' && !limit.officeHours) return to - from;
  const calendar = calendarOf();
  const tz = calendar.timezone;
  const [open, close] =
    limit.kind === 'clock' && limit.officeHours
      ? [minuteOf(limit.officeHours.start), minuteOf(limit.officeHours.end)]
      : [0, 24 * 60];
  let day = localDay(new Date(from), tz);
  if (limit.kind === 'working-days' && limit.countsFrom !== null && day < limit.countsFrom) day = limit.countsFrom;
  let total = 0;
  for (let start = wallTime(day, 0, tz); start <= to; day = nextDay(day), start = wallTime(day, 0, tz)) {
    if (!isWorkingDay(calendar, day)) continue;
    const a = Math.max(from, wallTime(day, open, tz));
    const b = Math.min(to, close === 24 * 60 ? wallTime(nextDay(day), 0, tz) : wallTime(day, close, tz));
    if (b > a) total += b - a;
  }
  return total;
}
