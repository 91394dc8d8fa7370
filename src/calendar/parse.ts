import type { Issue } from '../errors/index.js';
import { parseYaml } from '../_lib/index.js';
import { calendarIssue } from './_lib/messages.js';
import type { ParseCalendarResult } from './types.js';
import { validateCalendar } from './validateCalendar.js';

/** Options of {@link parseCalendar}. */
export interface ParseCalendarOptions {
  /** File name to put on issues, e.g. `policies/calendars/cn-mainland.yaml`. */
  readonly file?: string;
}

/**
 * Parses and validates a working-day calendar written in YAML. Any input gives a result, never an exception:
 * YAML syntax errors, forbidden keys (`__proto__`, `constructor`, `prototype`) and every schema problem come
 * back as issues with a `calendar_` code, a field path and a line/column.
 * YAML problems keep the shared parser's code behind the prefix (`calendar_yaml_syntax`,
 * `calendar_yaml_forbidden_key`, `calendar_yaml_duplicate_key`, …).
 *
 * @param text - the YAML text of a calendar file
 * @param options - `file` name for issues
 * @returns `{ ok: true, calendar }` or `{ ok: false, issues }`
 * @example
 * const result = parseCalendar(readFileSync('policies/calendars/cn-mainland.yaml', 'utf8'));
 * if (!result.ok) console.error(result.issues.map(formatIssue).join('\n'));
 * else isWorkingDay(result.calendar, '2024-02-04'); // true: a Sunday worked for the Spring Festival
 */
export function parseCalendar(text: string, options: ParseCalendarOptions = {}): ParseCalendarResult {
  const file = options.file;
  const withFile = (issue: Issue): Issue => Object.freeze(file !== undefined ? { ...issue, file } : issue);
  if (typeof text !== 'string') {
    return {
      ok: false,
      issues: [withFile(calendarIssue('calendar_not_text', { type: text === null ? 'null' : typeof text }))],
    };
  }
  try {
    const parsed = parseYaml(text, file);
    if (parsed.issues.length > 0 || parsed.value === undefined) {
      const issues = parsed.issues.map((issue) =>
        withFile(issue.code.startsWith('calendar_') ? issue : { ...issue, code: `calendar_${issue.code}` }),
      );
      return { ok: false, issues: issues.length ? issues : [withFile(calendarIssue('calendar_unreadable', {}))] };
    }
    return validateCalendar(parsed.value, { ...(file !== undefined ? { file } : {}), locate: parsed.locate });
  } catch (err) {
    return {
      ok: false,
      issues: [
        withFile(calendarIssue('calendar_unreadable', { error: err instanceof Error ? err.message : String(err) })),
      ],
    };
  }
}
