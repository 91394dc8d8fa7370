import type { Numeric } from './exact.js';
import { bigIntOf, formatExactFraction } from './exact-decimal.js';

/**
 * n/d (in units of 1/scale) as decimal text: 2 decimals half-up for money (scale 100, fen), else the
 * integer or up to 4 decimals. Integer arithmetic while it is exact; BigInt beyond. Display rounding
 * never feeds back into a comparison (those are exact).
 *
 * @example
 * formatFraction(348_000, 3, 100); // '1160.00'
 * formatFraction(3, 2, 1);         // '1.5'
 */
export function formatFraction(n: number, d: number, scale: number): string {
  const places = scale === 100 ? 2 : 4;
  const unit = scale === 100 ? 1 : 10_000; // money: count in fen; others: in 1/10000
  const abs = Math.abs(n) * unit;
  if (!Number.isSafeInteger(abs) || !Number.isSafeInteger(d)) {
    return formatExactFraction(bigIntOf(n), bigIntOf(d), scale);
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

/** An exact number as decimal text at a scale (money: fen → yuan with 2 decimals). */
export function formatNumeric(value: Numeric, scale: number): string {
  return typeof value === 'number' ? formatFraction(value, 1, scale) : formatFraction(value.n, value.d, scale);
}

/**
 * `right − left` of two exact numbers, formatted at the scale, with its exact sign: the margin of a
 * threshold test ("26.67 yuan below the limit").
 *
 * @example
 * formatDifference({ n: 340_000, d: 3 }, 116_000, 100); // { text: '26.67', sign: 1 }
 */
export function formatDifference(left: Numeric, right: Numeric, scale: number): { text: string; sign: -1 | 0 | 1 } {
  const a = typeof left === 'number' ? { n: left, d: 1 } : left;
  const b = typeof right === 'number' ? { n: right, d: 1 } : right;
  const num = b.n * a.d - a.n * b.d;
  const den = a.d * b.d;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) {
    const exactNum = bigIntOf(b.n) * bigIntOf(a.d) - bigIntOf(a.n) * bigIntOf(b.d);
    return {
      text: formatExactFraction(exactNum, bigIntOf(a.d) * bigIntOf(b.d), scale),
      sign: exactNum === 0n ? 0 : exactNum < 0n ? -1 : 1,
    };
  }
  return { text: formatFraction(num, den, scale), sign: num === 0 ? 0 : num < 0 ? -1 : 1 };
}
