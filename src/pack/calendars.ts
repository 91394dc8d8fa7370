import { BUNDLED_CALENDAR_IDS, BUNDLED_FILES } from '../generated/policies.js';
import { validateCalendar, type WorkingCalendar } from '../calendar/index.js';
import { CalendarError } from '../errors/index.js';
import type { PolicyPack } from './types.js';

const cache = new Map<string, WorkingCalendar>();

/**
 * A bundled working-day calendar by id (e.g. `cn-mainland`), parsed on first use.
 *
 * @throws {CalendarError} `calendar_not_found` for an id that is not bundled.
 * @example
 * isWorkingDay(getBundledCalendar('cn-mainland'), '2024-02-04'); // true: a make-up working Sunday
 */
export function getBundledCalendar(id: string): WorkingCalendar {
  const hit = cache.get(id);
  if (hit) return hit;
  const text = BUNDLED_FILES[`calendars/${id}.yaml`];
  if (text === undefined) {
    throw new CalendarError(
      'calendar_not_found',
      `No bundled calendar "${id}" (bundled: ${BUNDLED_CALENDAR_IDS.join(', ')})`,
    );
  }
  const r = validateCalendar(text, { file: `policies/calendars/${id}.yaml` });
  if (!r.ok) throw new CalendarError('calendar_invalid', `Bundled calendar ${id} is invalid`, r.issues);
  cache.set(id, r.value);
  return r.value;
}

/** The working-day calendar a pack names (`calendar: cn-mainland`). */
export function calendarOf(pack: PolicyPack): WorkingCalendar {
  return getBundledCalendar(pack.calendar);
}
