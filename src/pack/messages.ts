import { createIssueFactory, DID_YOU_MEAN_VARIANTS, didYouMean, showList, showValue as s } from '../errors/index.js';
import type { Bilingual, MessageArgs, MessageCatalog } from '../errors/index.js';
import { PACK_RUNTIME_MESSAGES as RUNTIME } from './runtime-messages.js';

/** `户籍类别` / `hukou type` or `分区` / `zone`: what a keyed parameter value is keyed by. */
function keyedBy(a: MessageArgs): Bilingual {
  return a.by === 'hukou' ? { zh: '户籍类别', en: 'hukou type' } : { zh: '分区', en: 'zone' };
}

/** Where an unverified figure sits: a parameter's value from a date, or an urgency class's limits. */
const UNVERIFIED_VARIANTS: readonly MessageArgs[] = [{ class: undefined }, { parameter: undefined }];

/** What a size limit of a pack bounds, in both languages. */
const LIMIT_TEXT: Readonly<Record<string, Bilingual>> = {
  characters: { zh: '字符', en: 'characters' },
  zones: { zh: '个分区', en: 'zones' },
  districts: { zh: '个区县', en: 'districts' },
  parameters: { zh: '个参数', en: 'parameters' },
  values: { zh: '个日期数值', en: 'dated values' },
  rules: {
    zh: '条规则（项目、紧急程度、等级、转介、核查、衔接）',
    en: 'rules (programmes, classes, tiers, referrals, reviews, transitions)',
  },
  conditions: { zh: '个条件', en: 'conditions' },
};

/**
 * Wording of the issues found when packs are read, merged, resolved on a date, or given what-if values. What
 * using a validated pack can raise (`RUNTIME`) is worded in runtime-messages.ts, so that deciding does not carry
 * the validation wording; it is listed here in its place.
 */
export const PACK_MESSAGES = {
  pack_extends_cycle: (a) => ({ zh: `继承关系成环：${s(a.cycle)}`, en: `Circular extends: ${s(a.cycle)}` }),
  pack_extends_too_deep: (a) => ({
    zh: `继承层级过深（超过 ${s(a.max)} 层）：${s(a.chain)}`,
    en: `The extends chain is deeper than ${s(a.max)} packs: ${s(a.chain)}`,
  }),
  pack_id_mismatch: {
    text: (a) => ({
      zh: `政策包 id "${s(a.id)}" 与其目录名 "${s(a.expected)}" 不一致`,
      en: `Pack id "${s(a.id)}" does not match its directory "${s(a.expected)}"`,
    }),
    fix: {
      zh: '目录名即政策包 id（上级政策包按 id 在同级目录中查找）：改正 id 或目录名',
      en: 'A pack lives in the directory named by its id (parents are found by id): rename one of them',
    },
  },
  pack_too_large: {
    text: (a) => {
      const what = LIMIT_TEXT[String(a.what)] ?? { zh: s(a.what), en: s(a.what) };
      return {
        zh: `政策包过大：${s(a.count)} ${what.zh}，上限 ${s(a.max)}`,
        en: `The pack is too large: ${s(a.count)} ${what.en}, at most ${s(a.max)}`,
      };
    },
    variants: Object.keys(LIMIT_TEXT).map((what) => ({ what })),
    fix: {
      zh: '拆分政策包，或合并相同的分区和数值；上限约为实际政策包的百倍',
      en: 'Split the pack, or merge zones and values that are the same; the limits are about 100 times a real pack',
    },
  },
  pack_input_invalid: {
    text: (a) => ({
      zh: `validatePack 需要 { text, file? } 或 { data, file? }，收到 ${s(a.got)}`,
      en: `validatePack expects { text, file? } or { data, file? }, got ${s(a.got)}`,
    }),
    fix: {
      zh: 'YAML 文字传 { text }，已解析的数据传 { data }',
      en: 'Pass YAML as { text } and parsed data as { data }',
    },
  },
  pack_revision_spec_invalid: (a) => ({
    zh: `应写作 <修订版本>:<目录>（如 origin/main:policies/chengdu），收到 ${s(a.spec)}`,
    en: `Expected <revision>:<directory> (such as origin/main:policies/chengdu), got ${s(a.spec)}`,
  }),
  pack_revision_not_found: (a) => ({
    zh: `在 git 修订版本 ${s(a.revision)} 中找不到政策包 ${s(a.file)}`,
    en: `No pack ${s(a.file)} at git revision ${s(a.revision)}`,
  }),
  pack_parent_not_found: {
    text: (a) => ({
      zh: `找不到上级政策包 "${s(a.parent)}"${didYouMean(a).zh}`,
      en: `Parent pack "${s(a.parent)}" not found${didYouMean(a).en}`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
  },
  pack_file_not_found: {
    text: (a) => ({ zh: `找不到政策包：${s(a.path)}`, en: `No pack at ${s(a.path)}` }),
    fix: {
      zh: '给出政策包目录（含 pack.yaml）或 YAML 文件的路径',
      en: 'Give the path of a pack directory (holding pack.yaml) or of a YAML file',
    },
  },
  pack_not_found: {
    text: (a) => ({
      zh: `没有政策包 "${s(a.pack)}"${didYouMean(a).zh}（可用：${s(a.known)}）`,
      en: `No pack "${s(a.pack)}"${didYouMean(a).en} (available: ${s(a.known)})`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: {
      zh: '写内置政策包的编号，或政策包目录（含 pack.yaml）的路径',
      en: 'Give the id of a bundled pack, or the path of a pack directory (holding pack.yaml)',
    },
  },
  pack_no_urgency: (a) => ({
    zh: `政策包 ${s(a.pack)} 没有定义紧急程度分类`,
    en: `Pack ${s(a.pack)} defines no urgency classes`,
  }),
  pack_invalid_argument: RUNTIME.pack_invalid_argument,
  pack_not_validated: RUNTIME.pack_not_validated,
  review_unknown_cycle: {
    text: (a) => ({
      zh: `核查规则 ${s(a.review)} 引用了未定义的周期 "${s(a.cycle)}"${didYouMean(a).zh}（请在 cycles 中声明）`,
      en: `Review rule ${s(a.review)} names an unknown cycle "${s(a.cycle)}"${didYouMean(a).en} (declare it under cycles)`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
  },
  review_unknown_source: {
    text: (a) => ({
      zh: `未定义的来源 "${s(a.source)}"${didYouMean(a).zh}（请在 sources 中声明）`,
      en: `Unknown source "${s(a.source)}"${didYouMean(a).en} (declare it under sources)`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
  },
  rule_unverified: (a) => ({
    zh: `${s(a.kind)} ${s(a.id)} 所依据的来源（${s(a.source)}）未经核实`,
    en: `The ${s(a.kind)} ${s(a.id)} rests on an unverified source (${s(a.source)})`,
  }),
  rule_unsourced: (a) => ({
    zh: `${s(a.kind)} ${s(a.id)} 没有注明来源，无从核实`,
    en: `The ${s(a.kind)} ${s(a.id)} cites no source, so nothing verifies it`,
  }),
  param_unknown_key: RUNTIME.param_unknown_key,
  param_not_in_force: RUNTIME.param_not_in_force,
  param_cycle: RUNTIME.param_cycle,
  param_zone_factor: RUNTIME.param_zone_factor,
  override_unknown_parameter: RUNTIME.override_unknown_parameter,
  override_invalid: RUNTIME.override_invalid,

  // Cross-checks of a merged pack (what the schema cannot see).
  source_unknown: {
    text: (a) => ({
      zh: `未定义的来源 "${s(a.source)}"${didYouMean(a).zh}（请在 sources 中声明）`,
      en: `Unknown source "${s(a.source)}"${didYouMean(a).en} (declare it under sources)`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: {
      zh: '在 sources 中登记该文件（标题、发文机关、日期），或改正编号',
      en: 'Declare the document under sources (title, issuer, date), or correct the id',
    },
  },
  param_unit_changed: {
    text: (a) => ({
      zh: `单位 ${s(a.unit)} 与上级政策包的 ${s(a.parentUnit)} 不一致`,
      en: `Unit ${s(a.unit)} differs from the parent pack's ${s(a.parentUnit)}`,
    }),
    fix: { zh: '使用上级政策包的单位', en: "Use the parent pack's unit" },
  },
  param_duplicate_date: {
    text: (a) => ({ zh: `日期 ${s(a.from)} 重复`, en: `Date ${s(a.from)} appears twice` }),
    fix: { zh: '同一日期只保留一项', en: 'Keep one entry per date' },
  },
  param_dates_out_of_order: {
    text: (a) => ({
      zh: `日期 ${s(a.from)} 早于上一项 ${s(a.previous)}：请按时间先后排列`,
      en: `Date ${s(a.from)} is before the previous entry ${s(a.previous)}: list values in date order`,
    }),
    fix: { zh: '按 from 日期从早到晚排列各项', en: 'Sort the values by their from date, oldest first' },
  },
  param_unknown_zone: {
    text: (a) => ({
      zh: `未定义的${keyedBy(a).zh} "${s(a.zone)}"${didYouMean(a).zh}`,
      en: `Unknown ${keyedBy(a).en} "${s(a.zone)}"${didYouMean(a).en}`,
    }),
    variants: [{ by: 'zone' }, { by: 'hukou' }, { by: 'zone', suggestion: 'A' }],
    fix: {
      zh: '分区须在 zones 中定义；户籍类别只有 urban 和 rural',
      en: 'Zones must be defined under zones; hukou types are urban and rural',
    },
  },
  param_zone_missing: {
    text: (a) => ({
      zh: `缺少${keyedBy(a).zh} "${s(a.zone)}" 的数值`,
      en: `No value for ${keyedBy(a).en} "${s(a.zone)}"`,
    }),
    variants: [{ by: 'zone' }, { by: 'hukou' }],
    fix: {
      zh: '为每个分区（或 urban、rural）各写一个数值',
      en: 'Give a value for every zone (or for both urban and rural)',
    },
  },
  param_unknown_reference: {
    text: (a) => ({
      zh: `引用了未定义的参数 "${s(a.parameter)}"${didYouMean(a).zh}`,
      en: `Refers to an unknown parameter "${s(a.parameter)}"${didYouMean(a).en}`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
  },
  param_money_precision: {
    text: (a) => ({
      zh: `金额最多两位小数（分）：${s(a.value)}`,
      en: `Money has at most 2 decimals (fen): ${s(a.value)}`,
    }),
  },
  param_value_notation: {
    text: (a) => ({
      zh: `数值 ${s(a.value)} 会被 YAML 读作 ${s(a.read)}：请写成普通小数`,
      en: `The figure ${s(a.value)} would be read by YAML as ${s(a.read)}: write it as a plain decimal`,
    }),
    fix: {
      zh: '写成小数文字，如 "900" 或 "0.5"（不用十六进制、八进制、科学计数法或正号）',
      en: 'Write a decimal text such as "900" or "0.5" (no hexadecimal, octal, exponent or plus sign)',
    },
  },
  param_not_integer: (a) => ({
    zh: `单位为 ${s(a.unit)} 的参数必须是整数：${s(a.value)}`,
    en: `A parameter in ${s(a.unit)} must be a whole number: ${s(a.value)}`,
  }),
  action_unknown_department: {
    text: (a) => ({
      zh: `未定义的转介部门 "${s(a.department)}"${didYouMean(a).zh}`,
      en: `Unknown referral "${s(a.department)}"${didYouMean(a).en}`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: { zh: '在 referrals 中定义该部门', en: 'Define the department under referrals' },
  },
  action_unknown_cycle: {
    text: (a) => ({
      zh: `未定义的回访周期 "${s(a.cycle)}"${didYouMean(a).zh}`,
      en: `Unknown cycle "${s(a.cycle)}"${didYouMean(a).en}`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: { zh: '在 cycles 中定义该周期', en: 'Define the cycle under cycles' },
  },
  tier_unknown_cycle: {
    text: (a) => ({
      zh: `未定义的回访周期 "${s(a.cycle)}"${didYouMean(a).zh}`,
      en: `Unknown cycle "${s(a.cycle)}"${didYouMean(a).en}`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: { zh: '在 cycles 中定义该周期', en: 'Define the cycle under cycles' },
  },
  changes_version_mismatch: {
    text: (a) => ({
      zh: `版本号 ${s(a.version)} 与变更记录中最新的版本 ${s(a.newest)} 不一致`,
      en: `The version ${s(a.version)} is not the newest version in changes (${s(a.newest)})`,
    }),
    fix: {
      zh: '每次发布在 changes 最前面加一条与 version 相同的记录',
      en: 'Add a change with the same version at the top of changes for every release',
    },
  },
  changes_duplicate_version: {
    text: (a) => ({
      zh: `变更记录中版本 ${s(a.version)} 出现了不止一次`,
      en: `Version ${s(a.version)} appears more than once in changes`,
    }),
    fix: { zh: '每个版本只写一条变更记录', en: 'Write one change per version' },
  },
  zone_district_twice: {
    text: (a) => ({
      zh: `区县 "${s(a.district)}" 同时属于分区 ${showList(a.zones, ' 和 ')}`,
      en: `District "${s(a.district)}" is in zone ${showList(a.zones, ' and zone ')}`,
    }),
    fix: { zh: '每个区县只列在一个分区下', en: 'List each district under one zone only' },
  },
  urgency_office_hours_missing: RUNTIME.urgency_office_hours_missing,
  urgency_office_hours_order: (a) => ({
    zh: `办公时间开始 ${s(a.start)} 应早于结束 ${s(a.end)}`,
    en: `Office hours must start (${s(a.start)}) before they end (${s(a.end)})`,
  }),
  urgency_bad_at_risk_share: RUNTIME.urgency_bad_at_risk_share,
  urgency_day_limit_in_office_hours: {
    text: (a) => ({
      zh: `按办公时间计时时，时限 ${s(a.limit)} 含“天”含义不明，请用小时或工作日`,
      en: `With the clock paused outside office hours, ${s(a.limit)} is ambiguous: use hours or working days`,
    }),
    fix: { zh: '写成小时（如 PT16H）或工作日', en: 'Write the limit in hours (e.g. PT16H) or in working days' },
  },
  urgency_catch_all_shadows: {
    text: (a) => ({
      zh: `紧急程度 ${s(a.class)} 没有条件，会遮住优先级更低的类别`,
      en: `Urgency class ${s(a.class)} has no condition, so it shadows every less urgent class`,
    }),
    severity: 'warning',
    fix: {
      zh: '给它加上 when 条件，或把它设为优先级最低的类别',
      en: 'Give it a when condition, or make it the least urgent class',
    },
  },

  procedure_no_stages: (a) => ({
    zh: `办理程序 ${s(a.procedure)} 没有阶段`,
    en: `Procedure ${s(a.procedure)} has no stages`,
  }),
  procedure_reserved_event: {
    text: (a) => ({
      zh: `阶段 ${s(a.stage)} 不能以事件 ${s(a.event)} 开始或结束：extended、paused、resumed 另有含义`,
      en: `Stage ${s(a.stage)} cannot start or end on ${s(a.event)}: extended, paused and resumed have a meaning of their own`,
    }),
    fix: { zh: '换一个事件名，如 accepted、decided', en: 'Use another event name, such as accepted or decided' },
  },
  procedure_same_events: (a) => ({
    zh: `阶段 ${s(a.stage)} 的开始事件与结束事件相同（${s(a.event)}）`,
    en: `Stage ${s(a.stage)} starts and ends on the same event (${s(a.event)})`,
  }),
  procedure_extension_kind: (a) => ({
    zh: `阶段 ${s(a.stage)} 的延长情形 ${s(a.extension)} 与原时限的计法不同（工作日、自然日或小时）`,
    en: `Extension ${s(a.extension)} of stage ${s(a.stage)} counts in other units than the stage's limit (working days, days or clock time)`,
  }),
  procedure_extension_not_longer: (a) => ({
    zh: `阶段 ${s(a.stage)} 的延长情形 ${s(a.extension)} 的时限不长于原时限`,
    en: `Extension ${s(a.extension)} of stage ${s(a.stage)} is not longer than the stage's own limit`,
  }),

  // Warnings: figures that rest on unverified sources, and yearly figures not updated.
  figure_unverified: {
    text: (a) =>
      a.class !== undefined
        ? {
            zh: `紧急程度 ${s(a.class)} 的时限未经核实`,
            en: `The limits of urgency class ${s(a.class)} are not verified`,
          }
        : {
            zh: `参数 ${s(a.parameter)} 自 ${s(a.from)} 起的数值未经核实（来源 ${s(a.source ?? '—')}）`,
            en: `The value of ${s(a.parameter)} from ${s(a.from)} is not verified (source ${s(a.source ?? '—')})`,
          },
    variants: UNVERIFIED_VARIANTS,
    severity: 'warning',
    fix: {
      zh: '对照通知原文核实后，在来源或数值上写 verified: true',
      en: 'Check the figure against the notice text, then mark the source or value verified: true',
    },
  },
  procedure_unverified: {
    text: (a) => ({
      zh: `办理程序 ${s(a.procedure)} 阶段 ${s(a.stage)} 的时限未经核实`,
      en: `The limit of stage ${s(a.stage)} of procedure ${s(a.procedure)} is not verified`,
    }),
    severity: 'warning',
    fix: {
      zh: '对照文件原文核实后，在来源或阶段上写 verified: true',
      en: 'Check the limit against the document, then mark the source or the stage verified: true',
    },
  },
  pack_calendar_ends_soon: {
    text: (a) =>
      Number(a.days) < 0
        ? {
            zh: `日历 ${s(a.calendar)} 只收录到 ${s(a.lastDay)}，早于 ${s(a.today)}：工作日期限无法计算`,
            en: `Calendar ${s(a.calendar)} ended on ${s(a.lastDay)}, before ${s(a.today)}: working-day deadlines cannot be computed`,
          }
        : {
            zh: `日历 ${s(a.calendar)} 只收录到 ${s(a.lastDay)}，距 ${s(a.today)} 仅 ${s(a.days)} 天；此后的工作日期限将无法计算`,
            en: `Calendar ${s(a.calendar)} ends on ${s(a.lastDay)}, ${s(a.days)} days after ${s(a.today)}: working-day deadlines beyond it cannot be computed`,
          },
    variants: [{ days: -1 }, { days: 30 }],
    severity: 'warning',
    fix: {
      zh: '国务院下一年节假日安排通知发布后，把它连同出处加入日历文件',
      en: "Add next year's State Council holiday notice, with its citation, to the calendar file once it is published",
    },
  },
  param_stale: {
    text: (a) => ({
      zh:
        `参数 ${s(a.parameter)} 每年调整，但 ${s(a.year)} ` +
        `年尚无已知数值（最近已知数值自 ${s(a.latestKnown ?? '—')}）`,
      en:
        `${s(a.parameter)} is reviewed yearly but has no known value ` +
        `for ${s(a.year)} (latest known from ${s(a.latestKnown ?? '—')})`,
    }),
    severity: 'warning',
    fix: {
      zh: '加入今年的数值及其来源；数值未公布时写 unknown: true 和说明',
      en: "Add this year's value with its source, or an unknown: true entry with a note while it is not published",
    },
  },
} satisfies MessageCatalog;

/** A code of {@link PACK_MESSAGES}. */
export type PackIssueCode = keyof typeof PACK_MESSAGES;

export const packIssue = /* @__PURE__ */ createIssueFactory(PACK_MESSAGES);
