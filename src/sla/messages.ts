import { createIssueFactory, showList, showValue as s } from '../errors/index.js';
import type { Bilingual, MessageArgs, MessageCatalog } from '../errors/index.js';
import { SLA_NOTE_MESSAGES as NOTES, STAGE_NOTE_MESSAGES as STAGE_NOTES } from './note-messages.js';

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

/**
 * Wording of the deadlines area: the notes on a report's deadlines and on a case's stages (unverified or
 * missing limits, the calendar's edge, provisional dates), and the problems in what a caller passes to
 * `slaStatus`, `computeCaseDeadlines` and `summarizeCaseload`. Tests assert codes, never this text.
 */
export const SLA_MESSAGES = {
  // Notes on deadlines (worded in note-messages.ts).
  sla_limit_not_set: NOTES.sla_limit_not_set,
  sla_limit_unverified: NOTES.sla_limit_unverified,
  sla_limit_remark: NOTES.sla_limit_remark,
  sla_office_hours: NOTES.sla_office_hours,
  sla_assist_first: NOTES.sla_assist_first,
  sla_class_undetermined: NOTES.sla_class_undetermined,
  sla_deadline_beyond_calendar: NOTES.sla_deadline_beyond_calendar,
  sla_deadline_provisional: NOTES.sla_deadline_provisional,

  // Notes on a case's stages (worded in note-messages.ts).
  procedure_not_started: STAGE_NOTES.procedure_not_started,
  procedure_limit_unknown: STAGE_NOTES.procedure_limit_unknown,
  procedure_extended: STAGE_NOTES.procedure_extended,
  procedure_extended_after_due: STAGE_NOTES.procedure_extended_after_due,
  procedure_paused: STAGE_NOTES.procedure_paused,
  procedure_period: STAGE_NOTES.procedure_period,
  procedure_cut_short: STAGE_NOTES.procedure_cut_short,
  procedure_limit_unverified: STAGE_NOTES.procedure_limit_unverified,

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
export const slaIssueOf = /* @__PURE__ */ createIssueFactory(SLA_MESSAGES);
