import { isNumeric } from '../money/index.js';
import type { FactType, RuleValue } from './types.js';

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
