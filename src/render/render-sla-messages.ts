import type { Bilingual } from '../errors/index.js';
import type { SlaLimitName, SlaState } from '../sla/index.js';

/** Labels of the lines of {@link renderSla}. */
export const SLA_LABEL = {
  class: { zh: '紧急程度', en: 'class' },
  assistFirst: { zh: '先行救助、后置审批', en: 'assist first, approve later' },
  received: { zh: '接报时间', en: 'received' },
  firstResponseDue: { zh: '首次响应时限', en: 'first response due' },
  disposalDue: { zh: '处置完成时限', en: 'disposal due' },
  notSet: { zh: '（政策包未设定）', en: '(not set by the pack)' },
  notComputed: {
    zh: '（无法计算：日历未收录所需年份，见说明）',
    en: '(not computed: the calendar lacks a year it needs, see the note)',
  },
  provisional: { zh: '暂定', en: 'provisional' },
  fix: { zh: '处理', en: 'what to do' },
} as const satisfies Record<string, Bilingual>;

/** The deadlines, as named in status lines. */
export const SLA_LIMIT_LABEL: Readonly<Record<SlaLimitName, Bilingual>> = {
  firstResponse: { zh: '首次响应', en: 'first response' },
  disposal: { zh: '处置完成', en: 'disposal' },
};

/** Where a computed deadline stands, for people: the words a report's deadlines and a case's stages share. */
export const JUDGED_STATE_LABEL: Readonly<Record<Exclude<SlaState, 'unknown'>, Bilingual>> = {
  'on-time': { zh: '未超时', en: 'on-time' },
  'at-risk': { zh: '即将超时', en: 'at-risk' },
  breached: { zh: '已超时', en: 'breached' },
  met: { zh: '按时完成', en: 'met' },
  'met-late': { zh: '逾期完成', en: 'met-late' },
};

/** Where a deadline stands, for people. */
export const SLA_STATE_LABEL: Readonly<Record<SlaState, Bilingual>> = {
  ...JUDGED_STATE_LABEL,
  unknown: { zh: '无法判断（期限未能计算）', en: 'unknown (no deadline computed)' },
};

/** A deadline's state with the time left (or spare) or past due, ISO 8601 durations inside. */
export const SLA_STATUS_TEXT = {
  remaining: (duration: string): Bilingual => ({ zh: `剩余 ${duration}`, en: `${duration} left` }),
  overdue: (duration: string): Bilingual => ({ zh: `超时 ${duration}`, en: `${duration} overdue` }),
  provisional: (due: string): Bilingual => ({ zh: `${due}（暂定）`, en: `${due} (provisional)` }),
  /** `at-risk (PT10M left)` / `即将超时（剩余 PT10M）`. */
  state: (state: Bilingual, times: readonly Bilingual[]): Bilingual =>
    times.length
      ? {
          zh: `${state.zh}（${times.map((x) => x.zh).join('，')}）`,
          en: `${state.en} ${times.map((x) => `(${x.en})`).join(' ')}`,
        }
      : state,
} as const;
