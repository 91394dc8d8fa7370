import { localDay, withWeekendFallback, type FallbackCalendar, type WorkingCalendar } from '../../calendar/index.js';
import { CalendarError } from '../../errors/index.js';
import type { UncoveredYears } from '../types.js';

/** A limit longer than this many years is refused by the schemas (365 working days), so two spare years do. */
const SPARE_YEARS = 3;

/**
 * The calendar deadlines are counted on, and how uncovered years are treated: refused (the deadline is
 * `null`) or filled in by the weekends-only fallback (the deadline is provisional).
 */
export interface CountingCalendar {
  readonly base: WorkingCalendar;
  readonly mode: UncoveredYears;
  /** The calendar to count a span starting at `instant` on: the base, or the base with fallback years. */
  from(instant: number): WorkingCalendar;
  /** The years between two local days (inclusive) that the base calendar has no notice for, ascending. */
  uncoveredBetween(fromDay: string, toDay: string): number[];
}

/** A {@link CountingCalendar} over `base`. */
export function countingCalendar(base: WorkingCalendar, mode: UncoveredYears = 'refuse'): CountingCalendar {
  return {
    base,
    mode,
    from(instant: number): WorkingCalendar {
      if (mode === 'refuse') return base;
      const year = Number(localDay(new Date(instant), base.timezone).slice(0, 4));
      return withWeekendFallback(base, year, year + SPARE_YEARS) as FallbackCalendar;
    },
    uncoveredBetween(fromDay: string, toDay: string): number[] {
      const out: number[] = [];
      for (let y = Number(fromDay.slice(0, 4)); y <= Number(toDay.slice(0, 4)); y++) {
        if (!base.years.includes(y)) out.push(y);
      }
      return out;
    },
  };
}

/**
 * Runs a calendar computation; a `calendar_year_not_covered` error becomes `{ year }` (the first year the
 * computation needed and the calendar lacks), every other error is rethrown.
 */
export function attemptOnCalendar<T>(compute: () => T): { value: T } | { year: number } {
  try {
    return { value: compute() };
  } catch (err) {
    if (err instanceof CalendarError && err.code === 'calendar_year_not_covered') {
      const year = Number(err.issues[0]?.args?.year);
      return { year };
    }
    throw err;
  }
}
