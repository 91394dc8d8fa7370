import { createIssueFactory, messageEntry, showList, showValue as s } from '../errors/index.js';
import type { Bilingual, MessageArgs, MessageCatalog } from '../errors/index.js';

/** `did you mean x?` after a list of known ids, when a suggestion was found. */
function known(a: MessageArgs): Bilingual {
  const list = { zh: showList(a.known, '、') || '无', en: showList(a.known, ', ') || 'none' };
  return a.suggestion !== undefined
    ? {
        zh: `（可选：${list.zh}），是否想写 ${s(a.suggestion)}？`,
        en: ` (known: ${list.en}); did you mean ${s(a.suggestion)}?`,
      }
    : { zh: `（可选：${list.zh}）`, en: ` (known: ${list.en})` };
}
const KNOWN_VARIANTS: readonly MessageArgs[] = [{ suggestion: undefined }, { suggestion: 'x' }];

/** What a deadline belongs to: a report's limit (`first response`) or a procedure's stage. */
function what(a: MessageArgs): Bilingual {
  if (a.stage !== undefined) return { zh: `阶段 ${s(a.stage)} `, en: `stage ${s(a.stage)}` };
  if (a.limit === 'firstResponse') return { zh: '首次响应', en: 'first response' };
  if (a.limit === 'disposal') return { zh: '处置', en: 'disposal' };
  return { zh: '期限', en: 'deadline' };
}
const WHAT_VARIANTS: readonly MessageArgs[] = [
  { stage: 'x' },
  { limit: 'firstResponse' },
  { limit: 'disposal' },
  { limit: undefined },
];

/**
 * Wording of the deadlines area: the notes on a report's deadlines and on a case's stages (unverified or
 * missing limits, the calendar's edge, provisional dates), and the problems in what a caller passes to
 * `slaStatus`, `computeCaseDeadlines` and `summarizeCaseload`. Tests assert codes, never this text.
 */
export const SLA_MESSAGES = {
  // Notes on deadlines.
  sla_limit_not_set: {
    text: (a) => ({
      zh: `政策包未规定${s(a.nameZh)}的${what(a).zh}时限，不计算该期限`,
      en: `The pack sets no ${what(a).en} limit for ${s(a.nameEn)}${a.nameEn === a.class ? '' : ` (${s(a.class)})`}; no deadline is computed`,
    }),
    variants: WHAT_VARIANTS,
    severity: 'warning',
  },
  sla_limit_unverified: {
    text: (a) => ({
      zh: `${s(a.nameZh)}的${what(a).zh}时限（${s(a.valueZh)}）未经核实，请以当地正式文件为准`,
      en: `The ${what(a).en} limit of ${s(a.nameEn)} (${s(a.valueEn)}) is not verified; check the local official document`,
    }),
    variants: WHAT_VARIANTS,
    severity: 'warning',
  },
  sla_limit_remark: {
    // The remark is the pack's own text: shown whole, never cut short.
    text: (a) => ({ zh: `${what(a).zh}时限：${String(a.zh)}`, en: `The ${what(a).en} limit: ${String(a.en)}` }),
    variants: WHAT_VARIANTS,
    severity: 'warning',
  },
  sla_office_hours: (a) => ({
    zh: `按小时计的时限只在工作日 ${s(a.start)}–${s(a.end)} 计时`,
    en: `Limits in hours count only ${s(a.start)}–${s(a.end)} on working days`,
  }),
  sla_assist_first: () => ({ zh: '先行救助、后置审批', en: 'Assist first, approve later' }),
  sla_class_undetermined: {
    text: (a) => {
      const ask =
        Array.isArray(a.missingZh) && a.missingZh.length
          ? { zh: `请核实：${showList(a.missingZh, '、')}`, en: `ask about: ${showList(a.missingEn, ', ')}` }
          : { zh: '政策包在该日期缺少相关数值', en: 'the pack lacks a figure its rule needs on this date' };
      return {
        zh: `可能属于更紧急的分类（${showList(a.classes, '、')}），${ask.zh}`,
        en: `The report may belong to a more urgent class (${showList(a.classes, ', ')}); ${ask.en}`,
      };
    },
    variants: [{ missingZh: ['x'], missingEn: ['x'] }, { missingZh: [] }],
  },
  sla_deadline_beyond_calendar: {
    text: (a) => ({
      zh: `${what(a).zh}的期限需要 ${s(a.year)} 年的节假日安排，日历 ${s(a.calendar)} 没有收录，期限无法计算（null）`,
      en: `The ${what(a).en} deadline needs ${s(a.year)}, which calendar ${s(a.calendar)} does not cover: it is not computed (null)`,
    }),
    variants: WHAT_VARIANTS,
    severity: 'warning',
    fix: {
      zh: '传入收录该年国务院通知的日历文件（--calendar / options.calendar），或选择按周末推算（--uncovered-years weekends-only）得到暂定期限',
      en: "Pass a calendar file with that year's State Council notice (--calendar / options.calendar), or opt into weekends-only counting (--uncovered-years weekends-only) for a provisional date",
    },
  },
  sla_deadline_provisional: {
    text: (a) => ({
      zh: `${what(a).zh}的期限为暂定：${showList(a.years, '、')} 年没有官方节假日安排，按“周末休息、无节假日”推算`,
      en: `The ${what(a).en} deadline is provisional: ${showList(a.years, ', ')} has no official holiday notice in the calendar, so weekends only were skipped`,
    }),
    variants: WHAT_VARIANTS,
    severity: 'warning',
    fix: {
      zh: '国务院节假日安排通知发布后，把该年加入日历文件并重新计算',
      en: "Add the year's State Council notice to the calendar file once it is published, and compute again",
    },
  },

  // Notes on a case's stages.
  procedure_not_started: (a) => ({
    zh: `阶段 ${s(a.stage)} 尚未开始（等待事件 ${s(a.starts)}）`,
    en: `Stage ${s(a.stage)} has not started (waiting for event ${s(a.starts)})`,
  }),
  procedure_limit_unknown: {
    text: (a) => ({
      zh: `阶段 ${s(a.stage)} 有时限要求，但来源未给出天数，不计算期限`,
      en: `Stage ${s(a.stage)} has a time limit, but its source gives no figure: no deadline is computed`,
    }),
    severity: 'warning',
    fix: {
      zh: '找到规定天数的文件后，在政策包中写入并注明来源',
      en: 'Find the document that sets the figure and add it to the pack with its source',
    },
  },
  procedure_extended: (a) => ({
    zh: `已延长（${s(a.nameZh)}）：时限为 ${s(a.limitZh)}`,
    en: `Extended (${s(a.nameEn)}): the limit is ${s(a.limitEn)}`,
  }),
  procedure_extended_after_due: {
    text: (a) => ({
      zh: `延长记录于 ${s(a.at)}，晚于原期限 ${s(a.due)}`,
      en: `The extension was recorded at ${s(a.at)}, after the original deadline ${s(a.due)}`,
    }),
    severity: 'warning',
  },
  procedure_paused: {
    text: (a) =>
      a.to === undefined
        ? {
            zh: `自 ${s(a.from)} 起暂停计时（${s(a.nameZh)}），尚未恢复`,
            en: `Paused since ${s(a.from)} (${s(a.nameEn)}), not yet resumed`,
          }
        : {
            zh: `${s(a.from)} 至 ${s(a.to)} 暂停计时（${s(a.nameZh)}）`,
            en: `Paused ${s(a.from)} to ${s(a.to)} (${s(a.nameEn)})`,
          },
    variants: [{ to: undefined }, { to: 'x' }],
  },
  procedure_period: (a) => ({
    zh: `阶段 ${s(a.stage)} 是须满期的期间（如公示），到期即完成`,
    en: `Stage ${s(a.stage)} is a period that must run its full length (such as publicity); it is complete when it has run`,
  }),
  procedure_cut_short: {
    text: (a) => ({
      zh: `阶段 ${s(a.stage)} 于 ${s(a.at)} 结束，早于期满 ${s(a.due)}`,
      en: `Stage ${s(a.stage)} ended at ${s(a.at)}, before its period ran out at ${s(a.due)}`,
    }),
    severity: 'warning',
  },
  procedure_limit_unverified: {
    text: (a) => ({
      zh: `阶段 ${s(a.stage)} 的时限（${s(a.limitZh)}）未经核实，请以当地正式文件为准`,
      en: `The limit of stage ${s(a.stage)} (${s(a.limitEn)}) is not verified; check the local official document`,
    }),
    severity: 'warning',
  },

  // Problems in what a caller passes.
  sla_bad_timestamp: (a) => ({
    zh: `${s(a.value)} 不是带时区偏移的有效时间（如 2024-09-30T17:30:00+08:00）`,
    en: `${s(a.value)} is not a timestamp with an offset (e.g. 2024-09-30T17:30:00+08:00)`,
  }),
  sla_now_before_receipt: (a) => ({
    zh: `now 早于收到报告的时间 ${s(a.receivedAt)}`,
    en: `now is before the report was received (${s(a.receivedAt)})`,
  }),
  sla_event_before_receipt: (a) => ({
    zh: `${s(a.field)} 早于收到报告的时间 ${s(a.receivedAt)}`,
    en: `${s(a.field)} is before the report was received (${s(a.receivedAt)})`,
  }),
  sla_event_after_now: (a) => ({
    zh: `${s(a.field)} 晚于 now：不能把尚未发生的事当作已完成`,
    en: `${s(a.field)} is after now: an event cannot be counted before it happens`,
  }),
  sla_bad_at_risk_share: (a) => ({
    zh: `atRiskShare ${s(a.value)} 应在 0 到 1 之间`,
    en: `atRiskShare ${s(a.value)} must be between 0 and 1`,
  }),
  case_unknown_procedure: {
    text: (a) => ({
      zh: `政策包 ${s(a.pack)} 没有办理程序 "${s(a.procedure)}"${known(a).zh}`,
      en: `Pack ${s(a.pack)} has no procedure "${s(a.procedure)}"${known(a).en}`,
    }),
    variants: KNOWN_VARIANTS,
    fix: {
      zh: '用 safetynet sla --pack <id> --procedure 查看可用程序',
      en: 'Check the procedures: section of the pack',
    },
  },
  case_unknown_event: {
    text: (a) => ({
      zh: `程序 ${s(a.procedure)} 不使用事件 "${s(a.type)}"${known(a).zh}`,
      en: `Procedure ${s(a.procedure)} has no event "${s(a.type)}"${known(a).en}`,
    }),
    variants: KNOWN_VARIANTS,
  },
  case_unknown_stage: {
    text: (a) => ({
      zh: `程序 ${s(a.procedure)} 没有阶段 "${s(a.stage)}"${known(a).zh}`,
      en: `Procedure ${s(a.procedure)} has no stage "${s(a.stage)}"${known(a).en}`,
    }),
    variants: KNOWN_VARIANTS,
  },
  case_event_needs_stage: (a) => ({
    zh: `事件 ${s(a.type)} 须写明阶段（stage），可选：${showList(a.known, '、')}`,
    en: `Event ${s(a.type)} must name its stage (stage: one of ${showList(a.known, ', ')})`,
  }),
  case_unknown_extension: {
    text: (a) => ({
      zh: `阶段 ${s(a.stage)} 没有延长情形 "${s(a.extension)}"${known(a).zh}`,
      en: `Stage ${s(a.stage)} has no extension "${s(a.extension)}"${known(a).en}`,
    }),
    variants: KNOWN_VARIANTS,
    fix: {
      zh: '只有来源规定了延长情形的阶段才能延长；在 extension 中写明情形',
      en: 'Only a stage whose source sets extensions can be extended; name the extension under extension',
    },
  },
  case_unknown_pause: {
    text: (a) => ({
      zh: `阶段 ${s(a.stage)} 没有暂停计时情形 "${s(a.pause)}"${known(a).zh}`,
      en: `Stage ${s(a.stage)} has no pause "${s(a.pause)}"${known(a).en}`,
    }),
    variants: KNOWN_VARIANTS,
    fix: {
      zh: '只有来源规定了不计入时限的情形的阶段才能暂停计时',
      en: 'Only a stage whose source says when the clock stops can be paused',
    },
  },
  case_resume_without_pause: (a) => ({
    zh: `阶段 ${s(a.stage)} 在 ${s(a.at)} 恢复计时，但之前没有暂停`,
    en: `Stage ${s(a.stage)} is resumed at ${s(a.at)} but was not paused`,
  }),
  case_pause_while_paused: (a) => ({
    zh: `阶段 ${s(a.stage)} 在 ${s(a.at)} 暂停时已处于暂停状态`,
    en: `Stage ${s(a.stage)} is paused at ${s(a.at)} while already paused`,
  }),
  case_event_after_at: (a) => ({
    zh: `事件 ${s(a.type)}（${s(a.at)}）晚于所查看的时刻 ${s(a.now)}`,
    en: `Event ${s(a.type)} (${s(a.at)}) is after the moment looked at (${s(a.now)})`,
  }),
  case_stage_ends_before_start: (a) => ({
    zh: `阶段 ${s(a.stage)} 的结束事件 ${s(a.ends)} 早于开始事件 ${s(a.starts)}`,
    en: `Stage ${s(a.stage)} ends (${s(a.ends)}) before it starts (${s(a.starts)})`,
  }),
} satisfies MessageCatalog;

/** A code of {@link SLA_MESSAGES}. */
export type SlaIssueCode = keyof typeof SLA_MESSAGES;

/** An issue of the deadlines area. */
export const slaIssueOf = createIssueFactory(SLA_MESSAGES);

/** A note on a deadline: the code, its wording in both languages, what to do when the catalogue says, and args. */
export function slaNoteText(code: SlaIssueCode, args: MessageArgs = {}): { text: Bilingual; fix?: Bilingual } {
  const entry = messageEntry(SLA_MESSAGES[code]);
  return { text: entry.text(args), ...(entry.fix ? { fix: entry.fix } : {}) };
}
