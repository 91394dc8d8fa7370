import {
  addClockDuration,
  addWorkingDays,
  formatInZone,
  localDay,
  workingDaysDeadline,
  type WorkingCalendar,
} from '../../calendar/index.js';
import type { LimitDef } from '../../schema/index.js';
import { addOfficeHours } from '../addOfficeHours.js';
import type { OfficeHours, SlaLimit } from '../types.js';
import { attemptOnCalendar, type CountingCalendar } from './countingCalendar.js';

/** What a limit of a report is counted from and on. */
export interface LimitContext {
  readonly counting: CountingCalendar;
  readonly receivedAt: number;
  readonly timezone: string;
  readonly officeHours: OfficeHours | undefined;
  readonly verified: boolean;
}

/** A limit with its deadline, and the year the calendar lacked when the deadline could not be computed. */
export interface ComputedLimit {
  readonly limit: SlaLimit;
  readonly missingYear?: number;
  /** The years counted by the weekends-only fallback. */
  readonly fallbackYears: readonly number[];
}

/**
 * The deadline of one limit of an urgency class. A clock limit needs no calendar; office hours and working
 * days do, and a year the calendar lacks makes the deadline `null` (with `missingYear`) rather than failing
 * the whole result — unless the weekends-only fallback is on, which makes it provisional.
 */
export function computeLimit(def: LimitDef, c: LimitContext): ComputedLimit {
  const calendar = c.counting.from(c.receivedAt);
  const received = new Date(c.receivedAt);
  if (typeof def === 'string' && !c.officeHours) {
    const due = addClockDuration(received, def, c.timezone);
    return {
      limit: { kind: 'clock', value: def, officeHoursOnly: false, due, verified: c.verified, provisional: false },
      fallbackYears: [],
    };
  }
  if (typeof def === 'string') {
    const hours = c.officeHours!;
    const r = attemptOnCalendar(() => formatInZone(addOfficeHours(calendar, received, def, hours), c.timezone));
    const base = {
      kind: 'clock',
      value: def,
      officeHoursOnly: true,
      officeHours: { start: hours.start, end: hours.end },
      verified: c.verified,
    } as const;
    if ('year' in r)
      return { limit: { ...base, due: null, provisional: false }, missingYear: r.year, fallbackYears: [] };
    const years = uncovered(c, r.value);
    return { limit: { ...base, due: r.value, provisional: years.length > 0 }, fallbackYears: years };
  }
  return workingDayLimit(def.workingDays, calendar, received, c);
}

function workingDayLimit(days: number, calendar: WorkingCalendar, received: Date, c: LimitContext): ComputedLimit {
  const base = { kind: 'working-days', value: days, verified: c.verified } as const;
  // Day 1 may be known when the last day is not (received on 12-30, day 1 is 12-31).
  const first = attemptOnCalendar(() =>
    addWorkingDays(calendar, localDay(received, calendar.timezone), days === 0 ? 0 : 1),
  );
  const countsFrom = 'value' in first ? first.value : null;
  const r = attemptOnCalendar(() => formatInZone(workingDaysDeadline(calendar, received, days), c.timezone));
  if ('year' in r) {
    return { limit: { ...base, countsFrom, due: null, provisional: false }, missingYear: r.year, fallbackYears: [] };
  }
  const years = uncovered(c, r.value);
  return { limit: { ...base, countsFrom, due: r.value, provisional: years.length > 0 }, fallbackYears: years };
}

/** The years between receipt and `due` that the base calendar does not cover (only possible with the fallback). */
function uncovered(c: LimitContext, due: string): number[] {
  const tz = c.counting.base.timezone;
  return c.counting.uncoveredBetween(localDay(new Date(c.receivedAt), tz), localDay(due, tz));
}
