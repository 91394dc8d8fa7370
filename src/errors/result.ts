import type { Issue } from './issue.js';

/**
 * What every `validateX` returns: the checked value, or every issue found. Warnings never make it fail.
 * Its twin `parseX` returns the value or throws a `SafetynetError` carrying the same issues.
 *
 * @example
 * const r = validateHousehold(json);
 * if (r.ok) evaluate(pack, r.value, { asOf }); else r.issues.forEach((i) => console.error(formatIssue(i)));
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] };

const NONE: readonly Issue[] = Object.freeze([]);

/** A successful {@link ValidationResult}. */
export function validated<T>(value: T, warnings: readonly Issue[] = NONE): ValidationResult<T> {
  return { ok: true, value, warnings };
}

/** A failed {@link ValidationResult}. */
export function invalid<T>(issues: readonly Issue[], warnings: readonly Issue[] = NONE): ValidationResult<T> {
  return { ok: false, issues, warnings };
}
