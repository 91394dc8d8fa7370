/**
 * A pack's conditions (json-rules-engine format) in words, as a tree a page can show as nested lists:
 * `all` / `any` / `not` become headings, a leaf becomes "monthly income per person < dibao standard [A 870 / B 820]".
 * Labels come from the library's fact catalogue and the pack's parameter labels.
 */
import { getFactDefinition, resolveParameter, type PolicyPack } from 'safetynet-cn';
import { type Lang, valueLabel } from '../i18n.js';

/** One line of a condition in words, with the lines under it. */
export interface ConditionLine {
  readonly text: string;
  readonly children: readonly ConditionLine[];
}

const PARAM = 'param:';

const GROUP: Record<'all' | 'any' | 'not', Record<Lang, string>> = {
  all: { zh: '同时满足以下全部：', en: 'all of:' },
  any: { zh: '满足以下任一：', en: 'any of:' },
  not: { zh: '不满足：', en: 'not:' },
};

const OPERATORS: Record<string, Record<Lang, string>> = {
  equal: { zh: '=', en: '=' },
  notEqual: { zh: '≠', en: '≠' },
  lessThan: { zh: '<', en: '<' },
  lessThanInclusive: { zh: '≤', en: '≤' },
  greaterThan: { zh: '>', en: '>' },
  greaterThanInclusive: { zh: '≥', en: '≥' },
  contains: { zh: '包含', en: 'includes' },
  doesNotContain: { zh: '不包含', en: 'does not include' },
  in: { zh: '属于', en: 'is one of' },
  notIn: { zh: '不属于', en: 'is not one of' },
  between: { zh: '介于', en: 'is between' },
};

/** The words of a condition. `asOf` is the day whose parameter values are shown in brackets. */
export function conditionInWords(condition: unknown, pack: PolicyPack, asOf: string, lang: Lang): ConditionLine {
  const node = (condition ?? {}) as Record<string, unknown>;
  for (const kind of ['all', 'any'] as const) {
    if (Array.isArray(node[kind])) {
      return {
        text: GROUP[kind][lang],
        children: (node[kind] as unknown[]).map((c) => conditionInWords(c, pack, asOf, lang)),
      };
    }
  }
  if (node.not !== undefined)
    return { text: GROUP.not[lang], children: [conditionInWords(node.not, pack, asOf, lang)] };
  return { text: leafInWords(node, pack, asOf, lang), children: [] };
}

function leafInWords(leaf: Record<string, unknown>, pack: PolicyPack, asOf: string, lang: Lang): string {
  const fact = operandName(String(leaf.fact ?? '?'), pack, asOf, lang);
  const operator = String(leaf.operator ?? '?');
  const value = leaf.value;
  if (operator === 'equal' && typeof value === 'boolean') {
    return lang === 'zh' ? `${fact}：${value ? '是' : '否'}` : `${fact}: ${value ? 'yes' : 'no'}`;
  }
  const op = OPERATORS[operator]?.[lang] ?? operator;
  return `${fact} ${op} ${valueInWords(value, pack, asOf, lang)}`;
}

function valueInWords(value: unknown, pack: PolicyPack, asOf: string, lang: Lang): string {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
    return operandName(String((value as { fact: unknown }).fact), pack, asOf, lang);
  }
  if (Array.isArray(value))
    return value.map((v) => valueInWords(v, pack, asOf, lang)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  return valueLabel(String(value), lang);
}

/** A fact's label, or a parameter's label with its value on `asOf` in brackets. */
function operandName(name: string, pack: PolicyPack, asOf: string, lang: Lang): string {
  if (!name.startsWith(PARAM)) return getFactDefinition(name)?.label[lang] ?? name;
  const key = name.slice(PARAM.length);
  const label = pack.parameters[key]?.label?.[lang] ?? key;
  const shown = parameterValueText(pack, key, asOf, lang);
  return shown === undefined ? label : `${label} [${shown}]`;
}

/** A parameter's value on a day as text: `870`, `A 870 / B 820`, `unknown`; undefined before its first value. */
export function parameterValueText(pack: PolicyPack, key: string, asOf: string, lang: Lang): string | undefined {
  try {
    const r = resolveParameter(pack, key, asOf);
    if (r.value === undefined) return lang === 'zh' ? '未知' : 'unknown';
    if (typeof r.value === 'string') return r.value;
    return Object.entries(r.value)
      .map(([k, v]) => `${valueLabel(k, lang)} ${v}`)
      .join(' / ');
  } catch {
    return undefined;
  }
}
