import type { z } from 'zod';
import type { Issue } from '../errors/index.js';
import { fromZodIssues } from '../schema/index.js';
import { buildCalendar } from './_lib/buildCalendar.js';
import { calendarIssue } from './_lib/messages.js';
import { calendarFileSchema } from '../schema/index.js';
import type { ParseCalendarResult } from './types.js';

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

/**
 * Validates calendar data already read from YAML or JSON (see `calendarFileSchema` for every rule) and
 * builds the frozen calendar. Never throws on bad data: problems come back as issues with codes prefixed
 * `calendar_`, a field path, and a line when `locate` is given.
 *
 * @param value - plain data, e.g. `JSON.parse` of a calendar file
 * @param options - `file` name and `locate` for positions
 * @returns `{ ok: true, calendar }` or `{ ok: false, issues }`
 * @example
 * const result = validateCalendar({
 *   id: 'demo', name: { zh: '示例', en: 'Demo' }, timezone: 'Asia/Shanghai', weekend: ['saturday', 'sunday'],
 *   years: { 2024: { source: { title: 'Notice', issuer: 'State Council', date: '2023-10-25', verified: true },
 *     holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, from: '2024-01-01', to: '2024-01-01' }] } },
 * });
 * if (result.ok) isWorkingDay(result.calendar, '2024-01-01'); // false
 */
export function validateCalendar(value: unknown, options: ValidateCalendarOptions = {}): ParseCalendarResult {
  let issues: Issue[];
  try {
    const parsed = calendarFileSchema.safeParse(value, { reportInput: true });
    if (parsed.success) return { ok: true, calendar: buildCalendar(parsed.data) };
    issues = toCalendarIssues(parsed.error.issues);
  } catch (err) {
    // Exotic input (throwing getters, proxies) must still give a result, not an exception.
    issues = [calendarIssue('calendar_unreadable', { error: err instanceof Error ? err.message : String(err) })];
  }
  return { ok: false, issues: Object.freeze(issues.map((issue) => placeIssue(issue, options))) };
}

/** Our own refinements carry `params.code`; zod's built-in issues go through the shared converter. */
function toCalendarIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const params =
      issue.code === 'custom'
        ? (issue.params as { code?: string; args?: Record<string, unknown> } | undefined)
        : undefined;
    if (params?.code) {
      const input = (issue as { input?: unknown }).input;
      const args =
        params.args ??
        (params.code === 'calendar_bad_timezone' ? { timeZone: input } : { value: input, expected: 'day' });
      out.push(
        calendarIssue(
          params.code,
          args,
          issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        ),
      );
    } else {
      out.push(...fromZodIssues([issue], 'calendar'));
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
