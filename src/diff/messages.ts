import {
  createIssueFactory,
  DID_YOU_MEAN_VARIANTS,
  didYouMean,
  showList,
  showValue as s,
  type Bilingual,
  type MessageCatalog,
} from '../errors/index.js';

/** What a CSV cell should have been, by the `expected` argument of `population_csv_bad_value`. */
const BAD_VALUE: Readonly<Record<string, Bilingual>> = {
  boolean: { zh: ' true/false、TRUE/FALSE、1/0 或 是/否', en: 'true/false, TRUE/FALSE, 1/0 or 是/否' },
  integer: { zh: '整数', en: 'a whole number' },
  id: { zh: '家庭编号（不能为空）', en: 'a household id (not empty)' },
  kind: { zh: '残疾类别（写了残疾等级时必填）', en: 'a kind of disability (needed with a disability grade)' },
};

/** Wording of the problems found when a population is read or a diff is asked for. */
export const DIFF_MESSAGES = {
  population_bad_json: (a) => ({
    zh: `第 ${s(a.line)} 行不是有效的 JSON`,
    en: `Line ${s(a.line)} is not valid JSON: ${s(a.error)}`,
  }),
  population_csv_columns: {
    text: (a) => ({
      zh: `CSV 缺少列：${showList(a.missing, '、')}`,
      en: `CSV is missing columns: ${showList(a.missing, ', ')}`,
    }),
    fix: {
      zh: '第一行写列名；每行一名成员，household 列写家庭编号',
      en: 'Write the column names on the first line; one row per member, the household id in the household column',
    },
  },
  population_csv_unknown_column: {
    text: (a) => ({
      zh: `CSV 中未知的列 "${s(a.column)}"${didYouMean(a).zh}（该列不读取）`,
      en: `Unknown CSV column "${s(a.column)}"${didYouMean(a).en} (the column is not read)`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: { zh: '可用的列见 docs/population-csv.md', en: 'The columns are listed in docs/population-csv.md' },
  },
  population_csv_syntax: {
    text: (a) => ({
      zh: `第 ${s(a.line)} 行不是有效的 CSV 行（${s(a.detail)}），已跳过`,
      en: `Line ${s(a.line)} is not a valid CSV row (${s(a.detail)}); skipped`,
    }),
    fix: {
      zh: '含逗号、引号或换行的单元格要用双引号括起，其中的双引号写两次；每行列数与第一行相同',
      en: 'Quote a cell holding a comma, a quote or a line break, doubling the quotes inside; give every row as many cells as the header',
    },
  },
  population_csv_bad_value: {
    text: (a) => {
      const what = BAD_VALUE[String(a.expected)] ?? { zh: s(a.expected), en: s(a.expected) };
      return {
        zh: `第 ${s(a.line)} 行 ${s(a.column)} 列的值 "${s(a.value)}" 无效：应为${what.zh}`,
        en: `Line ${s(a.line)}, column ${s(a.column)}: "${s(a.value)}" is not valid; expected ${what.en}`,
      };
    },
    variants: ['boolean', 'integer', 'id', 'kind'].map((expected) => ({ expected })),
  },
  population_csv_conflict: {
    text: (a) => ({
      zh: `第 ${s(a.line)} 行：家庭 ${s(a.household)} 的 ${s(a.column)} 为 "${s(a.value)}"，与前面的 "${s(a.first)}" 不同（按前者）`,
      en: `Line ${s(a.line)}: household ${s(a.household)} has ${s(a.column)} "${s(a.value)}", not "${s(a.first)}" as before (the first is kept)`,
    }),
    fix: {
      zh: '家庭的列在同一家庭的各行中相同，或只写在第一行',
      en: 'Give a household column the same value on every row of the household, or only on its first row',
    },
  },
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
