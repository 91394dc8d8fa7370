import { createIssueFactory, showList, showValue as s } from '../errors/index.js';
import type { MessageCatalog, MessageText } from '../errors/index.js';

// The wording of what using a validated pack can raise (figures on a date, what-if values, a pack that is not
// one), apart from the validation wording in messages.ts: deciding and deadlines carry only this in a bundle.
// `PACK_MESSAGES` (messages.ts) lists these codes too, in their place, for `IssueCode` and docs/errors.md.

/** Why a what-if value was refused, by the `reason` argument of `override_invalid`. */
const OVERRIDE_PROBLEMS: Readonly<Record<string, MessageText>> = {
  not_decimal: (a) => ({
    zh: `"${s(a.value)}" 不是非负小数`,
    en: `"${s(a.value)}" is not a non-negative decimal`,
  }),
  not_text_or_zones: () => ({
    zh: '应为小数文字，或每个分区一个小数文字',
    en: 'expected a decimal text or one per zone',
  }),
  unknown_zone: (a) => ({
    zh: `未知的键 "${s(a.zone)}"（可用：${showList(a.zones, '、') || '无'}）`,
    en: `unknown key "${s(a.zone)}" (keys: ${showList(a.zones, ', ') || 'none'})`,
  }),
  zone_not_decimal: (a) => ({
    zh: `分区 ${s(a.zone)} 的值 "${s(a.value)}" 不是非负小数`,
    en: `"${s(a.value)}" for zone ${s(a.zone)} is not a non-negative decimal`,
  }),
};

/** Wording of the issues raised when a validated pack is used: figures resolved on a date, what-if values. */
export const PACK_RUNTIME_MESSAGES = {
  pack_invalid_argument: (a) => ({
    zh: `需要一个已校验的政策包（如 packs.chengdu 或 loadPack(...) 的结果），收到 ${s(a.got)}`,
    en: `Expected a validated pack (such as packs.chengdu or the result of loadPack(...)), got ${s(a.got)}`,
  }),
  pack_not_validated: {
    text: (a) => ({
      zh: `政策包 ${s(a.pack)} 未经校验：规则条件无效（${s(a.problem)}）`,
      en: `Pack ${s(a.pack)} was not validated: a rule condition is invalid (${s(a.problem)})`,
    }),
    fix: {
      zh: '用 validatePack 或 loadPack 得到政策包，它们会说明每个规则问题',
      en: 'Get the pack from validatePack or loadPack, which word every rule problem',
    },
  },
  // Deadlines on a pack that skipped validation (validatePack's cross-check finds both first).
  urgency_office_hours_missing: {
    text: () => ({
      zh: '暂停计时需要设定办公时间（officeHours）',
      en: 'Pausing the clock outside office hours needs officeHours',
    }),
    fix: {
      zh: '加上 officeHours: { start: "08:30", end: "17:30" }',
      en: 'Add officeHours: { start: "08:30", end: "17:30" }',
    },
  },
  urgency_bad_at_risk_share: (a) => ({
    zh: `预警比例 ${s(a.value)} 应在 0 到 1 之间`,
    en: `atRiskShare ${s(a.value)} must be between 0 and 1`,
  }),
  param_unknown_key: (a) => ({
    zh: `政策包 ${s(a.pack)} 中没有参数 ${s(a.parameter)}`,
    en: `Pack ${s(a.pack)} has no parameter ${s(a.parameter)}`,
  }),
  param_not_in_force: (a) => ({
    zh: `参数 ${s(a.parameter)} 在 ${s(a.asOf)} 尚未生效（最早自 ${s(a.first)}）`,
    en: `${s(a.parameter)} has no value in force on ${s(a.asOf)} (first value from ${s(a.first)})`,
  }),
  param_cycle: {
    // Found at validation (the whole cycle) or, for a pack never validated, when resolving (the parameter).
    text: (a) =>
      a.cycle === undefined
        ? { zh: `参数 ${s(a.parameter)} 的推导层数过多`, en: `${s(a.parameter)} is derived too deeply` }
        : {
            zh: `参数互相引用成环：${showList(a.cycle, ' → ')}`,
            en: `Parameters refer to each other in a cycle: ${showList(a.cycle, ' → ')}`,
          },
    variants: [{ parameter: undefined }, { cycle: undefined }],
    fix: {
      zh: '让 multiply 最终指向一个直接给出数值的参数',
      en: 'Make every multiply chain end at a parameter with a value of its own',
    },
  },
  param_zone_factor: (a) => ({
    zh: `参数 ${s(a.parameter)} 的倍数不能按分区取值`,
    en: `${s(a.parameter)}: a multiplier cannot vary by zone`,
  }),
  override_unknown_parameter: (a) => ({
    zh: `政策包 ${s(a.pack)} 中没有参数 ${s(a.parameter)}，不能设假设值`,
    en: `Pack ${s(a.pack)} has no parameter ${s(a.parameter)} to override`,
  }),
  override_invalid: {
    text: (a) => {
      const why = OVERRIDE_PROBLEMS[String(a.reason)]?.(a) ?? { zh: s(a.reason), en: s(a.reason) };
      return {
        zh: `${s(a.parameter)} 的假设值无效：${why.zh}`,
        en: `Invalid what-if value for ${s(a.parameter)}: ${why.en}`,
      };
    },
    variants: Object.keys(OVERRIDE_PROBLEMS).map((reason) => ({ reason })),
    fix: {
      zh: '写成小数文字，如 "1200"；按分区的参数写成 { A: "1200", B: "1100" }',
      en: 'Write a decimal text such as "1200"; for a zoned parameter, { A: "1200", B: "1100" }',
    },
  },
} satisfies MessageCatalog;

/** A code of {@link PACK_RUNTIME_MESSAGES}. */
export type PackRuntimeIssueCode = keyof typeof PACK_RUNTIME_MESSAGES;

/** Issues of using a pack (`param_not_in_force`, `override_invalid`, …), with their wording only. */
export const packRuntimeIssue = /* @__PURE__ */ createIssueFactory(PACK_RUNTIME_MESSAGES);
