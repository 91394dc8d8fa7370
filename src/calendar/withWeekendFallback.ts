import { daysFromCivil, weekdayOfDayNumber } from '../dates/index.js';
import { calendarError } from './_lib/calendarError.js';
import { indexOf, NOT_COVERED, registerCalendar, WEEKEND, WORKDAY, type CalendarIndex } from './_lib/registry.js';
import { WEEKDAYS, type CalendarSource, type FallbackCalendar, type WorkingCalendar } from './types.js';

/** The source shown for a year filled by the fallback: no notice, no holidays, weekends off. */
const FALLBACK_SOURCE: CalendarSource = Object.freeze({
  title: 'Fallback: weekends off, no public holidays (no official notice for this year)',
  issuer: 'safetynet',
  date: '',
  verified: false,
  note: 'Provisional: every deadline counted on this year is marked provisional',
});

const MAX_SPAN_YEARS = 200;
const cache = new WeakMap<WorkingCalendar, Map<string, FallbackCalendar>>();

/**
 * The calendar with every year from `fromYear` to `toYear` that it does not cover filled in by the plain
 * weekly rule: the calendar's weekend days off, every other day worked, no public holidays, no make-up days.
 * Covered years keep their official data. This is a guess, so it is opt-in: deadlines counted on a filled
 * year must be shown as provisional (`fallbackYears` lists them). Results are cached per calendar and span.
 *
 * @param calendar - a calendar from {@link parseCalendar} or `getBundledCalendar`
 * @param fromYear - first year the result must cover
 * @param toYear - last year the result must cover (at most 200 years after `fromYear`)
 * @returns a calendar with id `<id>+weekends`; its `fallbackYears` are the years filled in
 * @throws CalendarError `calendar_bad_year_span` for a span that is not whole years in order, or too long
 * @example
 * const cal = withWeekendFallback(getBundledCalendar('cn-mainland'), 2026, 2027);
 * isWorkingDay(cal, '2027-01-01'); // true — provisional: the 2027 New Year holiday is not known
 * cal.fallbackYears;                // [2027]
 */
export function withWeekendFallback(calendar: WorkingCalendar, fromYear: number, toYear: number): FallbackCalendar {
  if (!Number.isSafeInteger(fromYear) || !Number.isSafeInteger(toYear) || toYear < fromYear) {
    throw calendarError('calendar_bad_year_span', { from: fromYear, to: toYear, max: MAX_SPAN_YEARS });
  }
  const first = Math.min(fromYear, calendar.years[0] ?? fromYear);
  const last = Math.max(toYear, calendar.years[calendar.years.length - 1] ?? toYear);
  if (last - first > MAX_SPAN_YEARS)
    throw calendarError('calendar_bad_year_span', { from: fromYear, to: toYear, max: MAX_SPAN_YEARS });
  const key = `${first}-${last}`;
  const perCalendar = cache.get(calendar) ?? new Map<string, FallbackCalendar>();
  cache.set(calendar, perCalendar);
  const hit = perCalendar.get(key);
  if (hit) return hit;

  const filled = fillYears(calendar, first, last);
  perCalendar.set(key, filled);
  return filled;
}

function fillYears(calendar: WorkingCalendar, first: number, last: number): FallbackCalendar {
  const index = indexOf(calendar);
  const start = daysFromCivil(first, 1, 1);
  const length = daysFromCivil(last, 12, 31) - start + 1;
  const kinds = new Uint8Array(length);
  const holidayOf = new Uint16Array(length);
  kinds.set(index.kinds, index.first - start);
  holidayOf.set(index.holidayOf, index.first - start);
  const weekend = new Set(calendar.weekend.map((w) => WEEKDAYS.indexOf(w)));
  for (let i = 0; i < length; i++) {
    if (kinds[i] === NOT_COVERED) kinds[i] = weekend.has(weekdayOfDayNumber(start + i)) ? WEEKEND : WORKDAY;
  }
  const fallbackYears: number[] = [];
  const sources: Record<number, CalendarSource> = { ...calendar.sources };
  for (let y = first; y <= last; y++) {
    if (calendar.years.includes(y)) continue;
    fallbackYears.push(y);
    sources[y] = FALLBACK_SOURCE;
  }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const filled = Object.freeze({
    id: `${calendar.id}+weekends`,
    name: Object.freeze({
      zh: `${calendar.name.zh}（未收录年份按周末推算）`,
      en: `${calendar.name.en} (weekends only where not covered)`,
    }),
    timezone: calendar.timezone,
    weekend: calendar.weekend,
    years: Object.freeze(years),
    sources: Object.freeze(sources),
    holidays: calendar.holidays,
    makeupWorkdays: calendar.makeupWorkdays,
    fallbackYears: Object.freeze(fallbackYears),
  }) as unknown as FallbackCalendar;
  const filledIndex: CalendarIndex = { first: start, kinds, holidayOf, holidayInfos: index.holidayInfos };
  registerCalendar(filled, filledIndex);
  return filled;
}
