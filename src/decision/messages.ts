import type { Bilingual } from '../errors/index.js';
import type { ActionKind } from '../schema/index.js';

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
