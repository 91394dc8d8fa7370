import {
  addClockDuration,
  endOfLocalDay,
  isWorkingDay,
  localDay,
  toEpochMs,
  type WorkingCalendar,
} from '../../calendar/index.js';
import { formatDayNumber, parseDayNumber } from '../../dates/index.js';
import type { StageLimit } from '../case-types.js';

/** A span in which a stage's clock was stopped, in ms; `to` undefined while it still is. */
export interface PauseSpan {
  readonly from: number;
  readonly to?: number;
}

/** What a stage's deadline is counted from and on. */
export interface StageClock {
  readonly start: number;
  readonly limit: Exclude<StageLimit, { kind: 'unknown' }>;
  readonly pauses: readonly PauseSpan[];
  readonly calendar: WorkingCalendar;
  readonly timezone: string;
}

/** The deadline of a stage in ms, and day 1 for limits in days. */
export interface StageDue {
  readonly dueMs: number;
  readonly countsFrom?: string;
}

/**
 * The deadline of a stage whose clock is not stopped now. A clock limit ends `limit` after the start plus
 * the time paused before it. A limit in days counts the days after the start's local day (Civil Code
 * art. 201) — every day, or working days only — leaving out the days of each pause after the day it began,
 * up to and including the day it ended (as the day of receipt is not counted, the day counting resumes is
 * not either), and ends at the end of the last day counted.
 *
 * @throws CalendarError `calendar_year_not_covered` when a working day needed is in a year the calendar lacks
 */
export function stageDue(c: StageClock): StageDue {
  if (c.limit.kind === 'clock') {
    let due = toEpochMs(addClockDuration(new Date(c.start), c.limit.value, c.timezone));
    for (const p of [...c.pauses].sort((a, b) => a.from - b.from)) {
      if (p.from < due && p.to !== undefined) due += p.to - Math.max(p.from, c.start);
    }
    return { dueMs: due };
  }
  const counted = dayCounter(c);
  const startDay = parseDayNumber(localDay(new Date(c.start), c.timezone));
  let d = startDay;
  if (c.limit.value === 0) {
    // Zero working days: the day of the start if it is one, else the next working day.
    while (!counted(d)) d++;
    return { dueMs: endOf(d, c.timezone), countsFrom: formatDayNumber(d) };
  }
  let first: number | undefined;
  for (let left = c.limit.value; left > 0; ) {
    d++;
    if (!counted(d)) continue;
    first ??= d;
    left--;
  }
  return { dueMs: endOf(d, c.timezone), countsFrom: formatDayNumber(first!) };
}

/** Day 1 of a limit in days: the first day counted after the start's local day. */
export function firstCountedDay(c: StageClock): string {
  const counted = dayCounter(c);
  let d = parseDayNumber(localDay(new Date(c.start), c.timezone));
  if (c.limit.kind === 'working-days' && c.limit.value === 0) d--;
  do d++;
  while (!counted(d));
  return formatDayNumber(d);
}

/** The last millisecond of a local day (by day number). */
function endOf(day: number, timezone: string): number {
  return toEpochMs(endOfLocalDay(formatDayNumber(day), timezone));
}

/**
 * How much of [from, to] counts against a stage's limit, in ms: clock time less the pauses for a clock
 * limit; for a limit in days, the parts of the days counted (from day 1 on, working days only for working
 * days, paused days left out). Callers keep `to` at or before the deadline.
 */
export function stageCountedMs(c: StageClock, countsFrom: string | undefined, from: number, to: number): number {
  if (to <= from) return 0;
  if (c.limit.kind === 'clock') {
    let total = to - from;
    for (const p of c.pauses) total -= Math.max(0, Math.min(to, p.to ?? to) - Math.max(from, p.from));
    return Math.max(0, total);
  }
  const counted = dayCounter(c);
  let total = 0;
  const last = parseDayNumber(localDay(new Date(to), c.timezone));
  for (let d = parseDayNumber(countsFrom ?? localDay(new Date(from), c.timezone)); d <= last; d++) {
    if (!counted(d)) continue;
    const a = Math.max(from, endOf(d - 1, c.timezone) + 1);
    const b = Math.min(to, endOf(d, c.timezone) + 1);
    if (b > a) total += b - a;
  }
  return total;
}

/** Whether a day (number) counts against a limit in days: working (for working days) and not paused. */
export function dayCounter(c: StageClock): (day: number) => boolean {
  const excluded = c.pauses.map((p) => [
    parseDayNumber(localDay(new Date(p.from), c.timezone)),
    p.to === undefined ? Number.POSITIVE_INFINITY : parseDayNumber(localDay(new Date(p.to), c.timezone)),
  ]);
  const working = c.limit.kind === 'working-days';
  return (day) =>
    !excluded.some(([from, to]) => day > from! && day <= to!) &&
    (!working || isWorkingDay(c.calendar, formatDayNumber(day)));
}
