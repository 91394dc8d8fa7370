import type { Bilingual } from '../errors/index.js';
import type { OperatorDefinition } from './operators.js';

// What each standard operator means, in words: read by the `operators` command and the JSON Schema export, not by
// the compiled rules, so that deciding and deadlines do not carry it. A custom operator may carry its own
// `description`.

/** The words of the standard operators and `between`, by name. */
export const OPERATOR_DESCRIPTIONS: Readonly<Record<string, Bilingual>> = {
  equal: { zh: '等于（数字、是否或文字）', en: 'equals (a number, yes/no or text)' },
  notEqual: { zh: '不等于', en: 'does not equal' },
  lessThan: { zh: '小于', en: 'is less than' },
  lessThanInclusive: { zh: '小于或等于', en: 'is less than or equal to' },
  greaterThan: { zh: '大于', en: 'is greater than' },
  greaterThanInclusive: { zh: '大于或等于', en: 'is greater than or equal to' },
  in: { zh: '属于列表中的某一项', en: 'is one of the listed values' },
  notIn: { zh: '不属于列表中的任何一项', en: 'is none of the listed values' },
  contains: { zh: '列表事实包含该值', en: 'the list fact includes the value' },
  doesNotContain: { zh: '列表事实不包含该值', en: 'the list fact does not include the value' },
  between: { zh: '在闭区间 [下限, 上限] 内', en: 'within the inclusive range [low, high]' },
};

/**
 * What an operator means, in Chinese and English: its own `description`, else the standard operator's.
 *
 * @param op - an operator of a registry
 * @returns the description, or `undefined` for a custom operator without one
 * @example
 * describeOperator(STANDARD_OPERATORS.get('in')!)?.en; // 'is one of the listed values'
 */
export function describeOperator(op: OperatorDefinition): Bilingual | undefined {
  return op.description ?? (Object.hasOwn(OPERATOR_DESCRIPTIONS, op.name) ? OPERATOR_DESCRIPTIONS[op.name] : undefined);
}
