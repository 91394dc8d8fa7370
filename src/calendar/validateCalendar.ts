import type { z } from 'zod';
import { CalendarError, invalid, validated, type Issue, type ValidationResult } from '../errors/index.js';
import { parseYaml } from '../_lib/index.js';
import { CALENDAR_DOCUMENT, fromZodIssues } from '../schema/index.js';
import { buildCalendar } from './_lib/buildCalendar.js';
import { calendarIssue, isCalendarIssueCode } from './messages.js';
import { calendarFileSchema } from '../schema/index.js';
import type { WorkingCalendar } from './types.js';

/** A 1-based line and column. */
export interface CalendarSourcePosition {
  readonly line: number;
  readonly col: number;
}

/** Options of {@link validateCalendar}. */
export interface ValidateCalendarOptions {
  /** File name to put on issues. */
  readonly file?: string;
  /** Finds the source position of a field path, e.g. from the YAML parser. */
  readonly locate?: (path: readonly (string | number)[]) => CalendarSourcePosition | undefined;
}

/** A calendar as YAML text (with the file name used in messages) or as data already read. */
export type CalendarInput =
  | string
  | { readonly text: string; readonly file?: string }
  | { readonly data: unknown; readonly file?: string };

/**
 * Validates a working-day calendar — YAML text, or data already read from YAML or JSON (see
 * `calendarFileSchema` for every rule) — and builds the frozen calendar. Never throws on bad input:
 * YAML syntax errors, forbidden keys (`__proto__`, `constructor`, `prototype`) and every schema problem
 * come back as issues with a `calendar_` code, a field path and, for text, a line and column.
 *
 * @param input - YAML text, `{ text, file }`, or `{ data }` (e.g. `JSON.parse` of a calendar file)
 * @param options - `file` name and `locate` for positions of data
 * @returns `{ ok: true, value: calendar }` or `{ ok: false, issues }`
 * @example
 * const result = validateCalendar({ text: readFileSync('my-calendar.yaml', 'utf8'), file: 'my-calendar.yaml' });
 * if (result.ok) isWorkingDay(result.value, '2024-02-04'); // true: a Sunday worked for the Spring Festival
 * else console.error(result.issues.map(formatIssue).join('\n'));
 */
export function validateCalendar(
  input: CalendarInput,
  options: ValidateCalendarOptions = {},
): ValidationResult<WorkingCalendar> {
  if (typeof input === 'string') return validateCalendarText(input, options);
  if (typeof input === 'object' && input !== null && 'text' in input) {
    return validateCalendarText(input.text, { ...options, ...(input.file !== undefined ? { file: input.file } : {}) });
  }
  if (typeof input === 'object' && input !== null && 'data' in input) {
    return validateCalendarData(input.data, { ...options, ...(input.file !== undefined ? { file: input.file } : {}) });
  }
  return invalid([
    placeIssue(calendarIssue('calendar_not_text', [], { type: input === null ? 'null' : typeof input }), options),
  ]);
}

/**
 * Like {@link validateCalendar}, but returns the calendar or throws.
 *
 * @throws {CalendarError} `calendar_invalid`, carrying every issue
 * @example
 * const calendar = parseCalendar(readFileSync('policies/calendars/cn-mainland.yaml', 'utf8'));
 */
export function parseCalendar(input: CalendarInput, options: ValidateCalendarOptions = {}): WorkingCalendar {
  const r = validateCalendar(input, options);
  if (r.ok) return r.value;
  throw new CalendarError('calendar_invalid', `The calendar is invalid (${r.issues.length} issue(s))`, r.issues);
}

function validateCalendarData(value: unknown, options: ValidateCalendarOptions): ValidationResult<WorkingCalendar> {
  let issues: Issue[];
  try {
    const parsed = calendarFileSchema.safeParse(value, { reportInput: true });
    if (parsed.success) return validated(buildCalendar(parsed.data));
    issues = toCalendarIssues(parsed.error.issues);
  } catch (err) {
    // Exotic input (throwing getters, proxies) must still give a result, not an exception.
    issues = [calendarIssue('calendar_unreadable', [], { error: err instanceof Error ? err.message : String(err) })];
  }
  return invalid(Object.freeze(issues.map((issue) => placeIssue(issue, options))));
}

function validateCalendarText(text: string, options: ValidateCalendarOptions): ValidationResult<WorkingCalendar> {
  const file = options.file;
  const withFile = (issue: Issue): Issue => Object.freeze(file !== undefined ? { ...issue, file } : issue);
  try {
    const parsed = parseYaml(text, file);
    if (parsed.issues.length > 0 || parsed.value === undefined) {
      const issues = parsed.issues.map((issue) =>
        withFile(issue.code.startsWith('calendar_') ? issue : { ...issue, code: `calendar_${issue.code}` }),
      );
      return invalid(issues.length ? issues : [withFile(calendarIssue('calendar_unreadable', []))]);
    }
    return validateCalendarData(parsed.value, { ...(file !== undefined ? { file } : {}), locate: parsed.locate });
  } catch (err) {
    return invalid([
      withFile(calendarIssue('calendar_unreadable', [], { error: err instanceof Error ? err.message : String(err) })),
    ]);
  }
}

/** Our own refinements carry `params.code`; zod's built-in issues go through the shared converter. */
function toCalendarIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const params =
      issue.code === 'custom'
        ? (issue.params as { code?: string; args?: Record<string, unknown> } | undefined)
        : undefined;
    if (isCalendarIssueCode(params?.code)) {
      const input = (issue as { input?: unknown }).input;
      const code = params.code;
      const args =
        params.args ?? (code === 'calendar_bad_timezone' ? { timeZone: input } : { value: input, expected: 'day' });
      out.push(
        calendarIssue(
          code,
          issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          args,
        ),
      );
    } else {
      out.push(...fromZodIssues([issue], CALENDAR_DOCUMENT));
    }
  }
  return out;
}

function placeIssue(issue: Issue, options: ValidateCalendarOptions): Issue {
  const pos = options.locate?.(issue.path);
  return Object.freeze({
    ...issue,
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(pos ? { line: pos.line, col: pos.col } : {}),
  });
}
