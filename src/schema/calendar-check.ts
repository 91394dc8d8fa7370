import { formatPath } from '../errors/index.js';
import type { CalendarFile } from './calendar.js';
import { WEEKDAYS } from './calendar.js';
import { civilFromDays, formatDayNumber, parseDayNumber, weekdayOfDayNumber } from '../dates/index.js';

/** A consistency problem: code, path and arguments; the wording comes from `messages.ts`. */
export interface RawIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly args: Readonly<Record<string, unknown>>;
}

/** Longest plausible holiday break. The longest so far is 9 days (2026 Spring Festival); 16 leaves room. */
export const MAX_HOLIDAY_DAYS = 16;

/**
 * Cross-field checks of a calendar file whose fields are already well formed (see `calendarFileSchema`).
 * Holidays of every year are registered before any make-up day, so a conflict is found whatever the order.
 */
export function checkCalendarFile(file: CalendarFile): RawIssue[] {
  const issues: RawIssue[] = [];
  const add = (code: string, path: (string | number)[], args: Record<string, unknown>) =>
    issues.push({ code, path, args });

  const weekend = new Set<number>();
  file.weekend.forEach((w, i) => {
    const n = WEEKDAYS.indexOf(w);
    if (weekend.has(n)) add('calendar_duplicate_weekday', ['weekend', i], { weekday: w });
    weekend.add(n);
  });

  const keys = Object.keys(file.years).sort();
  if (keys.length === 0) add('calendar_no_years', ['years'], {});

  /** day number -> path of the holiday entry that first listed it. */
  const holidayDays = new Map<number, (string | number)[]>();
  const inYear = (day: number, year: number): boolean => {
    const [y, m] = civilFromDays(day);
    return y === year || (y === year - 1 && m === 12) || (y === year + 1 && m === 1);
  };

  for (const key of keys) {
    const year = Number(key);
    const entry = file.years[key]!;
    // Order is judged on start days; overlapping ranges are reported as duplicate days below.
    let previous = Number.NEGATIVE_INFINITY;
    let previousText = '';
    entry.holidays.forEach((h, i) => {
      const at: (string | number)[] = ['years', key, 'holidays', i];
      const from = parseDayNumber(h.from);
      const to = parseDayNumber(h.to);
      let ok = true;
      for (const [field, day, text] of [
        ['from', from, h.from],
        ['to', to, h.to],
      ] as const) {
        if (!inYear(day, year)) {
          add('calendar_date_outside_year', [...at, field], { day: text, year });
          ok = false;
        }
      }
      if (from > to) {
        add('calendar_bad_range', [...at, 'to'], { from: h.from, to: h.to });
        return;
      }
      if (to - from + 1 > MAX_HOLIDAY_DAYS) {
        add('calendar_holiday_too_long', [...at, 'to'], {
          from: h.from,
          to: h.to,
          days: to - from + 1,
          max: MAX_HOLIDAY_DAYS,
        });
        return;
      }
      if (from < previous) add('calendar_dates_out_of_order', [...at, 'from'], { day: h.from, previous: previousText });
      else {
        previous = from;
        previousText = h.from;
      }
      if (!ok) return;
      for (let d = from; d <= to; d++) {
        const first = holidayDays.get(d);
        if (first) {
          add('calendar_duplicate_day', [...at, 'from'], { day: formatDayNumber(d), first: formatPath(first) });
          break; // one report per entry, not one per day
        }
        holidayDays.set(d, at);
      }
    });
  }

  const workdays = new Map<number, (string | number)[]>();
  for (const key of keys) {
    const year = Number(key);
    let previous = Number.NEGATIVE_INFINITY;
    let previousText = '';
    (file.years[key]!.workdays ?? []).forEach((text, i) => {
      const at: (string | number)[] = ['years', key, 'workdays', i];
      const day = parseDayNumber(text);
      if (!inYear(day, year)) add('calendar_date_outside_year', at, { day: text, year });
      const first = workdays.get(day);
      if (first) add('calendar_duplicate_day', at, { day: text, first: formatPath(first) });
      else if (day <= previous) add('calendar_dates_out_of_order', at, { day: text, previous: previousText });
      if (!first) workdays.set(day, at);
      if (day > previous) {
        previous = day;
        previousText = text;
      }
      if (holidayDays.has(day))
        add('calendar_holiday_workday_conflict', at, { day: text, holiday: formatPath(holidayDays.get(day)!) });
      const weekday = weekdayOfDayNumber(day);
      if (!weekend.has(weekday)) add('calendar_workday_not_weekend', at, { day: text, weekday });
    });
  }
  return issues;
}
