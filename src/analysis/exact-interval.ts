import type { Numeric } from '../rules/index.js';
import { compareNumeric, createRatio } from '../money/index.js';

/**
 * Exact intervals of one numeric fact: a low and a high bound (each open or closed), points excluded by
 * `notEqual`, and the fact's domain (integers from 0 for counts and ages). Every comparison goes through
 * {@link compareNumeric}; sums and midpoints through BigInt: no float ever decides emptiness.
 */

/**
 * The values a numeric fact can take: integers only (counts, years) and an optional least value.
 *
 * @example
 * const age: NumericDomain = { integer: true, min: 0 };
 */
export interface NumericDomain {
  readonly integer: boolean;
  readonly min?: Numeric;
}

/**
 * One end of an interval.
 *
 * @example
 * const belowStandard: Bound = { value: 116_000, open: true }; // x < 1160.00 yuan
 */
export interface Bound {
  readonly value: Numeric;
  readonly open: boolean;
}

/**
 * A set of numbers: `low ≤ x ≤ high` (ends open or closed, absent = unbounded) within a domain, minus
 * finitely many `excluded` points.
 *
 * @example
 * const iv: ExactInterval = { domain: { integer: true, min: 0 }, low: { value: 0, open: false }, high: { value: 16, open: true }, excluded: [] };
 */
export interface ExactInterval {
  readonly domain: NumericDomain;
  readonly low?: Bound;
  readonly high?: Bound;
  readonly excluded: readonly Numeric[];
}

/**
 * The whole domain as an interval.
 *
 * @example
 * createInterval({ integer: true, min: 0 }); // { low: { value: 0, open: false }, excluded: [] , … }
 */
export function createInterval(domain: NumericDomain): ExactInterval {
  return domain.min === undefined
    ? { domain, excluded: [] }
    : { domain, low: { value: domain.min, open: false }, excluded: [] };
}

/**
 * Intersects with `x > value` (open) or `x ≥ value` (closed).
 *
 * @example
 * raiseLow(createInterval({ integer: false }), { value: 60, open: false }).low; // { value: 60, open: false }
 */
export function raiseLow(iv: ExactInterval, bound: Bound): ExactInterval {
  return { ...iv, low: tighter(iv.low, bound, 1) };
}

/**
 * Intersects with `x < value` (open) or `x ≤ value` (closed).
 *
 * @example
 * lowerHigh(createInterval({ integer: false }), { value: 16, open: true }).high; // { value: 16, open: true }
 */
export function lowerHigh(iv: ExactInterval, bound: Bound): ExactInterval {
  return { ...iv, high: tighter(iv.high, bound, -1) };
}

/**
 * Removes one point (`x ≠ value`).
 *
 * @example
 * excludeValue(createInterval({ integer: true }), 0).excluded; // [0]
 */
export function excludeValue(iv: ExactInterval, value: Numeric): ExactInterval {
  return isExcluded(iv, value) ? iv : { ...iv, excluded: [...iv.excluded, value] };
}

/**
 * Intersects two intervals of the same fact.
 *
 * @example
 * const both = intersectIntervals(atLeast60, below16); // empty: isIntervalEmpty(both) === true
 */
export function intersectIntervals(a: ExactInterval, b: ExactInterval): ExactInterval {
  let out = a;
  if (b.low) out = raiseLow(out, b.low);
  if (b.high) out = lowerHigh(out, b.high);
  for (const x of b.excluded) out = excludeValue(out, x);
  return out;
}

/**
 * Whether no value of the domain lies in the interval.
 *
 * @example
 * isIntervalEmpty({ domain: { integer: true }, low: { value: 59, open: true }, high: { value: 60, open: true }, excluded: [] }); // true
 */
export function isIntervalEmpty(iv: ExactInterval): boolean {
  if (iv.domain.integer) {
    const { from, to } = integerEnds(iv);
    if (from === undefined || to === undefined) return false;
    if (from > to) return true;
    // Finitely many integers: empty when every one of them is excluded.
    if (to - from + 1 > iv.excluded.length) return false;
    for (let k = from; k <= to; k++) if (!isExcluded(iv, k)) return false;
    return true;
  }
  if (!iv.low || !iv.high) return false;
  const c = compareNumeric(iv.low.value, iv.high.value);
  if (c > 0) return true;
  if (c < 0) return false;
  return iv.low.open || iv.high.open || isExcluded(iv, iv.low.value);
}

/**
 * A value inside a non-empty interval (a closed end when there is one, else a midpoint or a nearby
 * integer), or `undefined` when none is found with safe integers.
 *
 * @example
 * pickInInterval({ domain: { integer: false }, low: { value: 116_000, open: false }, high: { value: 174_000, open: true }, excluded: [] }); // 116000
 */
export function pickInInterval(iv: ExactInterval): Numeric | undefined {
  const tries = iv.excluded.length + 1;
  const firstFree = (start: number, step: 1 | -1, stop?: number): Numeric | undefined => {
    for (let k = 0, x = start; k <= tries && Number.isSafeInteger(x); k++, x += step) {
      if (stop !== undefined && (step > 0 ? x > stop : x < stop)) return undefined;
      if (!isExcluded(iv, x)) return x;
    }
    return undefined;
  };
  if (iv.domain.integer) {
    const { from, to } = integerEnds(iv);
    if (from !== undefined) return firstFree(from, 1, to);
    if (to !== undefined) return firstFree(to, -1);
    return firstFree(0, 1);
  }
  const { low, high } = iv;
  if (low && !low.open && !isExcluded(iv, low.value) && (!high || isInside(iv, low.value))) return low.value;
  if (high && !high.open && !isExcluded(iv, high.value) && (!low || isInside(iv, high.value))) return high.value;
  if (low && high) {
    let a = low.value;
    for (let k = 0; k <= tries; k++) {
      const m = midpoint(a, high.value);
      if (m === undefined) return undefined;
      if (!isExcluded(iv, m)) return m;
      a = m;
    }
    return undefined;
  }
  if (low) return firstFree(floorOf(low.value) + 1, 1);
  if (high) return firstFree(ceilOf(high.value) - 1, -1);
  return firstFree(0, 1);
}

/**
 * Whether a value lies in the interval (domain, bounds and exclusions).
 *
 * @example
 * containsValue(belowSixteen, 15); // true
 */
export function containsValue(iv: ExactInterval, value: Numeric): boolean {
  if (iv.domain.integer && typeof value !== 'number' && value.n % value.d !== 0) return false;
  return isInside(iv, value) && !isExcluded(iv, value);
}

/**
 * The largest integer ≤ x, exactly.
 *
 * @example
 * floorOf({ n: -7, d: 2 }); // -4
 */
export function floorOf(x: Numeric): number {
  if (typeof x === 'number') return x;
  const n = BigInt(x.n);
  const d = BigInt(x.d);
  let q = n / d;
  if (n % d !== 0n && n < 0n) q -= 1n;
  return Number(q);
}

/**
 * The smallest integer ≥ x, exactly.
 *
 * @example
 * ceilOf({ n: 7, d: 2 }); // 4
 */
export function ceilOf(x: Numeric): number {
  return -floorOf(negate(x));
}

/**
 * `a + b` exactly, or `undefined` when the reduced result leaves the safe-integer range.
 *
 * @example
 * addNumeric(116_000, { n: 1, d: 2 }); // { n: 232001, d: 2 }
 */
export function addNumeric(a: Numeric, b: Numeric): Numeric | undefined {
  const [an, ad] = parts(a);
  const [bn, bd] = parts(b);
  return reduce(an * bd + bn * ad, ad * bd);
}

function midpoint(a: Numeric, b: Numeric): Numeric | undefined {
  const [an, ad] = parts(a);
  const [bn, bd] = parts(b);
  return reduce(an * bd + bn * ad, 2n * ad * bd);
}

function parts(x: Numeric): [bigint, bigint] {
  return typeof x === 'number' ? [BigInt(x), 1n] : [BigInt(x.n), BigInt(x.d)];
}

function reduce(n: bigint, d: bigint): Numeric | undefined {
  let a = n < 0n ? -n : n;
  let b = d;
  while (b !== 0n) [a, b] = [b, a % b];
  const g = a === 0n ? 1n : a;
  const rn = n / g;
  const rd = d / g;
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  if (rn > max || rn < -max || rd > max) return undefined;
  return createRatio(Number(rn) + 0, Number(rd));
}

function negate(x: Numeric): Numeric {
  return typeof x === 'number' ? -x + 0 : { n: -x.n + 0, d: x.d };
}

function tighter(current: Bound | undefined, next: Bound, direction: 1 | -1): Bound {
  if (!current) return next;
  const c = compareNumeric(next.value, current.value) * direction;
  if (c > 0) return next;
  if (c < 0) return current;
  return current.open || !next.open ? current : next;
}

function isExcluded(iv: ExactInterval, value: Numeric): boolean {
  return iv.excluded.some((x) => compareNumeric(x, value) === 0);
}

function isInside(iv: ExactInterval, value: Numeric): boolean {
  if (iv.low) {
    const c = compareNumeric(value, iv.low.value);
    if (c < 0 || (c === 0 && iv.low.open)) return false;
  }
  if (iv.high) {
    const c = compareNumeric(value, iv.high.value);
    if (c > 0 || (c === 0 && iv.high.open)) return false;
  }
  return true;
}

/** The least and greatest integers inside the bounds (undefined = unbounded). */
function integerEnds(iv: ExactInterval): { from: number | undefined; to: number | undefined } {
  const from = iv.low === undefined ? undefined : iv.low.open ? floorOf(iv.low.value) + 1 : ceilOf(iv.low.value);
  const to = iv.high === undefined ? undefined : iv.high.open ? ceilOf(iv.high.value) - 1 : floorOf(iv.high.value);
  return { from, to };
}
