import type { Issue } from '../errors/index.js';
import { parseDayNumber } from '../dates/index.js';
import { getBundledCalendar } from './calendars.js';
import { packIssue } from './messages.js';

/** How far ahead of its last day a calendar is flagged (inclusive): the next year's notice usually comes in November. */
export const CALENDAR_WARNING_DAYS = 60;

/**
 * A warning when the pack's calendar ends within {@link CALENDAR_WARNING_DAYS} days of `today` (or has ended):
 * after its last day, working-day deadlines cannot be computed without the next year's notice. A calendar that
 * is not bundled is left to the caller.
 */
export function calendarEdgeWarnings(calendarId: string, today: string): Issue[] {
  let years: readonly number[];
  try {
    years = getBundledCalendar(calendarId).years;
  } catch {
    return [];
  }
  const last = years[years.length - 1];
  if (last === undefined || Number.isNaN(parseDayNumber(today))) return [];
  const lastDay = `${last}-12-31`;
  const days = parseDayNumber(lastDay) - parseDayNumber(today);
  if (days > CALENDAR_WARNING_DAYS) return [];
  return [packIssue('pack_calendar_ends_soon', ['calendar'], { calendar: calendarId, lastDay, today, days })];
}
