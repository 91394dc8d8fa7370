import { isTimeZone } from '../../dates/index.js';
import { calendarError } from './calendarError.js';

/** Throws `calendar_bad_timezone` unless `timeZone` is a known zone. */
export function assertTimeZone(timeZone: unknown): asserts timeZone is string {
  if (!isTimeZone(timeZone)) throw calendarError('calendar_bad_timezone', { timeZone });
}
