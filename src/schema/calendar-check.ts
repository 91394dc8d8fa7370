import { formatPath } from '../errors/index.js';
import type { CalendarFile } from './calendar.js';
import { WEEKDAYS } from './weekdays.js';
import { civilFromDays, formatDayNumber, parseDayNumber, weekdayOfDayNumber } from '../dates/index.js';

/** The codes of calendar consistency problems; their wording lives with the calendar's messages. */
export type CalendarCheckCode =
  | 'calendar_duplicate_weekday'
  | 'calendar_no_years'
  | 'calendar_date_outside_year'
  | 'calendar_bad_range'
  | 'calendar_holiday_too_long'
  | 'calendar_dates_out_of_order'
  | 'calendar_duplicate_day'
  | 'calendar_holiday_workday_conflict'
  | 'calendar_workday_not_weekend';

/** A consistency problem: code, path and arguments; the wording comes from the calendar's `messages.ts`. */
export interface RawIssue {
  readonly code: CalendarCheckCode;
  readonly path: readonly (string | number)[];
  readonly args: Readonly<Record<string, unknown>>;
}

/** Longest plausible holiday break. The longest so far is 9 days (2026 Spring Festival); 16 leaves room. */
export const MAX_HOLIDAY_DAYS = 16;

type Path = (string | number)[];

/** What the checks of one file share: the issues found, and which days are taken by which entry. */
interface CheckState {
  readonly issues: RawIssue[];
  /** Weekdays (0 = Sunday) that are off unless made up. */
  readonly weekend: Set<number>;
  /** day number -> path of the holiday entry that first listed it. */
  readonly holidayDays: Map<number, Path>;
  /** day number -> path of the make-up working day that first listed it. */
  readonly workdays: Map<number, Path>;
}

/** Dates listed in a year's entry: of that year, or of December before / January after (notices span New Year). */
function isInYear(day: number, year: number): boolean {
  const [y, m] = civilFromDays(day);
  return y === year || (y === year - 1 && m === 12) || (y === year + 1 && m === 1);
}

function add(state: CheckState, code: CalendarCheckCode, path: Path, args: Record<string, unknown>): void {
  state.issues.push({ code, path, args });
}

/**
 * Cross-field checks of a calendar file whose fields are already well formed (see `calendarFileSchema`).
 * Holidays of every year are registered before any make-up day, so a conflict is found whatever the order.
 */
export function checkCalendarFile(file: CalendarFile): RawIssue[] {
  const state: CheckState = { issues: [], weekend: new Set(), holidayDays: new Map(), workdays: new Map() };
  checkWeekend(file, state);
  const keys = Object.keys(file.years).sort();
  if (keys.length === 0) add(state, 'calendar_no_years', ['years'], {});
  for (const key of keys) checkHolidays(file, key, state);
  for (const key of keys) checkWorkdays(file, key, state);
  return state.issues;
}

function checkWeekend(file: CalendarFile, state: CheckState): void {
  file.weekend.forEach((w, i) => {
    const n = WEEKDAYS.indexOf(w);
    if (state.weekend.has(n)) add(state, 'calendar_duplicate_weekday', ['weekend', i], { weekday: w });
    state.weekend.add(n);
  });
}

/** One year's holidays: each in its year, a sane range, in date order, no day listed twice in the file. */
function checkHolidays(file: CalendarFile, key: string, state: CheckState): void {
  const year = Number(key);
  // Order is judged on start days; overlapping ranges are reported as duplicate days.
  let previous = Number.NEGATIVE_INFINITY;
  let previousText = '';
  file.years[key]!.holidays.forEach((h, i) => {
    const at: Path = ['years', key, 'holidays', i];
    const range = checkHolidayRange(h, at, year, state);
    if (!range) return;
    if (range.from < previous) {
      add(state, 'calendar_dates_out_of_order', [...at, 'from'], { day: h.from, previous: previousText });
    } else {
      previous = range.from;
      previousText = h.from;
    }
    if (range.inYear) registerHolidayDays(range.from, range.to, at, state);
  });
}

/** The holiday's day numbers, or `undefined` when its range is reversed or too long to be real. */
function checkHolidayRange(
  h: { readonly from: string; readonly to: string },
  at: Path,
  year: number,
  state: CheckState,
): { from: number; to: number; inYear: boolean } | undefined {
  const from = parseDayNumber(h.from);
  const to = parseDayNumber(h.to);
  let inYear = true;
  for (const [field, day, text] of [
    ['from', from, h.from],
    ['to', to, h.to],
  ] as const) {
    if (!isInYear(day, year)) {
      add(state, 'calendar_date_outside_year', [...at, field], { day: text, year });
      inYear = false;
    }
  }
  if (from > to) {
    add(state, 'calendar_bad_range', [...at, 'to'], { from: h.from, to: h.to });
    return undefined;
  }
  if (to - from + 1 > MAX_HOLIDAY_DAYS) {
    const args = { from: h.from, to: h.to, days: to - from + 1, max: MAX_HOLIDAY_DAYS };
    add(state, 'calendar_holiday_too_long', [...at, 'to'], args);
    return undefined;
  }
  return { from, to, inYear };
}

function registerHolidayDays(from: number, to: number, at: Path, state: CheckState): void {
  for (let d = from; d <= to; d++) {
    const first = state.holidayDays.get(d);
    if (first) {
      add(state, 'calendar_duplicate_day', [...at, 'from'], { day: formatDayNumber(d), first: formatPath(first) });
      return; // one report per entry, not one per day
    }
    state.holidayDays.set(d, at);
  }
}

/** One year's make-up working days: in the year, in order, listed once, not a holiday, on a weekend day. */
function checkWorkdays(file: CalendarFile, key: string, state: CheckState): void {
  const year = Number(key);
  let previous = Number.NEGATIVE_INFINITY;
  let previousText = '';
  (file.years[key]!.workdays ?? []).forEach((text, i) => {
    const at: Path = ['years', key, 'workdays', i];
    const day = parseDayNumber(text);
    if (!isInYear(day, year)) add(state, 'calendar_date_outside_year', at, { day: text, year });
    const first = state.workdays.get(day);
    if (first) add(state, 'calendar_duplicate_day', at, { day: text, first: formatPath(first) });
    else if (day <= previous) add(state, 'calendar_dates_out_of_order', at, { day: text, previous: previousText });
    if (!first) state.workdays.set(day, at);
    if (day > previous) {
      previous = day;
      previousText = text;
    }
    const holiday = state.holidayDays.get(day);
    if (holiday) add(state, 'calendar_holiday_workday_conflict', at, { day: text, holiday: formatPath(holiday) });
    const weekday = weekdayOfDayNumber(day);
    if (!state.weekend.has(weekday)) add(state, 'calendar_workday_not_weekend', at, { day: text, weekday });
  });
}
