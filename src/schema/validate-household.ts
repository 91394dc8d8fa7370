import { InputError, invalid, validated, type ValidationResult } from '../errors/index.js';
import { householdSchema, type Household, type HouseholdParsed } from './household.js';
import { HOUSEHOLD_DOCUMENT } from './document-messages.js';
import { fromZodIssues } from './zod-issues.js';
import { copyValidHouseholdFast } from './household-fast-check.js';

/**
 * Validates a household (from JSON, a form, a database row) and returns a private, typed, plain copy of
 * exactly what was checked (getters read once, inherited fields not taken), or every problem with its path. Negative, NaN or over-precise money, unknown fields and prototype keys are errors.
 *
 * @example
 * const r = validateHousehold({ members: [{ birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '-5' }] }] });
 * r.ok; // false; r.issues[0].path -> ['members', 0, 'incomes', 0, 'monthly']
 */
export function validateHousehold(input: unknown): ValidationResult<HouseholdParsed> {
  // Most households are valid: a hand-written check that accepts exactly what the schema accepts lets them
  // skip zod (about a fifth of a screening run). Either way the value returned is a copy of what was checked,
  // each field read once: neither a getter nor a later change by the caller alters what is decided.
  const copy = copyValidHouseholdFast(input);
  if (copy) return validated(copy);
  // The strict schema has no open-ended field, so it reads a bounded depth, rejects unknown (and
  // prototype) keys and non-plain values, and says what is wrong with every path.
  const r = householdSchema.safeParse(input, { reportInput: true });
  if (!r.success) return invalid(fromZodIssues(r.error.issues, HOUSEHOLD_DOCUMENT));
  return validated(r.data);
}

/**
 * Like {@link validateHousehold}, but throws.
 *
 * @throws {InputError} `household_invalid` carrying every issue.
 */
export function parseHousehold(input: Household | unknown): HouseholdParsed {
  const r = validateHousehold(input);
  if (!r.ok) throw new InputError('household_invalid', `Household is invalid (${r.issues.length} issue(s))`, r.issues);
  return r.value;
}
