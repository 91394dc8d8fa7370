import { createIssueFactory, didYouMean, prefixCatalog, showList, showValue as s } from '../errors/index.js';
import type { Issue, MessageArgs, MessageCatalog } from '../errors/index.js';

// The wording of what a document's schema finds, by kind of document: zod's findings (one wording, under each
// document's code prefix) and the codes our own refinements give. A document is worded with its own catalogue
// only, so validating a report or a household does not carry the wording of pack, case or scenario files
// (messages.ts gathers every code, for `IssueCode` and docs/errors.md).

/** The types zod names, in Chinese. */
const ZH_TYPES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true/false）',
  object: '对象（键值）',
  array: '列表',
  int: '整数',
  record: '对象（键值）',
};

function zhType(t: unknown): string {
  return (typeof t === 'string' ? ZH_TYPES[t] : undefined) ?? s(t);
}

/**
 * Our schemas' own messages (`.regex(…, { error })`) are English; the Chinese side of an issue gets the known
 * ones translated by these tables, and the English text otherwise.
 */
export type DetailsZh = Readonly<Record<string, string>>;

/** The Chinese of the messages of households' and reports' primitives (primitives.ts). */
export const PRIMITIVE_DETAILS_ZH: DetailsZh = {
  'expected a date YYYY-MM-DD': '应为日期 YYYY-MM-DD',
  'not a real calendar date': '不是真实存在的日期',
  'expected a kebab-case id such as "special-poverty"': '应为小写连字符标识，如 "special-poverty"',
};

/** The Chinese of the messages of pack and calendar files' own primitives (file-primitives.ts, pack.ts, calendar.ts). */
export const FILE_DETAILS_ZH: DetailsZh = {
  'expected YYYY, YYYY-MM or YYYY-MM-DD': '应为 YYYY、YYYY-MM 或 YYYY-MM-DD',
  'expected a non-negative decimal such as "870" or "1.5"': '应为非负小数，如 "870" 或 "1.5"',
  'expected a finite, non-negative number': '应为有限的非负数',
  'write this number as a decimal string, e.g. "0.000001"': '请把这个数写成小数文字，如 "0.000001"',
  'expected a dotted key such as "dibao.standard"': '应为点分键名，如 "dibao.standard"',
  'expected a semantic version such as 1.2.0': '应为语义化版本号，如 1.2.0',
  'expected an ISO 8601 duration such as PT1H or P2D': '应为 ISO 8601 时长，如 PT1H 或 P2D',
  'expected a time HH:mm': '应为时间 HH:mm',
  'expected a year such as 2024': '应为年份，如 2024',
  'expected a 6-digit administrative division code': '应为 6 位行政区划代码',
  'expected a zone id of letters, digits and "-"': '分区编号只能由字母、数字和 "-" 组成',
  'expected a source id of letters, digits, ".", "_" and "-"': '来源编号只能由字母、数字和 "."、"_"、"-" 组成',
};

/**
 * Wording of zod's findings, the same for every kind of document (codes get the document's prefix), with the Chinese
 * of the detail messages its schemas can give.
 *
 * @param details - the tables of {@link DetailsZh} the document's schemas can need
 * @returns the catalogue, codes without prefix
 * @example
 * const shape = shapeMessages([PRIMITIVE_DETAILS_ZH]);
 * shape.invalid_format({ detail: 'expected a date YYYY-MM-DD' }).zh; // '格式错误：应为日期 YYYY-MM-DD'
 */
export function shapeMessages(details: readonly DetailsZh[]) {
  const zhDetail = (detail: unknown): string => {
    if (typeof detail !== 'string') return s(detail);
    for (const table of details) if (table[detail] !== undefined) return table[detail];
    return s(detail);
  };
  return {
    unknown_key: {
      text: (a) =>
        // `{ en: Dibao, set by each city }` in YAML makes "set by each city" a key with no value: say so.
        a.textWithComma === true
          ? {
              zh: `未知字段 "${s(a.key)}"（若这是含逗号的文字，请给整段文字加引号）`,
              en: `Unknown field "${s(a.key)}" (if this is text containing a comma, put the whole text in quotes)`,
            }
          : {
              zh: `未知字段 "${s(a.key)}"${didYouMean(a).zh}`,
              en: `Unknown field "${s(a.key)}"${didYouMean(a).en}`,
            },
      variants: [{}, { textWithComma: true }, { suggestion: 'name' }],
      fix: {
        zh: '检查拼写和缩进；可用字段见 schema/ 中的 JSON Schema',
        en: 'Check the spelling and indentation; the JSON Schemas in schema/ list every field',
      },
    },
    missing_field: (a) => ({
      zh: `缺少必填字段（应为 ${zhType(a.expected)}）`,
      en: `Missing required field (expected ${s(a.expected)})`,
    }),
    wrong_type: (a) => ({ zh: `类型错误：应为 ${zhType(a.expected)}`, en: `Wrong type: expected ${s(a.expected)}` }),
    too_small: (a) => ({
      zh: `过小或过短（最小 ${s(a.minimum)}）`,
      en: `Too small or too short (minimum ${s(a.minimum)})`,
    }),
    too_big: (a) => ({ zh: `过大或过长（最大 ${s(a.maximum)}）`, en: `Too big or too long (maximum ${s(a.maximum)})` }),
    invalid_value: (a) => ({
      zh: `取值无效，可选：${showList(a.allowed, '、')}`,
      en: `Invalid value; allowed: ${showList(a.allowed, ', ')}`,
    }),
    invalid_format: (a) => ({ zh: `格式错误：${zhDetail(a.detail)}`, en: `Invalid format: ${s(a.detail)}` }),
    invalid: (a) => ({ zh: `无效：${zhDetail(a.detail)}`, en: `Invalid: ${s(a.detail)}` }),
  } satisfies MessageCatalog;
}

/** The kinds of document whose schema issues are reported, each under its own code prefix. */
export type SchemaPrefix = 'household' | 'report' | 'scenario' | 'calendar' | 'pack' | 'case';

/** A zod finding's code without its prefix: `unknown_key`, `wrong_type`, … */
export type SchemaShapeCode = keyof ReturnType<typeof shapeMessages>;

/** Codes our own refinements give (`params: { code }`) on a date of any document, with their wording. */
export const DATE_REFINEMENT_MESSAGES = {
  date_not_real: {
    text: () => ({ zh: '无效：不是真实存在的日期', en: 'Invalid: not a real calendar date' }),
    fix: { zh: '检查月份和日期，如 2 月没有 30 日', en: 'Check the month and day: February has no 30th' },
  },
} satisfies MessageCatalog;

/** Codes the pack schema's own refinements give, with their wording. */
export const PACK_REFINEMENT_MESSAGES = {
  param_value_kind: {
    text: () => ({
      zh: '无效：value、multiply、unknown 三者必须且只能有一个',
      en: 'Invalid: exactly one of value, multiply, unknown',
    }),
  },
  param_missing_source: {
    text: () => ({ zh: '无效：数值必须注明来源（source）', en: 'Invalid: a value needs a source' }),
    fix: {
      zh: '在 sources 中登记文件，并在该数值上写 source: <编号>',
      en: 'Declare the notice under sources and write source: <id> on the value',
    },
  },
  pack_unknown_time_zone: {
    text: () => ({
      zh: '无效：未知的时区，应为 IANA 时区名，如 Asia/Shanghai',
      en: 'Invalid: unknown time zone; expected an IANA name such as Asia/Shanghai',
    }),
    fix: { zh: '写 timezone: Asia/Shanghai', en: 'Write timezone: Asia/Shanghai' },
  },
} satisfies MessageCatalog;

/** Codes the report schema's own refinements give (its timestamp), with their wording. */
export const REPORT_REFINEMENT_MESSAGES = {
  report_missing_offset: {
    text: () => ({
      zh: '无效：时间没有时区偏移（请加 +08:00 或 Z）',
      en: 'Invalid: the timestamp has no UTC offset (add +08:00 or Z)',
    }),
    fix: { zh: '写成 2024-09-30T17:30:00+08:00', en: 'Write it like 2024-09-30T17:30:00+08:00' },
  },
  report_bad_timestamp: () => ({
    zh: '无效：应为带时区偏移的时间，如 2024-09-30T17:30:00+08:00',
    en: 'Invalid: expected a timestamp with an offset, e.g. 2024-09-30T17:30:00+08:00',
  }),
} satisfies MessageCatalog;

/** Codes the case schema's own refinements give (its events' times), with their wording. */
export const CASE_REFINEMENT_MESSAGES = {
  case_missing_offset: {
    text: () => ({
      zh: '无效：事件时间没有时区偏移（请加 +08:00 或 Z）',
      en: 'Invalid: the event time has no UTC offset (add +08:00 or Z)',
    }),
    fix: { zh: '写成 2024-09-30T17:30:00+08:00', en: 'Write it like 2024-09-30T17:30:00+08:00' },
  },
  case_bad_timestamp: () => ({
    zh: '无效：事件时间应为带时区偏移的时间，如 2024-09-30T17:30:00+08:00',
    en: 'Invalid: an event time is a timestamp with an offset, e.g. 2024-09-30T17:30:00+08:00',
  }),
} satisfies MessageCatalog;

/**
 * How one kind of document words what its schema finds: its code prefix, and the refinement codes its schema
 * can give (`params: { code }`); any other refinement is worded as `<prefix>_invalid`.
 */
export interface SchemaDocument {
  readonly prefix: SchemaPrefix;
  /** Makes an issue of a prefixed zod finding (`report_unknown_key`) or of one of the document's refinements. */
  readonly issue: (code: string, path: readonly (string | number)[], args?: MessageArgs) => Issue;
  /** Whether a refinement's `params.code` is one of the document's. */
  readonly refines: (code: unknown) => boolean;
}

/**
 * A kind of document with the wording of zod's findings under its prefix and of the refinements its schema gives.
 *
 * @param prefix - the code prefix of the document's findings
 * @param details - the tables of {@link DetailsZh} its schemas can need
 * @param refinements - the catalogues of the refinement codes the document's schema can give
 * @returns the {@link SchemaDocument}
 * @example
 * const doc = schemaDocument('report', [PRIMITIVE_DETAILS_ZH], DATE_REFINEMENT_MESSAGES, REPORT_REFINEMENT_MESSAGES);
 * doc.issue('report_missing_field', ['receivedAt'], { expected: 'string' }).code; // 'report_missing_field'
 */
export function schemaDocument(
  prefix: SchemaPrefix,
  details: readonly DetailsZh[],
  ...refinements: readonly MessageCatalog[]
): SchemaDocument {
  const catalog: MessageCatalog = Object.assign({}, prefixCatalog(prefix, shapeMessages(details)), ...refinements);
  return {
    prefix,
    issue: createIssueFactory(catalog),
    refines: (code) => typeof code === 'string' && refinements.some((r) => Object.hasOwn(r, code)),
  };
}

// One per kind of document, with the detail messages and refinements its schema (and the schemas it nests) can give.
/** A household: its members' dates. */
export const HOUSEHOLD_DOCUMENT = /* @__PURE__ */ schemaDocument(
  'household',
  [PRIMITIVE_DETAILS_ZH],
  DATE_REFINEMENT_MESSAGES,
);
/** A report: its timestamp, and the dates of the household it carries. */
export const REPORT_DOCUMENT = /* @__PURE__ */ schemaDocument(
  'report',
  [PRIMITIVE_DETAILS_ZH],
  DATE_REFINEMENT_MESSAGES,
  REPORT_REFINEMENT_MESSAGES,
);
/** A case: its events' times. */
export const CASE_DOCUMENT = /* @__PURE__ */ schemaDocument('case', [PRIMITIVE_DETAILS_ZH], CASE_REFINEMENT_MESSAGES);
/** A scenario file: its dates. */
export const SCENARIO_DOCUMENT = /* @__PURE__ */ schemaDocument(
  'scenario',
  [PRIMITIVE_DETAILS_ZH],
  DATE_REFINEMENT_MESSAGES,
);
/** A calendar file: its own refinements are worded by the calendar's catalogue (calendar/messages.ts). */
export const CALENDAR_DOCUMENT = /* @__PURE__ */ schemaDocument('calendar', [PRIMITIVE_DETAILS_ZH, FILE_DETAILS_ZH]);
/** A pack file: its dates, parameters and time zone. */
export const PACK_DOCUMENT = /* @__PURE__ */ schemaDocument(
  'pack',
  [PRIMITIVE_DETAILS_ZH, FILE_DETAILS_ZH],
  DATE_REFINEMENT_MESSAGES,
  PACK_REFINEMENT_MESSAGES,
);
