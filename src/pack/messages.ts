import { createIssueFactory, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of the issues found when packs are read, merged, resolved on a date, or given what-if values. */
export const PACK_MESSAGES = {
  pack_extends_cycle: (a) => ({ zh: `继承关系成环：${s(a.cycle)}`, en: `Circular extends: ${s(a.cycle)}` }),
  pack_extends_too_deep: (a) => ({
    zh: `继承层级过深（超过 ${s(a.max)} 层）：${s(a.chain)}`,
    en: `The extends chain is deeper than ${s(a.max)} packs: ${s(a.chain)}`,
  }),
  pack_parent_not_found: (a) => ({
    zh: `找不到上级政策包 "${s(a.parent)}"`,
    en: `Parent pack "${s(a.parent)}" not found`,
  }),
  pack_not_found: (a) => ({
    zh: `没有政策包 "${s(a.pack)}"（可用：${s(a.known)}）`,
    en: `No pack "${s(a.pack)}" (available: ${s(a.known)})`,
  }),
  pack_no_urgency: (a) => ({
    zh: `政策包 ${s(a.pack)} 没有定义紧急程度分类`,
    en: `Pack ${s(a.pack)} defines no urgency classes`,
  }),
  pack_invalid_argument: (a) => ({
    zh: `需要一个已校验的政策包（如 packs.chengdu 或 loadPack(...) 的结果），收到 ${s(a.got)}`,
    en: `Expected a validated pack (such as packs.chengdu or the result of loadPack(...)), got ${s(a.got)}`,
  }),
  review_unknown_cycle: (a) => ({
    zh: `核查规则 ${s(a.review)} 引用了未定义的周期 "${s(a.cycle)}"（请在 cycles 中声明）`,
    en: `Review rule ${s(a.review)} names an unknown cycle "${s(a.cycle)}" (declare it under cycles)`,
  }),
  review_unknown_source: (a) => ({
    zh: `未定义的来源 "${s(a.source)}"（请在 sources 中声明）`,
    en: `Unknown source "${s(a.source)}" (declare it under sources)`,
  }),
  rule_unverified: (a) => ({
    zh: `${s(a.kind)} ${s(a.id)} 所依据的来源（${s(a.source)}）未经核实`,
    en: `The ${s(a.kind)} ${s(a.id)} rests on an unverified source (${s(a.source)})`,
  }),
  rule_unsourced: (a) => ({
    zh: `${s(a.kind)} ${s(a.id)} 没有注明来源，无从核实`,
    en: `The ${s(a.kind)} ${s(a.id)} cites no source, so nothing verifies it`,
  }),
  param_unknown_key: (a) => ({
    zh: `政策包 ${s(a.pack)} 中没有参数 ${s(a.parameter)}`,
    en: `Pack ${s(a.pack)} has no parameter ${s(a.parameter)}`,
  }),
  param_not_in_force: (a) => ({
    zh: `参数 ${s(a.parameter)} 在 ${s(a.asOf)} 尚未生效（最早自 ${s(a.first)}）`,
    en: `${s(a.parameter)} has no value in force on ${s(a.asOf)} (first value from ${s(a.first)})`,
  }),
  param_cycle: (a) => ({ zh: `参数 ${s(a.parameter)} 的推导层数过多`, en: `${s(a.parameter)} is derived too deeply` }),
  param_zone_factor: (a) => ({
    zh: `参数 ${s(a.parameter)} 的倍数不能按分区取值`,
    en: `${s(a.parameter)}: a multiplier cannot vary by zone`,
  }),
  override_unknown_parameter: (a) => ({
    zh: `政策包 ${s(a.pack)} 中没有参数 ${s(a.parameter)}，不能设假设值`,
    en: `Pack ${s(a.pack)} has no parameter ${s(a.parameter)} to override`,
  }),
  override_invalid: (a) => ({
    zh: `${s(a.parameter)} 的假设值无效：${s(a.why)}`,
    en: `Invalid what-if value for ${s(a.parameter)}: ${s(a.why)}`,
  }),
} satisfies MessageCatalog;

export const packIssue = createIssueFactory(PACK_MESSAGES);
