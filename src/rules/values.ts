import type { FactType, Numeric, Ratio, RuleValue } from './types.js';

/**
 * Exact arithmetic on the rule value model.
 *
 * Comparison is by cross-multiplication: `a.n / a.d < b.n / b.d` ⇔ `a.n · b.d < b.n · a.d` (d > 0).
 * Both products are computed in doubles and are exact while |product| ≤ 2^53 − 1; that holds for any
 * realistic figure (a total of 10^12 fen over a household of 10^3 people is 10^15). When a product does
 * leave the safe range we fall back to BigInt, so the result is exact for every valid input; the
 * fallback allocates, but never happens on realistic data.
 */

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Compares two exact numbers: -1, 0 or 1.
 *
 * @example
 * compareNumeric({ n: 348_000, d: 3 }, 116_000); // 0
 * compareNumeric({ n: 347_999, d: 3 }, 116_000); // -1
 */
export function compareNumeric(a: Numeric, b: Numeric): -1 | 0 | 1 {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    return crossCompare(a, 1, b.n, b.d);
  }
  if (typeof b === 'number') return crossCompare(a.n, a.d, b, 1);
  return crossCompare(a.n, a.d, b.n, b.d);
}

function crossCompare(an: number, ad: number, bn: number, bd: number): -1 | 0 | 1 {
  const l = an * bd;
  const r = bn * ad;
  // Rounding is monotonic and 2^53 is representable, so an inexact product always lands outside ±MAX.
  if (l <= MAX && l >= -MAX && r <= MAX && r >= -MAX) return l < r ? -1 : l > r ? 1 : 0;
  const bl = BigInt(an) * BigInt(bd);
  const br = BigInt(bn) * BigInt(ad);
  return bl < br ? -1 : bl > br ? 1 : 0;
}

/**
 * Builds an exact fraction; returns a plain integer when `d` is 1. Throws RangeError on non-integers,
 * unsafe integers or `d ≤ 0` (a programming error, not bad pack data).
 *
 * @example
 * createRatio(348_000, 3); // { n: 348000, d: 3 }
 * createRatio(116_000, 1); // 116000
 */
export function createRatio(n: number, d: number): Numeric {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) {
    throw new RangeError(`createRatio: need safe integers with d > 0, got ${n}/${d}`);
  }
  return d === 1 ? n : { n, d };
}

/**
 * Whether a value is a valid exact number: a safe integer or a {@link Ratio} with safe integer `n` and
 * positive safe integer `d`.
 *
 * @example
 * isNumeric({ n: 3, d: 2 }); // true
 * isNumeric(1.5); // false — floats are not part of the model
 */
export function isNumeric(value: unknown): value is Numeric {
  if (typeof value === 'number') return Number.isSafeInteger(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const r = value as Partial<Ratio>;
  return Number.isSafeInteger(r.n) && Number.isSafeInteger(r.d) && (r.d as number) > 0;
}

/**
 * Whether `value` is a valid known value of the declared type (`undefined` — unknown — is also accepted).
 * The hot path does not validate; use this where env values come from outside.
 *
 * @example
 * isRuleValueOf('string[]', ['dibao']); // true
 * isRuleValueOf('number', 0.1); // false
 */
export function isRuleValueOf(type: FactType, value: unknown): value is RuleValue {
  if (value === undefined) return true;
  switch (type) {
    case 'number':
      return isNumeric(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}
