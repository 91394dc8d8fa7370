import { Decimal } from 'decimal.js';
import { getFactDefinition } from '../facts/catalog.js';
import { isParamName, type LeafTrace, type SymbolTable } from '../rules/index.js';
import type { PolicyPack } from '../pack/types.js';
import type { Bilingual } from '../errors/index.js';
import { formatRuleValue, type DisplayValue } from './values.js';
import type { Reason, ReasonParameter } from './types.js';

const OPERATOR_TEXT: Record<string, { sym: string; zh?: string; en?: string }> = {
  lessThan: { sym: '<' },
  lessThanInclusive: { sym: '≤' },
  greaterThan: { sym: '>' },
  greaterThanInclusive: { sym: '≥' },
  equal: { sym: '=' },
  notEqual: { sym: '≠' },
  in: { sym: '∈', zh: '属于', en: 'is one of' },
  notIn: { sym: '∉', zh: '不属于', en: 'is none of' },
  contains: { sym: '∋', zh: '包含', en: 'includes' },
  doesNotContain: { sym: '∌', zh: '不包含', en: 'does not include' },
  between: { sym: '∈', zh: '介于', en: 'is between' },
};

/** Labels of facts and parameters for reasons. */
export function labelOf(pack: PolicyPack, name: string): Bilingual {
  if (isParamName(name)) {
    const key = name.slice(6);
    const p = pack.parameters[key];
    return p?.label ?? { zh: key, en: key };
  }
  return getFactDefinition(name)?.label ?? { zh: name, en: name };
}

/**
 * Turns the leaf traces of one condition into reasons: the values compared as decimal text, the
 * outcome, the margin to flipping numeric tests, and the parameter's figure with its source.
 */
export function buildReasons(
  pack: PolicyPack,
  programmeId: string,
  trace: readonly LeafTrace[],
  symbols: SymbolTable,
  parameterInfo: (key: string) => ReasonParameter | undefined,
): Reason[] {
  return trace.map((t) => {
    const leftScale = symbols.get(t.fact)?.scale ?? 1;
    const rightScale = t.rightFact !== undefined ? (symbols.get(t.rightFact)?.scale ?? 1) : leftScale;
    const left = formatRuleValue(t.left, leftScale);
    const right = Array.isArray(t.right) && t.right.length === 2 && typeof t.right[0] !== 'string'
      ? (`${formatRuleValue(t.right[0] as never, rightScale)}–${formatRuleValue(t.right[1] as never, rightScale)}` as DisplayValue)
      : formatRuleValue(t.right as never, rightScale);
    const paramName = t.rightFact !== undefined && isParamName(t.rightFact) ? t.rightFact : isParamName(t.fact) ? t.fact : undefined;
    const parameter = paramName ? parameterInfo(paramName.slice(6)) : undefined;
    const margin =
      typeof left === 'string' && typeof right === 'string' && /^-?\d+(\.\d+)?$/.test(left) && /^-?\d+(\.\d+)?$/.test(right) && leftScale === rightScale
        ? new Decimal(right).minus(left).toFixed(leftScale === 100 ? 2 : 0)
        : undefined;
    const op = OPERATOR_TEXT[t.operator] ?? { sym: t.operator };
    const lLabel = labelOf(pack, t.fact);
    const rLabel = t.rightFact !== undefined ? labelOf(pack, t.rightFact) : undefined;
    const show = (v: DisplayValue, zh: boolean) =>
      v === null ? (zh ? '未知' : 'unknown') : Array.isArray(v) ? `[${v.join(', ')}]` : typeof v === 'boolean' ? (zh ? (v ? '是' : '否') : v ? 'yes' : 'no') : String(v);
    const outcome = (zh: boolean) => (t.result === undefined ? (zh ? '（无法判断）' : ' (unknown)') : t.result ? (zh ? '（满足）' : ' (met)') : zh ? '（不满足）' : ' (not met)');
    const unverified = parameter && !parameter.verified ? { zh: '；数值未经核实', en: '; figure not verified' } : { zh: '', en: '' };
    const text: Bilingual = {
      zh: `${lLabel.zh} ${show(left, true)} ${op.zh ?? op.sym} ${rLabel ? rLabel.zh + ' ' : ''}${show(right, true)}${outcome(true)}${unverified.zh}`,
      en: `${lLabel.en} ${show(left, false)} ${op.en ?? op.sym} ${rLabel ? rLabel.en + ' ' : ''}${show(right, false)}${outcome(false)}${unverified.en}`,
    };
    return {
      code: `${programmeId}.${t.fact}.${t.operator}`,
      text,
      fact: t.fact,
      operator: t.operator,
      left,
      right,
      result: t.result ?? null,
      ...(margin !== undefined ? { margin } : {}),
      ...(parameter ? { parameter } : {}),
      path: t.path,
    };
  });
}
