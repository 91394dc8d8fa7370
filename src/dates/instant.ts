import { daysFromCivil, daysInMonth } from './day-number.js';

/** The range of a JS Date: ±100 000 000 days around 1970. */
const MAX_MS = 8.64e15;

/**
 * RFC 3339 / ISO 8601 timestamp with a mandatory offset. Seconds and fractions are optional; the offset may
 * be `Z`, `±HH:MM`, `±HHMM` or `±HH`. Lowercase `t`/`z` and a space separator are not accepted.
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Why a timestamp was refused: no offset (the instant is ambiguous), or not a real instant. */
export type InstantProblem = 'missing_offset' | 'malformed';

/**
 * Epoch milliseconds of a timestamp with an offset (`2024-09-30T17:30:00+08:00`), or why it is refused.
 * A local wall time without an offset does not say which instant is meant, so it is refused.
 *
 * @example
 * parseInstant('2024-09-30T09:30:00Z');  // 1727688600000
 * parseInstant('2024-09-30T17:30:00');   // { problem: 'missing_offset' }
 */
export function parseInstant(text: unknown): number | { readonly problem: InstantProblem } {
  const m = typeof text === 'string' ? TIMESTAMP.exec(text) : null;
  if (!m) return { problem: 'malformed' };
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  if (offset === undefined) return { problem: 'missing_offset' };
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs);
  const mi = Number(mis);
  const sec = ss === undefined ? 0 : Number(ss);
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  let offsetMin = 0;
  if (offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) return { problem: 'malformed' };
    offsetMin = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) {
    return { problem: 'malformed' };
  }
  const t = daysFromCivil(y, mo, d) * 86_400_000 + ((h * 60 + mi - offsetMin) * 60 + sec) * 1000 + ms;
  return Math.abs(t) > MAX_MS ? { problem: 'malformed' } : t;
}

/** A short printable form of a bad value for messages (never the whole of a huge string). */
export function printable(value: unknown): string {
  if (typeof value === 'string') return value.length > 64 ? `${value.slice(0, 64)}…` : value;
  if (value === null) return 'null';
  if (typeof value === 'object') return Object.prototype.toString.call(value);
  return String(value);
}
