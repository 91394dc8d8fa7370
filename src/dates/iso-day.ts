import { InputError } from '../errors/index.js';
import { parseDayNumber } from './day-number.js';
import { dateIssue } from './messages.js';

/**
 * Whether a value is a real calendar day written `YYYY-MM-DD`: `2024-02-29` is, `2023-02-29`,
 * `2022-13-01`, `2022-00-10` and `2022/06/01` are not. The one date check of the SDK.
 *
 * @example
 * isIsoDay('2024-02-29'); // true
 * isIsoDay('2023-02-30'); // false
 */
export function isIsoDay(value: unknown): value is string {
  return !Number.isNaN(parseDayNumber(value));
}

/**
 * Checks a date argument (`asOf`, `knownAt`, `today`…) and returns it, or throws.
 *
 * @param field - the argument's name, for the message and the issue path
 * @throws {InputError} `bad_date` unless the value is a real calendar day `YYYY-MM-DD`
 * @example
 * assertIsoDay('2023-06-01', 'asOf'); // '2023-06-01'
 * assertIsoDay('2023/06/01', 'asOf'); // throws InputError bad_date
 */
export function assertIsoDay(value: unknown, field: string): string {
  if (isIsoDay(value)) return value;
  const issue = dateIssue('bad_date', [field], { field, value: typeof value === 'string' ? value : String(value) });
  throw new InputError('bad_date', issue.message.en, [issue]);
}
