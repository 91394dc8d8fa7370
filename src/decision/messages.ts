import { createIssueFactory, showValue as s, type Bilingual, type MessageCatalog } from '../errors/index.js';
import type { ActionKind } from '../schema/index.js';
import type { DisplayValue } from './display-value.js';
import type { Words } from './localize.js';

// The wording of decisions, one template per language: a decision asked for in one language builds that one
// only (`write(lang, WORDS, ...)`). Arguments that are texts themselves (names, labels, a reason) are read in
// the language being written.

/** A name with no translation (an id, a fact or parameter key), shown as it is in both languages. */
export function untranslated(name: string): Bilingual {
  return { zh: name, en: name };
}

/** What an action of a programme says when the pack gives no text of its own. */
export const ACTION_WORDS: Readonly<Record<ActionKind, Words<[programme: Bilingual]>>> = {
  grant: { zh: (n) => `批准：${n.zh}`, en: (n) => `Grant: ${n.en}` },
  'assist-first-approve-later': {
    zh: (n) => `先行救助、后置审批：${n.zh}`,
    en: (n) => `Assist first, approve later: ${n.en}`,
  },
  'key-concern-list': {
    zh: (n) => `纳入重点关注名单，动态监测（${n.zh}）`,
    en: (n) => `Put on the key-concern list for dynamic monitoring (${n.en})`,
  },
  'centralized-care': { zh: (n) => `安排集中供养（${n.zh}）`, en: (n) => `Arrange centralized care (${n.en})` },
  'material-and-service': {
    zh: (n) => `提供“物质+服务”并签订照料协议（${n.zh}）`,
    en: (n) => `Provide material support and services under a care agreement (${n.en})`,
  },
  inform: { zh: (n) => `政策告知：${n.zh}`, en: (n) => `Explain the policy: ${n.en}` },
  refer: { zh: (n) => `转介（${n.zh}）`, en: (n) => `Refer (${n.en})` },
  monitor: { zh: (n) => `定期回访（${n.zh}）`, en: (n) => `Revisit regularly (${n.en})` },
  transition: { zh: (n) => `待遇衔接：${n.zh}`, en: (n) => `Move to another benefit: ${n.en}` },
  review: { zh: (n) => `定期核查（${n.zh}）`, en: (n) => `Re-check regularly (${n.en})` },
};

/** Texts of the actions a decision adds on its own (referrals, reviews, near misses, explanations). */
export const DECISION_WORDS = {
  refer: {
    zh: (department: Bilingual, name: Bilingual) => `转介：${department.zh}（${name.zh}）`,
    en: (department: Bilingual, name: Bilingual) => `Refer to ${department.en} (${name.en})`,
  },
  monitor: { zh: (cycle: Bilingual) => `按${cycle.zh}回访`, en: (cycle: Bilingual) => `Revisit: ${cycle.en}` },
  review: {
    zh: (rule: Bilingual, cycle: Bilingual) => `核查：${cycle.zh}（${rule.zh}）`,
    en: (rule: Bilingual, cycle: Bilingual) => `Re-check ${cycle.en} (${rule.en})`,
  },
  nearMiss: {
    zh: (near: Bilingual) => `接近${near.zh}，纳入重点关注名单`,
    en: (near: Bilingual) => `Close to the threshold (${near.en}): put on the key-concern list`,
  },
  notEligible: {
    zh: (programme: Bilingual, failed: readonly Bilingual[]) =>
      `不符合${programme.zh}：${failed.map((f) => f.zh).join('；')}`,
    en: (programme: Bilingual, failed: readonly Bilingual[]) =>
      `Not eligible for ${programme.en}: ${failed.map((f) => f.en).join('; ')}`,
  },
  transition: {
    zh: (name: Bilingual, advice: Bilingual | undefined) => (advice ? `${name.zh}：${advice.zh}` : name.zh),
    en: (name: Bilingual, advice: Bilingual | undefined) => (advice ? `${name.en}: ${advice.en}` : name.en),
  },
  near: {
    zh: (fact: Bilingual, left: string, distance: Bilingual, param: Bilingual, right: string) =>
      `${fact.zh} ${left}，${distance.zh}（${param.zh} ${right}）`,
    en: (fact: Bilingual, left: string, distance: Bilingual, param: Bilingual, right: string) =>
      `${fact.en} ${left}, ${distance.en} (${param.en} ${right})`,
  },
} as const satisfies Record<string, Words<never>>;

/** Texts of a decision's notes, by code. */
export const NOTE_WORDS = {
  param_value_unknown: {
    zh: (label: Bilingual, from: string, note: string | undefined) =>
      `${label.zh}自 ${from} 起的数值未知${note ? `（${note}）` : ''}，相关项目无法判断`,
    en: (label: Bilingual, from: string, note: string | undefined) =>
      `${label.en} is not known from ${from}${note ? ` (${note})` : ''}: programmes needing it are undetermined`,
  },
  param_not_in_force: {
    zh: (label: Bilingual) => `${label.zh}在该日期没有生效的数值`,
    en: (label: Bilingual) => `${label.en} has no value in force on this date`,
  },
  param_provisional: {
    zh: (label: Bilingual, value: string) => `${label.zh}使用最近已知数值 ${value}（暂定）`,
    en: (label: Bilingual, value: string) => `${label.en} uses the last known value ${value} (provisional)`,
  },
  param_stale: {
    zh: (label: Bilingual, value: string, from: string, year: string) =>
      `${label.zh}按 ${from} 起施行的 ${value} 计算：该数值每年调整，政策包中尚无 ${year} 年的通知`,
    en: (label: Bilingual, value: string, from: string, year: string) =>
      `${label.en} ${value} is the figure in force since ${from}: it is reviewed every year, and the ${year} notice is not in the pack`,
  },
  param_override: {
    zh: (label: Bilingual, value: string) => `${label.zh}按假设值 ${value} 计算`,
    en: (label: Bilingual, value: string) => `${label.en} uses the what-if value ${value}`,
  },
  figure_unverified: {
    zh: (label: Bilingual, value: string, source: string | undefined) =>
      `${label.zh} ${value} 的来源未经核实${source ? `（${source}）` : ''}`,
    en: (label: Bilingual, value: string, source: string | undefined) =>
      `${label.en} ${value} comes from an unverified source${source ? ` (${source})` : ''}`,
  },
  decided_by_cases: {
    zh: (programme: Bilingual) => `${programme.zh}：区县、户籍类别或收入计算规则尚不确定，但按每一种可能判断结果相同`,
    en: (programme: Bilingual) =>
      `${programme.en}: the district, the hukou or an income rule is open, but every possibility gives the same answer`,
  },
  special_poverty_apart: {
    zh: (members: string, programme: Bilingual, source: string) =>
      `成员 ${members} 按${programme.zh}单独认定，不同时享受低保；其余家庭成员按其余成员认定（${source}）`,
    en: (members: string, programme: Bilingual, source: string) =>
      `Member ${members} is assessed apart for ${programme.en} and not also granted dibao; the rest of the family is assessed without them (${source})`,
  },
  preceded: {
    zh: (programme: Bilingual, by: Bilingual, source: string) =>
      `${programme.zh}不适用：已符合${by.zh}，后者优先（${source}）`,
    en: (programme: Bilingual, by: Bilingual, source: string) =>
      `${programme.en} does not apply: the household is eligible for ${by.en}, which takes precedence (${source})`,
  },
  income_rule_open: {
    zh: (type: string, from: string, note: string, source: string) =>
      `收入类型 ${type} 自 ${from} 起是否计入家庭收入尚无依据（${note}；${source}）：依赖它的项目按两种口径分别判断，结果不同的列为无法判断`,
    en: (type: string, from: string, note: string, source: string) =>
      `Whether ${type} income counts from ${from} is not known (${note}; ${source}): programmes that depend on it are judged both ways and left undetermined where the answers differ`,
  },
  rule_unverified: {
    zh: (kind: Bilingual, name: Bilingual, source: string, note: string) =>
      `${kind.zh}“${name.zh}”所依据的来源未经核实或属本包解读（${source}）${note ? `：${note}` : ''}`,
    en: (kind: Bilingual, name: Bilingual, source: string, note: string) =>
      `The ${kind.en} "${name.en}" rests on an unverified source or is this pack's reading (${source})${note ? `: ${note}` : ''}`,
  },
  gradual_exit_until: {
    zh: (programme: Bilingual, until: string) => `${programme.zh}：渐退期至 ${until}（含）`,
    en: (programme: Bilingual, until: string) =>
      `${programme.en}: the gradual-exit period runs until ${until} (inclusive)`,
  },
  multiple_disability_reading: {
    zh: (members: string) =>
      `成员 ${members} 为多重残疾一、二级，按无劳动能力认定：认定办法未明列多重残疾，这是本包的解读`,
    en: (members: string) =>
      `Member ${members} has a multiple disability of grade 1–2 and is read as having no capacity to work: the measures do not name multiple disability, so this is the pack's reading`,
  },
  share_without_income: {
    zh: () => '家庭无收入而有刚性支出：刚性支出占收入的比例无法计算，按超过任何比例处理',
    en: () =>
      'The household has rigid spending and no income: the share of income is not a number; it counts as above any share',
  },
} as const satisfies Record<string, Words<never>>;

/** A code a decision's notes can carry. */
export type NoteCode = keyof typeof NOTE_WORDS & string;

// `@__PURE__`: a bundle that never reads the codes drops them, and the notes' wording with them.
/** Every code a decision's notes can carry (what a scenario's `expect.notes` may name). */
export const NOTE_CODES: readonly NoteCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(NOTE_WORDS) as NoteCode[],
);

/** How a kind of rule is named in notes. */
export const RULE_KIND_TEXT = {
  programme: { zh: '项目', en: 'programme' },
  tier: { zh: '困难等级', en: 'difficulty tier' },
  referral: { zh: '转介', en: 'referral' },
  review: { zh: '核查周期', en: 'review rule' },
  cycle: { zh: '周期', en: 'cycle' },
  transition: { zh: '待遇衔接', en: 'transition' },
  'urgency-class': { zh: '紧急程度分类', en: 'urgency class' },
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

const outcomeOf = (result: boolean | undefined) =>
  result === undefined ? OUTCOME_TEXT.unknown : result ? OUTCOME_TEXT.met : OUTCOME_TEXT.notMet;

/** The operator and the right-hand label as they follow the left value: `≥ 家庭人均收入 `, `is one of `. */
export function operatorText(operator: string, right: Bilingual | undefined): Bilingual {
  const op = OPERATOR_TEXT[operator] ?? { sym: operator };
  return {
    zh: `${op.zh ?? op.sym} ${right ? `${right.zh} ` : ''}`,
    en: `${op.en ?? op.sym} ${right ? `${right.en} ` : ''}`,
  };
}

type TestArgs = [
  head: Bilingual,
  left: DisplayValue,
  operator: Bilingual,
  right: DisplayValue,
  result: boolean | undefined,
  unverified: boolean,
];

/** Texts of a reason: one test of a condition, with the values compared and its outcome. */
export const REASON_WORDS = {
  /** `income per person 1133.33 < dibao standard 1160.00 (met)`, noting an unverified figure. */
  test: {
    zh: (...[head, left, operator, right, result, unverified]: TestArgs) =>
      `${head.zh} ${showValue(left, 'zh')} ${operator.zh}${showValue(right, 'zh')}${outcomeOf(result).zh}${unverified ? '；数值未经核实' : ''}`,
    en: (...[head, left, operator, right, result, unverified]: TestArgs) =>
      `${head.en} ${showValue(left, 'en')} ${operator.en}${showValue(right, 'en')}${outcomeOf(result).en}${unverified ? '; figure not verified' : ''}`,
  },
  /** Where a value stands against a threshold it equals. */
  atLimit: { zh: () => '恰好等于界限', en: () => 'exactly at the limit' },
  /** `20.00 yuan below the limit` / `低于界限 20.00 元`; with `lessThan`, `less than 0.01 yuan…` (`不足`). */
  fromLimit: {
    zh: (side: 'above' | 'below', amount: string, lessThan: boolean, money: boolean) =>
      `${side === 'above' ? '高于' : '低于'}界限${lessThan ? '不足' : ' '}${amount}${money ? ' 元' : ''}`,
    en: (side: 'above' | 'below', amount: string, lessThan: boolean, money: boolean) =>
      `${lessThan ? 'less than ' : ''}${amount}${money ? ' yuan' : ''} ${side} the limit`,
  },
} as const satisfies Record<string, Words<never>>;

/** Wording of the problems with what a decision is asked for. */
export const DECISION_MESSAGES = {
  decision_bad_lang: {
    text: (a) => ({
      zh: `lang 必须是 'zh'、'en' 或 'both'，实际为 ${s(a.value)}`,
      en: `lang must be 'zh', 'en' or 'both', got ${s(a.value)}`,
    }),
    fix: { zh: "省略 lang（中英文），或写 'zh' 或 'en'", en: "Leave lang out (both languages), or give 'zh' or 'en'" },
  },
} satisfies MessageCatalog;

/** Builds a decision issue from {@link DECISION_MESSAGES}. */
export const decisionIssue = /* @__PURE__ */ createIssueFactory(DECISION_MESSAGES);
