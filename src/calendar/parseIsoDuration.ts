import { calendarError } from './_lib/calendarError.js';
import { printable } from './_lib/toEpochMs.js';

/** The parts of an ISO 8601 duration. Every part is a non-negative number; only seconds may have a fraction (ms). */
export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** `PnYnMnWnDTnHnMnS`, each part optional but in this order; up to 9 digits a part, ms precision on seconds. */
const DURATION =
  /^P(?:(\d{1,9})Y)?(?:(\d{1,9})M)?(?:(\d{1,9})W)?(?:(\d{1,9})D)?(?:T(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9}(?:\.\d{1,3})?)S)?)?$/;

/**
 * Parses an ISO 8601 duration strictly: uppercase designators in order, at least one part, a `T` only
 * before time parts, no sign, a fraction only on seconds (up to milliseconds).
 *
 * @param text - e.g. `PT1H`, `PT24H`, `P2D`, `P1DT12H`
 * @returns the parts
 * @throws CalendarError `calendar_bad_duration` for anything else (`P`, `PT`, `1H`, `pt1h`, `-PT1H`, `P1.5D`)
 * @example
 * parseIsoDuration('P1DT12H'); // { years: 0, months: 0, weeks: 0, days: 1, hours: 12, minutes: 0, seconds: 0 }
 */
export function parseIsoDuration(text: string): IsoDuration {
  const m = typeof text === 'string' ? DURATION.exec(text) : null;
  // The regex allows "P" and "P…T" with nothing after the T; both are invalid ISO 8601.
  if (!m || text === 'P' || text.endsWith('T'))
    throw calendarError('calendar_bad_duration', { value: printable(text) });
  const part = (s: string | undefined): number => (s === undefined ? 0 : Number(s));
  return Object.freeze({
    years: part(m[1]),
    months: part(m[2]),
    weeks: part(m[3]),
    days: part(m[4]),
    hours: part(m[5]),
    minutes: part(m[6]),
    seconds: part(m[7]),
  });
}
