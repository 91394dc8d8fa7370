import { Decimal } from 'decimal.js';
import { parseDecimalLiteral, type RuleValue } from '../rules/index.js';
import type { ResolvedParameter } from '../pack/resolve.js';
import { scaleOfUnit } from '../pack/symbols.js';

/** A rule value as people read it: money in yuan with 2 decimals, counts as integers, ratios exact to 4 places. */
export type DisplayValue = string | boolean | readonly string[] | null;

/**
 * Formats a rule value for reasons and decision facts. Display rounding is half-up to the fen; it never
 * feeds back into a comparison (those are exact).
 */
export function formatRuleValue(value: RuleValue, scale: number): DisplayValue {
  if (value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value as readonly string[];
  const { n, d } = typeof value === 'number' ? { n: value, d: 1 } : (value as { n: number; d: number });
  return formatFraction(n, d, scale);
}

/**
 * n/d (in units of 1/scale) as decimal text: 2 decimals half-up for money (scale 100), else the integer
 * or up to 4 decimals. Integer arithmetic while it is exact; decimal.js beyond.
 */
export function formatFraction(n: number, d: number, scale: number): string {
  const places = scale === 100 ? 2 : 4;
  const unit = scale === 100 ? 1 : 10_000; // money: count in fen; others: in 1/10000
  const abs = Math.abs(n) * unit;
  if (!Number.isSafeInteger(abs) || !Number.isSafeInteger(d)) {
    const exact = new Decimal(n).div(d).div(scale);
    return scale === 100
      ? exact.toFixed(2, Decimal.ROUND_HALF_UP)
      : exact.isInteger()
        ? exact.toFixed(0)
        : exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString();
  }
  let q = Math.floor(abs / d);
  if (2 * (abs - q * d) >= d) q += 1; // half-up, away from zero
  const sign = n < 0 && q !== 0 ? '-' : '';
  if (scale === 100) return `${sign}${Math.floor(q / 100)}.${String(q % 100).padStart(2, '0')}`;
  const whole = Math.floor(q / unit);
  const frac = q % unit;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(places, '0').replace(/0+$/, '')}`;
}

/** right − left of two exact numbers, formatted like the fact, with its exact sign (undefined when not numeric). */
export function formatDifference(
  left: RuleValue,
  right: RuleValue,
  scale: number,
): { text: string; sign: -1 | 0 | 1 } | undefined {
  const a = asFraction(left);
  const b = asFraction(right);
  if (!a || !b) return undefined;
  const num = b.n * a.d - a.n * b.d;
  const den = a.d * b.d;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) {
    const exact = new Decimal(b.n).div(b.d).minus(new Decimal(a.n).div(a.d));
    return {
      text: formatFraction(exact.times(1e6).round().toNumber(), 1e6, scale),
      sign: exact.isZero() ? 0 : exact.isNegative() ? -1 : 1,
    };
  }
  return { text: formatFraction(num, den, scale), sign: num === 0 ? 0 : num < 0 ? -1 : 1 };
}

function asFraction(v: RuleValue): { n: number; d: number } | undefined {
  if (typeof v === 'number') return { n: v, d: 1 };
  if (v && typeof v === 'object' && !Array.isArray(v) && 'n' in v) return v as { n: number; d: number };
  return undefined;
}

/** What a keyed parameter value is picked by: the household's zone (from its district) and hukou type. */
export interface ValueKeys {
  readonly zone?: string | undefined;
  readonly hukou?: string | undefined;
}

/** The value of a resolved parameter for a household, as an exact rule value (money in fen). */
export function parameterRuleValue(p: ResolvedParameter | undefined, keys: ValueKeys): RuleValue {
  const text = parameterText(p, keys);
  if (text === undefined) return undefined;
  const r = parseDecimalLiteral(text, scaleOfUnit(p!.unit));
  return r.ok ? r.value : undefined;
}

/** The decimal text of a resolved parameter for a household; undefined when unknown, or when its key (zone, hukou) is. */
export function parameterText(p: ResolvedParameter | undefined, keys: ValueKeys): string | undefined {
  if (!p || p.value === undefined) return undefined;
  if (typeof p.value === 'string') return p.value;
  const key = p.by === 'hukou' ? keys.hukou : keys.zone;
  return key === undefined ? undefined : p.value[key];
}
