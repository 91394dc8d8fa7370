import { formatInZone } from '../../calendar/index.js';

/**
 * Epoch milliseconds of a `Date` or a timestamp with an offset, through the calendar's strict parser
 * (so a timestamp without an offset throws `calendar_bad_date`, as everywhere else).
 */
export function epochOf(instant: string | Date): number {
  return Date.parse(formatInZone(instant, 'UTC'));
}
