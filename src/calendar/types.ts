import type { Bilingual } from '../errors/index.js';

import type { Weekday } from '../schema/index.js';

export { WEEKDAYS, type Weekday } from '../schema/index.js';

/**
 * What a calendar day is:
 * - `workday`: an ordinary weekday;
 * - `weekend`: an ordinary weekend day;
 * - `holiday`: a day of an official holiday break (weekend days inside the break included);
 * - `makeup-workday`: a weekend day that is worked to make up for a break (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** What {@link dayKind} says about a day. Returned objects are shared and frozen. */
export interface DayInfo {
  readonly kind: DayKind;
  /** True for `workday` and `makeup-workday`. */
  readonly working: boolean;
  /** The name of the holiday, on `holiday` days. */
  readonly holiday?: Bilingual;
}

/** The official notice a year's holidays come from. */
export interface CalendarSource {
  readonly title: string;
  readonly issuer: string;
  readonly number?: string;
  readonly date: string;
  readonly url?: string;
  /** True when the dates were read in the notice's text (or a verbatim copy), false otherwise. */
  readonly verified: boolean;
  readonly note?: string;
}

/** One holiday break: inclusive day range. */
export interface CalendarHoliday {
  readonly name: Bilingual;
  readonly from: string;
  readonly to: string;
  /** The year entry (notice) that declares it: `2023` for the break starting 2022-12-31. */
  readonly year: number;
}

declare const calendarBrand: unique symbol;

/**
 * A validated, frozen working-day calendar. Make one with {@link parseCalendar} or {@link validateCalendar};
 * the day lookups behind it are precomputed, so every query is O(1).
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly name: Bilingual;
  /** IANA zone whose local days the calendar describes, e.g. `Asia/Shanghai`. */
  readonly timezone: string;
  readonly weekend: readonly Weekday[];
  /** Covered years, ascending. Any day outside them is refused, never guessed. */
  readonly years: readonly number[];
  /** Notice of each covered year. */
  readonly sources: Readonly<Record<number, CalendarSource>>;
  /** Every holiday break, in date order. */
  readonly holidays: readonly CalendarHoliday[];
  /** Every make-up working day (调休上班), ascending. */
  readonly makeupWorkdays: readonly string[];
  /** Type-only brand: a calendar cannot be written by hand, it must be validated. */
  readonly [calendarBrand]: true;
}

/**
 * A calendar from {@link withWeekendFallback}: uncovered years filled by the weekly rule (weekends off, no
 * holidays). `fallbackYears` are the years filled in; anything counted on them is provisional.
 */
export type FallbackCalendar = WorkingCalendar & { readonly fallbackYears: readonly number[] };
