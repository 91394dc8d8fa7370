import { messageEntry, showList, showValue as s } from '../errors/index.js';
import type { Bilingual, MessageArgs, MessageCatalog, MessageEntry, MessageText } from '../errors/index.js';

// The wording of the notes on a report's deadlines and on a case's stages, apart from the rest of the deadlines area
// (messages.ts): `computeSla` carries only the first in a bundle. `SLA_MESSAGES` lists these codes too, in their
// place, for `IssueCode` and docs/errors.md. A note carries its `fix`, so the build keeps it in this file only (see
// scripts/strip-catalogue-docs.ts); the issues in messages.ts ship without theirs.

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

/** Wording of the notes on a report's deadlines (unverified or missing limits, the calendar's edge). */
export const SLA_NOTE_MESSAGES = {
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
} satisfies MessageCatalog;

/** A code of {@link SLA_NOTE_MESSAGES}. */
export type SlaNoteCode = keyof typeof SLA_NOTE_MESSAGES;

/** A note's wording in both languages, and what to do when the catalogue says. */
function noteText(entry: MessageText | MessageEntry, args: MessageArgs): { text: Bilingual; fix?: Bilingual } {
  const { text, fix } = messageEntry(entry);
  return { text: text(args), ...(fix ? { fix } : {}) };
}

/** A note on a report's deadline: its wording in both languages, and what to do when the catalogue says. */
export function deadlineNoteText(code: SlaNoteCode, args: MessageArgs = {}): { text: Bilingual; fix?: Bilingual } {
  return noteText(SLA_NOTE_MESSAGES[code], args);
}

/** Wording of the notes on a case's stages (not started, limit unknown, extended, paused, …). */
export const STAGE_NOTE_MESSAGES = {
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
} satisfies MessageCatalog;

/** A code of {@link STAGE_NOTE_MESSAGES}. */
export type StageNoteCode = keyof typeof STAGE_NOTE_MESSAGES;

/**
 * A note on a case's stage: its own notes, and those it shares with a report's deadlines (a remark, the calendar's
 * edge, a provisional date), with their wording and what to do when the catalogue says.
 */
export function stageNoteText(
  code: StageNoteCode | SlaNoteCode,
  args: MessageArgs = {},
): { text: Bilingual; fix?: Bilingual } {
  const entry = Object.hasOwn(STAGE_NOTE_MESSAGES, code)
    ? STAGE_NOTE_MESSAGES[code as StageNoteCode]
    : SLA_NOTE_MESSAGES[code as SlaNoteCode];
  return noteText(entry, args);
}
