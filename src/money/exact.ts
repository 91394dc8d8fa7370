/**
 * An exact fraction `n / d`: `n` a safe integer, `d` a positive safe integer. Not necessarily reduced.
 *
 * @example
 * const incomePerPerson: Ratio = { n: 348_000, d: 3 }; // 348 000 fen over 3 people = 1160.00 yuan
 */
export interface Ratio {
  readonly n: number;
  readonly d: number;
}

/**
 * An exact number: a safe integer or an exact {@link Ratio}. Money is held in integer fen.
 *
 * @example
 * const age: Numeric = 61;
 * const multiplier: Numeric = { n: 3, d: 2 }; // 1.5
 */
export type Numeric = number | Ratio;

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
 * Whether two exact numbers lie within `limit` of each other: `|right − left| ≤ limit`, decided exactly
 * (cross-multiplied; BigInt when a product leaves the safe range). The near-threshold test.
 *
 * @example
 * isWithin({ n: 348_021, d: 3 }, 116_000, 7); // true: 7 fen apart
 * isWithin({ n: 348_022, d: 3 }, 116_000, 7); // false: 7⅓ fen
 */
export function isWithin(left: Numeric, right: Numeric, limit: Numeric): boolean {
  const [an, ad] = typeof left === 'number' ? [left, 1] : [left.n, left.d];
  const [bn, bd] = typeof right === 'number' ? [right, 1] : [right.n, right.d];
  const [ln, ld] = typeof limit === 'number' ? [limit, 1] : [limit.n, limit.d];
  // |bn·ad − an·bd| / (ad·bd) ≤ ln / ld  ⇔  |bn·ad − an·bd| · ld ≤ ln · ad · bd
  const p1 = bn * ad;
  const p2 = an * bd;
  const q = ad * bd;
  if (Number.isSafeInteger(p1) && Number.isSafeInteger(p2) && Number.isSafeInteger(q)) {
    const lhs = Math.abs(p1 - p2) * ld;
    const rhs = ln * q;
    if (Number.isSafeInteger(lhs) && Number.isSafeInteger(rhs)) return lhs <= rhs;
  }
  let d = BigInt(bn) * BigInt(ad) - BigInt(an) * BigInt(bd);
  if (d < 0n) d = -d;
  return d * BigInt(ld) <= BigInt(ln) * BigInt(ad) * BigInt(bd);
}
