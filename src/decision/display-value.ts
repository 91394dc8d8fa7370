import { formatDifference, formatNumeric, isNumeric } from '../money/index.js';
import type { RuleValue } from '../rules/index.js';

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
  return formatNumeric(value as Exclude<RuleValue, string | boolean | readonly string[] | undefined>, scale);
}

/** `right − left` of two rule values when both are exact numbers: the margin of a threshold test. */
export function formatMargin(
  left: unknown,
  right: unknown,
  scale: number,
): { text: string; sign: -1 | 0 | 1 } | undefined {
  return isNumeric(left) && isNumeric(right) ? formatDifference(left, right, scale) : undefined;
}
