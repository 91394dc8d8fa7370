import type { Bilingual } from '../errors/index.js';
import type { ActionKind } from '../schema/index.js';
import type { DisplayValue } from './display-value.js';

/** A name with no translation (an id, a fact or parameter key), shown as it is in both languages. */
export function untranslated(name: string): Bilingual {
  return { zh: name, en: name };
}

/** What an action of a programme says when the pack gives no text of its own. */
export const ACTION_TEXT: Readonly<Record<ActionKind, (programme: Bilingual) => Bilingual>> = {
  grant: (n) => ({ zh: `批准：${n.zh}`, en: `Grant: ${n.en}` }),
  'assist-first-approve-later': (n) => ({
    zh: `先行救助、后置审批：${n.zh}`,
    en: `Assist first, approve later: ${n.en}`,
  }),
  'key-concern-list': (n) => ({
    zh: `纳入重点关注名单，动态监测（${n.zh}）`,
    en: `Put on the key-concern list for dynamic monitoring (${n.en})`,
  }),
  'centralized-care': (n) => ({ zh: `安排集中供养（${n.zh}）`, en: `Arrange centralized care (${n.en})` }),
  'material-and-service': (n) => ({
    zh: `提供“物质+服务”并签订照料协议（${n.zh}）`,
    en: `Provide material support and services under a care agreement (${n.en})`,
  }),
  inform: (n) => ({ zh: `政策告知：${n.zh}`, en: `Explain the policy: ${n.en}` }),
  refer: (n) => ({ zh: `转介（${n.zh}）`, en: `Refer (${n.en})` }),
  monitor: (n) => ({ zh: `定期回访（${n.zh}）`, en: `Revisit regularly (${n.en})` }),
  transition: (n) => ({ zh: `待遇衔接：${n.zh}`, en: `Move to another benefit: ${n.en}` }),
};

/** Texts of the actions a decision adds on its own (referrals, reviews, near misses, explanations). */
export const DECISION_TEXT = {
  refer: (department: Bilingual, name: Bilingual): Bilingual => ({
    zh: `转介：${department.zh}（${name.zh}）`,
    en: `Refer to ${department.en} (${name.en})`,
  }),
  monitor: (cycle: Bilingual): Bilingual => ({ zh: `按${cycle.zh}回访`, en: `Revisit: ${cycle.en}` }),
  nearMiss: (near: Bilingual): Bilingual => ({
    zh: `接近${near.zh}，纳入重点关注名单`,
    en: `Close to the threshold (${near.en}): put on the key-concern list`,
  }),
  notEligible: (programme: Bilingual, failed: readonly Bilingual[]): Bilingual => ({
    zh: `不符合${programme.zh}：${failed.map((f) => f.zh).join('；')}`,
    en: `Not eligible for ${programme.en}: ${failed.map((f) => f.en).join('; ')}`,
  }),
  transition: (name: Bilingual, advice: Bilingual | undefined): Bilingual =>
    advice ? { zh: `${name.zh}：${advice.zh}`, en: `${name.en}: ${advice.en}` } : name,
  near: (fact: Bilingual, left: string, distance: Bilingual, param: Bilingual, right: string): Bilingual => ({
    zh: `${fact.zh} ${left}，${distance.zh}（${param.zh} ${right}）`,
    en: `${fact.en} ${left}, ${distance.en} (${param.en} ${right})`,
  }),
} as const;

/** Texts of a decision's notes, by code. */
export const NOTE_TEXT = {
  param_value_unknown: (label: Bilingual, from: string, note: string | undefined): Bilingual => ({
    zh: `${label.zh}自 ${from} 起的数值未知${note ? `（${note}）` : ''}，相关项目无法判断`,
    en: `${label.en} is not known from ${from}${note ? ` (${note})` : ''}: programmes needing it are undetermined`,
  }),
  param_not_in_force: (label: Bilingual): Bilingual => ({
    zh: `${label.zh}在该日期没有生效的数值`,
    en: `${label.en} has no value in force on this date`,
  }),
  param_provisional: (label: Bilingual, value: string): Bilingual => ({
    zh: `${label.zh}使用最近已知数值 ${value}（暂定）`,
    en: `${label.en} uses the last known value ${value} (provisional)`,
  }),
  param_override: (label: Bilingual, value: string): Bilingual => ({
    zh: `${label.zh}按假设值 ${value} 计算`,
    en: `${label.en} uses the what-if value ${value}`,
  }),
  figure_unverified: (label: Bilingual, value: string, source: string | undefined): Bilingual => ({
    zh: `${label.zh} ${value} 的来源未经核实${source ? `（${source}）` : ''}`,
    en: `${label.en} ${value} comes from an unverified source${source ? ` (${source})` : ''}`,
  }),
  decided_by_cases: (programme: Bilingual): Bilingual => ({
    zh: `${programme.zh}：区县或户籍类别未填，但按每一种可能判断结果相同`,
    en: `${programme.en}: the district or hukou is not given, but every possible one gives the same answer`,
  }),
} as const;

/** How an operator reads in a reason: a symbol for comparisons, words for list and range tests. */
const OPERATOR_TEXT: Readonly<Record<string, { readonly sym: string; readonly zh?: string; readonly en?: string }>> = {
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

const UNKNOWN_VALUE: Bilingual = { zh: '未知', en: 'unknown' };
const YES: Bilingual = { zh: '是', en: 'yes' };
const NO: Bilingual = { zh: '否', en: 'no' };

/** A value compared in a reason: unknown, yes or no, a list, or its decimal text. */
function showValue(v: DisplayValue, lang: keyof Bilingual): string {
  if (v === null) return UNKNOWN_VALUE[lang];
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  if (typeof v === 'boolean') return (v ? YES : NO)[lang];
  return String(v);
}

const OUTCOME_TEXT = {
  met: { zh: '（满足）', en: ' (met)' },
  notMet: { zh: '（不满足）', en: ' (not met)' },
  unknown: { zh: '（无法判断）', en: ' (unknown)' },
} as const;

/** Texts of a reason: one test of a condition, with the values compared and its outcome. */
export const REASON_TEXT = {
  /** The operator and the right-hand label as they follow the left value: `≥ 家庭人均收入 `, `is one of `. */
  operator: (operator: string, right: Bilingual | undefined): Bilingual => {
    const op = OPERATOR_TEXT[operator] ?? { sym: operator };
    return {
      zh: `${op.zh ?? op.sym} ${right ? `${right.zh} ` : ''}`,
      en: `${op.en ?? op.sym} ${right ? `${right.en} ` : ''}`,
    };
  },
  /** `income per person 1133.33 < dibao standard 1160.00 (met)`, noting an unverified figure. */
  test: (
    head: Bilingual,
    left: DisplayValue,
    operator: Bilingual,
    right: DisplayValue,
    result: boolean | undefined,
    unverified: boolean,
  ): Bilingual => {
    const outcome = result === undefined ? OUTCOME_TEXT.unknown : result ? OUTCOME_TEXT.met : OUTCOME_TEXT.notMet;
    return {
      zh: `${head.zh} ${showValue(left, 'zh')} ${operator.zh}${showValue(right, 'zh')}${outcome.zh}${unverified ? '；数值未经核实' : ''}`,
      en: `${head.en} ${showValue(left, 'en')} ${operator.en}${showValue(right, 'en')}${outcome.en}${unverified ? '; figure not verified' : ''}`,
    };
  },
  /** Where a value stands against a threshold it equals. */
  atLimit: (): Bilingual => ({ zh: '恰好等于界限', en: 'exactly at the limit' }),
  /**
   * `20.00 yuan below the limit` / `低于界限 20.00 元`; with `lessThan`, `less than 0.01 yuan…` (`不足`).
   */
  fromLimit: (side: 'above' | 'below', amount: string, lessThan: boolean, money: boolean): Bilingual => ({
    zh: `${side === 'above' ? '高于' : '低于'}界限${lessThan ? '不足' : ' '}${amount}${money ? ' 元' : ''}`,
    en: `${lessThan ? 'less than ' : ''}${amount}${money ? ' yuan' : ''} ${side} the limit`,
  }),
} as const;
