import type { CalendarFile } from '../../schema/index.js';
import type { CalendarHoliday, CalendarSource, DayInfo, WorkingCalendar } from '../types.js';
import { WEEKDAYS } from '../types.js';
import { daysFromCivil, formatDayNumber, parseDayNumber, weekdayOfDayNumber } from '../../dates/index.js';
import { HOLIDAY, MAKEUP, registerCalendar, WEEKEND, WORKDAY, type CalendarIndex } from './registry.js';

/**
 * Turns a schema-valid calendar file into a frozen {@link WorkingCalendar} and its day table.
 * Holiday and make-up dates that fall in a year the file does not cover (e.g. 2022-12-31 listed in the
 * 2023 notice, when 2022 itself is absent) are kept in the lists but not in the table: that year stays
 * uncovered as a whole.
 */
export function buildCalendar(file: CalendarFile): WorkingCalendar {
  const years = Object.keys(file.years)
    .map(Number)
    .sort((a, b) => a - b);
  const table = weekTable(file, years);
  const { holidays, sources, makeup } = collectDays(file, years);
  const holidayInfos = markHolidays(table, holidays);
  for (const d of makeup) {
    const i = d - table.first;
    if (i >= 0 && i < table.kinds.length && table.kinds[i] !== 0) table.kinds[i] = MAKEUP;
  }

  const calendar = Object.freeze({
    id: file.id,
    name: Object.freeze({ zh: file.name.zh, en: file.name.en }),
    timezone: file.timezone,
    weekend: Object.freeze([...file.weekend]),
    years: Object.freeze(years),
    sources: Object.freeze(sources),
    holidays: Object.freeze(holidays),
    makeupWorkdays: Object.freeze(makeup.map(formatDayNumber)),
  }) as unknown as WorkingCalendar;
  const index: CalendarIndex = { ...table, holidayInfos: Object.freeze(holidayInfos) };
  registerCalendar(calendar, index);
  return calendar;
}

/** The day table from the first covered year to the last: weekend or working day; 0 for uncovered years. */
function weekTable(file: CalendarFile, years: readonly number[]): Omit<CalendarIndex, 'holidayInfos'> {
  const first = daysFromCivil(years[0]!, 1, 1);
  const length = daysFromCivil(years[years.length - 1]!, 12, 31) - first + 1;
  const kinds = new Uint8Array(length);
  const weekend = new Set(file.weekend.map((w) => WEEKDAYS.indexOf(w)));
  for (const year of years) {
    const start = daysFromCivil(year, 1, 1) - first;
    const end = daysFromCivil(year, 12, 31) - first;
    for (let i = start; i <= end; i++) kinds[i] = weekend.has(weekdayOfDayNumber(i + first)) ? WEEKEND : WORKDAY;
  }
  return { first, kinds, holidayOf: new Uint16Array(length) };
}

/** Every year's holidays (sorted, frozen), sources and make-up working days (sorted day numbers). */
function collectDays(file: CalendarFile, years: readonly number[]) {
  const holidays: CalendarHoliday[] = [];
  const sources: Record<number, CalendarSource> = {};
  const makeup: number[] = [];
  for (const year of years) {
    const entry = file.years[String(year)]!;
    sources[year] = Object.freeze({ ...entry.source });
    for (const h of entry.holidays) {
      const name = Object.freeze({ zh: h.name.zh, en: h.name.en });
      holidays.push(Object.freeze({ name, from: h.from, to: h.to, year }));
    }
    for (const w of entry.workdays ?? []) makeup.push(parseDayNumber(w));
  }
  holidays.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  makeup.sort((a, b) => a - b);
  return { holidays, sources, makeup };
}

/** Marks each holiday's covered days in the table; returns the day info of each holiday, by number − 1. */
function markHolidays(table: Omit<CalendarIndex, 'holidayInfos'>, holidays: readonly CalendarHoliday[]): DayInfo[] {
  const { first, kinds, holidayOf } = table;
  const holidayInfos: DayInfo[] = [];
  holidays.forEach((h, n) => {
    holidayInfos.push(Object.freeze({ kind: 'holiday', working: false, holiday: h.name }));
    for (let d = parseDayNumber(h.from), to = parseDayNumber(h.to); d <= to; d++) {
      const i = d - first;
      if (i < 0 || i >= kinds.length || kinds[i] === 0) continue;
      kinds[i] = HOLIDAY;
      holidayOf[i] = n + 1;
    }
  });
  return holidayInfos;
}
