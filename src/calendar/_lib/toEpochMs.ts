import { parseInstant, printable } from '../../dates/index.js';
import { calendarError } from './calendarError.js';

export { printable } from '../../dates/index.js';

/**
 * Epoch milliseconds of an instant given as a `Date` or as a timestamp with an offset.
 * Throws `calendar_bad_date` for an invalid Date, a malformed string, or a string without an offset
 * (local wall time alone does not say which instant is meant).
 */
export function toEpochMs(instant: Date | string): number {
  if (instant instanceof Date) {
    const t = instant.getTime();
    if (Number.isNaN(t)) throw calendarError('calendar_bad_date', { value: 'Invalid Date', expected: 'instant' });
    return t;
  }
  const t = parseInstant(instant);
  if (typeof t === 'number') return t;
  const reason = t.problem === 'missing_offset' ? { reason: 'missing_offset' } : {};
  throw calendarError('calendar_bad_date', { value: printable(instant), expected: 'instant', ...reason });
}
