import { CalendarError } from '../../errors/index.js';
import { calendarIssue, type CalendarIssueCode } from '../messages.js';

/** Builds the `CalendarError` thrown by calendar functions: stable `code`, one issue carrying the arguments. */
export function calendarError(code: CalendarIssueCode, args: Readonly<Record<string, unknown>>): CalendarError {
  const issue = calendarIssue(code, [], args);
  return new CalendarError(code, issue.message.en, [issue]);
}
