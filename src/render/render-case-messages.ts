import type { Bilingual } from '../errors/index.js';
import type { StageLimit, StageState } from '../sla/index.js';
import { JUDGED_STATE_LABEL } from './render-sla-messages.js';

/** Where a stage or a caseload item stands, for people. */
export const STAGE_STATE_LABEL: Readonly<Record<StageState, Bilingual>> = {
  ...JUDGED_STATE_LABEL,
  unknown: { zh: '无法判断', en: 'unknown' },
  'not-started': { zh: '未开始', en: 'not-started' },
  paused: { zh: '暂停计时', en: 'paused' },
  running: { zh: '期间中', en: 'running' },
  'cut-short': { zh: '提前结束', en: 'cut-short' },
  done: { zh: '已完成', en: 'done' },
};

/** The words of a rendered case and caseload. */
export const CASE_TEXT = {
  procedure: { zh: '办理程序', en: 'procedure' },
  case: { zh: '个案', en: 'case' },
  at: { zh: '查看时刻', en: 'at' },
  state: { zh: '状态', en: 'state' },
  nextDue: { zh: '最近期限', en: 'next due' },
  none: { zh: '无', en: 'none' },
  started: { zh: '开始', en: 'started' },
  dayOne: { zh: '第1日', en: 'day 1' },
  due: { zh: '期限', en: 'due' },
  done: { zh: '完成', en: 'done' },
  period: { zh: '（须满期）', en: ' (a period that must run)' },
  notStartedYet: { zh: '尚未开始', en: 'not started' },
  extended: (name: Bilingual, from: Bilingual): Bilingual => ({
    zh: `（已延长：${name.zh}；原为 ${from.zh}）`,
    en: ` (extended: ${name.en}; was ${from.en})`,
  }),
  caseload: (at: string, total: number): Bilingual => ({
    zh: `待办一览 · ${at} · 共 ${total} 件`,
    en: `caseload at ${at} · ${total} report(s) and case(s)`,
  }),
  columns: {
    zh: ['状态', '编号', '类别/程序', '期限项', '最近期限', '剩余/超时'],
    en: ['state', 'id', 'class/procedure', 'deadline', 'next due', 'left/overdue'],
  },
  errors: (n: number): Bilingual => ({ zh: `无法计算 ${n} 件：`, en: `${n} could not be judged:` }),
  provisional: { zh: '暂定', en: 'provisional' },
  left: (d: string): Bilingual => ({ zh: `剩余 ${d}`, en: `${d} left` }),
  overdue: (d: string): Bilingual => ({ zh: `超时 ${d}`, en: `${d} overdue` }),
} as const;

/** `25 个工作日`, `2 日`, `PT48H`, `未给出天数`. */
export function stageLimitText(limit: StageLimit): Bilingual {
  if (limit.kind === 'working-days') {
    return { zh: `${limit.value} 个工作日`, en: `${limit.value} working day${limit.value === 1 ? '' : 's'}` };
  }
  if (limit.kind === 'days')
    return { zh: `${limit.value} 日`, en: `${limit.value} day${limit.value === 1 ? '' : 's'}` };
  if (limit.kind === 'clock') return { zh: limit.value, en: limit.value };
  return { zh: '有时限但未给出天数', en: 'a limit with no figure' };
}
