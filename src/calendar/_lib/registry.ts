import type { DayInfo, WorkingCalendar } from '../types.js';
import { formatDayNumber, yearOfDayNumber } from '../../dates/index.js';
import { calendarError } from './calendarError.js';

/** Kind codes in {@link CalendarIndex.kinds}. 0 marks a day outside the covered years. */
export const NOT_COVERED = 0;
export const WORKDAY = 1;
export const WEEKEND = 2;
export const HOLIDAY = 3;
export const MAKEUP = 4;

/**
 * The precomputed day table behind a calendar: one byte per day from January 1 of the first covered year
 * to December 31 of the last. Kept out of the (frozen, plain) calendar object, because typed arrays
 * cannot be frozen.
 */
export interface CalendarIndex {
  /** Day number of `kinds[0]`. */
  readonly first: number;
  readonly kinds: Uint8Array;
  /** For holiday days, 1 + index into `holidayInfos`; 0 otherwise. */
  readonly holidayOf: Uint16Array;
  readonly holidayInfos: readonly DayInfo[];
}

const INDEXES = new WeakMap<WorkingCalendar, CalendarIndex>();

/** Attaches the day table to a freshly built calendar. */
export function registerCalendar(calendar: WorkingCalendar, index: CalendarIndex): void {
  INDEXES.set(calendar, index);
}

/** The day table of a calendar; throws `calendar_not_built` for an object not made by this module. */
export function indexOf(calendar: WorkingCalendar): CalendarIndex {
  const index = INDEXES.get(calendar);
  if (!index) throw calendarError('calendar_not_built', {});
  return index;
}

/** Kind code of a day number, throwing `calendar_year_not_covered` when its year is not in the calendar. */
export function kindAt(calendar: WorkingCalendar, index: CalendarIndex, day: number): number {
  const i = day - index.first;
  const kind = i >= 0 && i < index.kinds.length ? index.kinds[i]! : NOT_COVERED;
  if (kind === NOT_COVERED) {
    throw calendarError('calendar_year_not_covered', {
      calendar: calendar.id,
      day: formatDayNumber(day),
      year: yearOfDayNumber(day),
      covered: calendar.years,
    });
  }
  return kind;
}

/** Whether a kind code is a working day. */
export function isWorkingKind(kind: number): boolean {
  return kind === WORKDAY || kind === MAKEUP;
}
