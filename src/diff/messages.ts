import { createIssueFactory, showList, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of the problems found when a population is read or a diff is asked for. */
export const DIFF_MESSAGES = {
  population_bad_json: (a) => ({
    zh: `第 ${s(a.line)} 行不是有效的 JSON`,
    en: `Line ${s(a.line)} is not valid JSON: ${s(a.error)}`,
  }),
  population_csv_columns: (a) => ({
    zh: `CSV 缺少列：${showList(a.missing, '、')}`,
    en: `CSV is missing columns: ${showList(a.missing, ', ')}`,
  }),
  population_bad_size: (a) => ({
    zh: `第 ${s(a.line)} 行家庭人口数无效`,
    en: `Line ${s(a.line)}: size must be a whole number from 1 to 50`,
  }),
  population_bad_record: {
    text: (a) => ({
      zh: `第 ${s(a.record)} 条记录应为含 id（文本）和 ${s(a.field)} 的对象`,
      en: `Record ${s(a.record)} must be an object with an id (text) and a ${s(a.field)}`,
    }),
    fix: { zh: '每条记录写成 { "id": "…", … }', en: 'Write each record as { "id": "…", … }' },
  },
  diff_needs_as_of: () => ({
    zh: 'diffPacks：比较人群需要 asOf（作出决定的日期）',
    en: 'diffPacks: a population needs asOf (the date decisions are made for)',
  }),
} satisfies MessageCatalog;

export const diffIssue = /* @__PURE__ */ createIssueFactory(DIFF_MESSAGES);

/** How a diff writes parameter entries, their sources and urgency limits (English, as in the Markdown). */
export const ENTRY_TEXT = {
  unknown: 'unknown',
  multiply: (by: string, parameter: string, round: { readonly mode: string; readonly to: string } | undefined) =>
    `${by} × ${parameter}${round ? ` (round ${round.mode} to ${round.to})` : ''}`,
  source: (id: string, verified: boolean, published: string | undefined) =>
    `${id}${verified ? '' : ' (unverified)'}${published ? `, published ${published}` : ''}`,
  workingDays: (days: number) => `${days} working days`,
} as const;
