import { buildCalendar, type WorkingCalendar } from '../calendar/index.js';
import { CalendarError } from '../errors/index.js';
import { BUNDLED_CALENDAR_IDS, EMBEDDED_CALENDARS } from '../generated/bundled.js';
import type { CalendarFile } from '../schema/index.js';
import type { PolicyPack } from './types.js';

const cache = new Map<string, WorkingCalendar>();

/**
 * A bundled working-day calendar by id (e.g. `cn-mainland`). It was validated when the library was built;
 * its day table is built on first use and cached.
 *
 * @throws {CalendarError} `calendar_not_found` for an id that is not bundled.
 * @example
 * isWorkingDay(getBundledCalendar('cn-mainland'), '2024-02-04'); // true: a make-up working Sunday
 */
export function getBundledCalendar(id: string): WorkingCalendar {
  const hit = cache.get(id);
  if (hit) return hit;
  if (!Object.hasOwn(EMBEDDED_CALENDARS, id)) {
    throw new CalendarError(
      'calendar_not_found',
      `No bundled calendar "${id}" (bundled: ${BUNDLED_CALENDAR_IDS.join(', ')})`,
    );
  }
  const calendar = buildCalendar(JSON.parse(EMBEDDED_CALENDARS[id]!.json) as CalendarFile);
  cache.set(id, calendar);
  return calendar;
}

/** The working-day calendar a pack names (`calendar: cn-mainland`). */
export function calendarOf(pack: PolicyPack): WorkingCalendar {
  return getBundledCalendar(pack.calendar);
}
