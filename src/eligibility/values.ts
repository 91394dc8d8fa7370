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
  const exact = typeof value === 'number' ? new Decimal(value) : new Decimal((value as { n: number }).n).div((value as { d: number }).d);
  if (scale === 100) return exact.div(100).toFixed(2, Decimal.ROUND_HALF_UP);
  if (exact.isInteger()) return exact.toFixed(0);
  return exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString();
}

/** The value of a resolved parameter for a household's zone, as an exact rule value (money in fen). */
export function parameterRuleValue(p: ResolvedParameter | undefined, zone: string | undefined): RuleValue {
  const text = parameterText(p, zone);
  if (text === undefined) return undefined;
  const r = parseDecimalLiteral(text, scaleOfUnit(p!.unit));
  return r.ok ? r.value : undefined;
}

/** The decimal text of a resolved parameter for a zone; undefined when unknown or when the zone is unknown. */
export function parameterText(p: ResolvedParameter | undefined, zone: string | undefined): string | undefined {
  if (!p || p.value === undefined) return undefined;
  if (typeof p.value === 'string') return p.value;
  return zone === undefined ? undefined : p.value[zone];
}
