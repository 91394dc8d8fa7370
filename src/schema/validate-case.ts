import { copyPlainData } from '../_lib/index.js';
import { InputError, invalid, validated, type ValidationResult } from '../errors/index.js';
import { caseSchema, type CaseParsed } from './case.js';
import { CASE_DOCUMENT } from './document-messages.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Validates a case (a procedure id and its events) and returns a private, typed copy, or every problem with
 * its path at once: an event time without an offset, unknown fields, prototype keys. Whether the events fit
 * the procedure is checked by `computeCaseDeadlines`, which knows the pack.
 *
 * @param input - the case as plain data
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * validateCase({ procedure: 'dibao-review', events: [{ type: 'accepted', at: '2024-09-27 10:00' }] }).ok; // false: no offset
 */
export function validateCase(input: unknown): ValidationResult<CaseParsed> {
  const copied = copyPlainData(input, 'case');
  const r = caseSchema.safeParse(copied.value, { reportInput: true });
  const issues = [...copied.issues, ...(r.success ? [] : fromZodIssues(r.error.issues, CASE_DOCUMENT))];
  if (issues.length || !r.success) return invalid(issues);
  return validated(r.data);
}

/**
 * Like {@link validateCase}, but throws.
 *
 * @throws {InputError} `case_invalid`, carrying every issue
 * @example
 * parseCase({ procedure: 'dibao-review', events: [] }).events; // []
 */
export function parseCase(input: unknown): CaseParsed {
  const r = validateCase(input);
  if (!r.ok) throw new InputError('case_invalid', `Case is invalid (${r.issues.length} issue(s))`, r.issues);
  return r.value;
}
