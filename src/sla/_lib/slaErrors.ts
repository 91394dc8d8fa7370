import { CalendarError, InputError, type Issue } from '../../errors/index.js';

/** One issue with a code, a path and bilingual wording. */
export function slaIssue(
  code: string,
  path: readonly (string | number)[],
  zh: string,
  en: string,
  args?: Readonly<Record<string, unknown>>,
): Issue {
  return { code, severity: 'error', path, message: { zh, en }, ...(args ? { args } : {}) };
}

/** A `CalendarError` with one issue, for problems of time arithmetic (bad office hours, bad durations). */
export function timeError(
  code: string,
  zh: string,
  en: string,
  args: Readonly<Record<string, unknown>>,
): CalendarError {
  return new CalendarError(code, en, [slaIssue(code, [], zh, en, args)]);
}

/** An `InputError` carrying every issue found in a caller's arguments. */
export function inputError(code: string, what: string, issues: readonly Issue[]): InputError {
  return new InputError(code, `${what} (${issues.length} issue(s))`, issues);
}
