/**
 * Exact decimal arithmetic on BigInt, for the few places where figures are multiplied, rounded or shown
 * beyond what a safe integer holds: a derived parameter (1.5 × the standard, rounded up to the yuan) and
 * margins of very large amounts. Small enough to keep a decimal library out of a browser bundle.
 */

/** `units / 10^places`, exactly. */
interface ExactDecimal {
  readonly units: bigint;
  readonly places: number;
}

/** How a product is rounded: toward +∞ (`up`), toward −∞ (`down`), or half away from zero. */
export type DecimalRounding = 'up' | 'down' | 'half-up';

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** Decimal text (`"870"`, `"1.5"`, `"-0.25"`, also `String(n)` exponent forms such as `"1e+21"`). */
function parseExact(text: string): ExactDecimal {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) throw new RangeError(`not a decimal: ${JSON.stringify(text)}`);
  const [, sign, whole, frac = '', exp = '0'] = m;
  const shift = Number(exp);
  let units = BigInt(`${sign}${whole}${frac}`);
  let places = frac.length - shift;
  if (places < 0) {
    units *= 10n ** BigInt(-places);
    places = 0;
  }
  return { units, places };
}

/** The quotient num/den rounded to an integer: toward +∞, toward −∞, or half away from zero. */
function divideRounded(num: bigint, den: bigint, mode: DecimalRounding): bigint {
  if (den < 0n) return divideRounded(-num, -den, mode);
  const q = num / den; // truncated toward zero
  const r = num - q * den;
  if (r === 0n) return q;
  if (mode === 'up') return num > 0n ? q + 1n : q;
  if (mode === 'down') return num < 0n ? q - 1n : q;
  const twice = 2n * (r < 0n ? -r : r);
  return twice >= den ? (num < 0n ? q - 1n : q + 1n) : q;
}

/** Plain decimal text without exponent or trailing zeros: `1305`, `1305.75`, `-0.5`. */
function toText(units: bigint, places: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  let text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  if (places) text = text.replace(/\.?0+$/, '');
  digits = text;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

/**
 * `a × b` of two decimal texts, exactly, optionally rounded to `places` decimals; as plain decimal text.
 *
 * @example
 * multiplyDecimalText('1160', '1.5'); // '1740'
 * multiplyDecimalText('1159.5', '1.5', { places: 0, mode: 'up' }); // '1740'
 */
export function multiplyDecimalText(
  a: string,
  b: string,
  round?: { readonly places: number; readonly mode: DecimalRounding },
): string {
  const x = parseExact(a);
  const y = parseExact(b);
  const units = x.units * y.units;
  const places = x.places + y.places;
  if (!round || round.places >= places) return toText(units, places);
  return toText(divideRounded(units, 10n ** BigInt(places - round.places), round.mode), round.places);
}

/**
 * The exact fraction `n / d` (numbers written as `String(n)` reads them) shown in units of `1/scale`:
 * 2 decimals half-up for money (scale 100), else the integer or up to 4 decimals, trailing zeros dropped.
 *
 * @example
 * formatExactFraction(2n ** 60n, 3n, 100); // '3843362870157134.51'
 */
export function formatExactFraction(n: bigint, d: bigint, scale: number): string {
  const money = scale === 100;
  const places = money ? 2 : 4;
  const units = divideRounded(n * 10n ** BigInt(places), d * BigInt(scale), 'half-up');
  if (money) {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(3, '0');
    return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`; // units ≠ 0 when negative
  }
  return toText(units, places);
}

/** A JS number (an integer count, possibly beyond 2^53) as a BigInt, read through its decimal text. */
export function bigIntOf(n: number): bigint {
  const x = parseExact(String(n));
  return x.places ? x.units / 10n ** BigInt(x.places) : x.units;
}
