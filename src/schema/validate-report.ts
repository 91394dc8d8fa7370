import { copyPlainData } from '../_lib/index.js';
import { InputError, invalid, validated, type ValidationResult } from '../errors/index.js';
import { reportSchema, type Report, type ReportParsed } from './report.js';
import { REPORT_DOCUMENT } from './document-messages.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Result of {@link validateReport}: the parsed report, or every problem with its path.
 *
 * @example
 * const r: ValidateReportResult = validateReport({ receivedAt: '2024-09-30T17:30:00+08:00' });
 * if (r.ok) r.value.receivedAt; // '2024-09-30T17:30:00+08:00'
 */
export type ValidateReportResult = ValidationResult<ReportParsed>;

/**
 * Validates a report (from a hotline form, an app, a data match) and returns a private, typed copy, or
 * every problem with its path at once. A timestamp without an offset, an unknown channel or situation, a
 * count below 1, unknown fields and prototype keys (`__proto__`, `constructor`) are errors; the nested
 * household is checked as `validateHousehold` does.
 *
 * @param input - the report as plain data
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * const r = validateReport({ receivedAt: '2024-09-30T17:30:00', channel: 'fax' });
 * r.ok; // false
 * // r.issues: report_missing_offset at ['receivedAt'], report_invalid_value at ['channel']
 */
export function validateReport(input: unknown): ValidateReportResult {
  const copied = copyPlainData(input, 'report');
  // Prototype keys are dropped from the copy, so the schema could not see them: report them and the rest together.
  const r = reportSchema.safeParse(copied.value, { reportInput: true });
  const issues = [...copied.issues, ...(r.success ? [] : fromZodIssues(r.error.issues, REPORT_DOCUMENT))];
  if (issues.length || !r.success) return invalid(issues);
  return validated(r.data);
}

/**
 * Like {@link validateReport}, but throws.
 *
 * @param input - the report as plain data
 * @returns the parsed report (a copy; the input is never modified)
 * @throws {InputError} `report_invalid`, carrying every issue
 * @example
 * parseReport({ receivedAt: '2024-09-30T17:30:00+08:00', channel: 'hotline', lifeAtRisk: true }).channel; // 'hotline'
 */
export function parseReport(input: Report | unknown): ReportParsed {
  const r = validateReport(input);
  if (!r.ok) throw new InputError('report_invalid', `Report is invalid (${r.issues.length} issue(s))`, r.issues);
  return r.value;
}
