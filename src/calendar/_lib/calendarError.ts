import { CalendarError } from '../../errors/index.js';
import { calendarRuntimeIssue, type CalendarRuntimeIssueCode } from '../runtime-messages.js';

/** Builds the `CalendarError` thrown by calendar functions: stable `code`, one issue carrying the arguments. */
export function calendarError(code: CalendarRuntimeIssueCode, args: Readonly<Record<string, unknown>>): CalendarError {
  const issue = calendarRuntimeIssue(code, [], args);
  return new CalendarError(code, issue.message.en, [issue]);
}
