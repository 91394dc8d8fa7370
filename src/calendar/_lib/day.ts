import { parseDayNumber } from '../../dates/index.js';
import { calendarError } from './calendarError.js';
import { printable } from './toEpochMs.js';

/** Day number of a `YYYY-MM-DD` argument; throws `calendar_bad_date` otherwise. */
export function toDayNumber(day: string): number {
  const n = parseDayNumber(day);
  if (Number.isNaN(n)) throw calendarError('calendar_bad_date', { value: printable(day), expected: 'day' });
  return n;
}
