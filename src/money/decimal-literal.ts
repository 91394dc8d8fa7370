import type { Numeric } from './exact.js';

/**
 * Reading numeric literals written in rules.
 *
 * A literal is a plain decimal — a JSON/YAML number or a string like `"1160.00"` — written in the fact's
 * literal unit (yuan for money). It is multiplied by the fact's `scale` (100 for money in fen) and kept
 * exact: `"1160"` at scale 100 is `116000`; `"1.5"` at scale 1 is `{ n: 3, d: 2 }` (reduced; a plain
 * integer when the denominator is 1).
 *
 * JSON numbers are read through their shortest round-trip text (`String(1.5)` = `"1.5"`), which is what
 * the author wrote for any number with ≤ 15 significant digits. Exponent forms, NaN/Infinity and values
 * whose scaled numerator is not a safe integer are rejected rather than rounded.
 */

/**
 * Why a literal was rejected.
 *
 * @example
 * const p: LiteralProblem = 'out_of_range';
 */
export type LiteralProblem = 'not_decimal' | 'not_finite' | 'out_of_range';

/**
 * The outcome of {@link parseDecimalLiteral}.
 *
 * @example
 * const r: LiteralResult = { ok: true, value: 116_000 };
 */
export type LiteralResult =
  | { readonly ok: true; readonly value: Numeric }
  | { readonly ok: false; readonly problem: LiteralProblem };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Converts a decimal literal to an exact runtime number, multiplying by `scale`.
 *
 * @example
 * parseDecimalLiteral('1160.00', 100); // { ok: true, value: 116000 }
 * parseDecimalLiteral('1.5');          // { ok: true, value: { n: 3, d: 2 } }
 * parseDecimalLiteral(1e21);           // { ok: false, problem: 'not_decimal' }
 */
export function parseDecimalLiteral(input: number | string, scale = 1): LiteralResult {
  if (typeof input === 'number' && !Number.isFinite(input)) return { ok: false, problem: 'not_finite' };
  const text = typeof input === 'number' ? String(input) : input;
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, problem: 'not_decimal' };
  const frac = m[3] ?? '';
  if (m[2]!.length + frac.length > 40) return { ok: false, problem: 'out_of_range' };
  let n = BigInt(m[2]! + frac) * BigInt(scale);
  let d = 10n ** BigInt(frac.length);
  const g = gcd(n, d);
  n /= g;
  d /= g;
  if (n > MAX || d > MAX) return { ok: false, problem: 'out_of_range' };
  const num = Number(n) * (m[1] === '-' ? -1 : 1);
  // Normalise -0 to 0 so that equality and traces are plain.
  const value = d === 1n ? num + 0 : { n: num + 0, d: Number(d) };
  return { ok: true, value };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
