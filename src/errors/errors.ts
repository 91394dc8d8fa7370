import { formatIssue, type Issue } from './issue.js';

/**
 * The one base class of everything safetynet throws. It carries a stable `code` and, where the error
 * comes from input, every issue found (never only the first).
 */
export class SafetynetError extends Error {
  readonly code: string;
  readonly issues: readonly Issue[];

  constructor(code: string, message: string, issues: readonly Issue[] = []) {
    super(issues.length ? `${message}\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}` : message);
    this.name = new.target.name;
    this.code = code;
    this.issues = issues;
  }
}

/** A policy pack (or a file it is built from) failed to load or validate. */
export class PackError extends SafetynetError {}

/** A working-day calendar is malformed, or a date falls in a year it does not cover. */
export class CalendarError extends SafetynetError {}

/** A household, report or other caller input failed validation. */
export class InputError extends SafetynetError {}

/** A parameter has no value in force at the date asked (before its first value, or an `unknown` period). */
export class ParameterError extends SafetynetError {}
