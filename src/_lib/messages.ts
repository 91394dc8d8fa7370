import { createIssueFactory, prefixCatalog, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of the problems found while reading YAML text (packs, calendars, scenario files). */
export const YAML_MESSAGES = {
  yaml_syntax: {
    text: (a) =>
      a.yamlCode === undefined
        ? { zh: 'YAML 无法解析', en: `YAML could not be parsed: ${s(a.error)}` }
        : { zh: `YAML 语法错误（${s(a.yamlCode)}）`, en: `YAML syntax error (${s(a.yamlCode)}): ${s(a.detail)}` },
    variants: [{}, { yamlCode: undefined }],
    fix: {
      zh: '检查所指行的缩进、冒号和引号；含冒号或 # 的文字请加引号',
      en: 'Check indentation, colons and quotes on the line shown; quote text containing ": " or " #"',
    },
  },
  yaml_duplicate_key: {
    text: (a) => ({ zh: 'YAML 中有重复的键', en: `Duplicate key in YAML: ${s(a.detail)}` }),
    fix: { zh: '删除或合并重复的键', en: 'Remove or merge the repeated key' },
  },
  yaml_too_deep: (a) => ({ zh: `嵌套超过 ${s(a.max)} 层`, en: `Nesting deeper than ${s(a.max)} levels` }),
  yaml_alias_limit: {
    text: () => ({ zh: '别名（alias）展开次数过多', en: 'Too many alias expansions' }),
    fix: { zh: '少用 YAML 别名（*name），直接写出内容', en: 'Use fewer YAML aliases (*name); write the content out' },
  },
  yaml_tag_not_allowed: {
    text: (a) => ({
      zh: `不允许使用 YAML 标签 ${s(a.tag)}`,
      en: `YAML tag ${s(a.tag)} is not allowed: packs are plain data`,
    }),
    fix: { zh: '删除标签（以 ! 开头的写法）', en: 'Remove the tag (the part starting with !)' },
  },
  yaml_bad_key: () => ({ zh: '键必须是文字或数字', en: 'Keys must be plain strings or numbers' }),
  yaml_forbidden_key: {
    text: (a) => ({ zh: `不允许使用键 "${s(a.key)}"`, en: `The key "${s(a.key)}" is not allowed` }),
    fix: {
      zh: '__proto__、constructor、prototype 不能作键名，请改名',
      en: 'Rename the key: __proto__, constructor and prototype are refused',
    },
  },
} satisfies MessageCatalog;

/** Wording of the problems found when caller data is copied as plain data, per code prefix. */
const PLAIN_DATA = {
  too_deep: (a) => ({ zh: `嵌套超过 ${s(a.max)} 层`, en: `Nesting deeper than ${s(a.max)} levels` }),
  not_plain_data: {
    text: (a) =>
      a.type === 'object'
        ? { zh: '只接受普通对象', en: 'Only plain objects are accepted' }
        : { zh: `不支持的值类型 ${s(a.type)}`, en: `Unsupported value of type ${s(a.type)}` },
    variants: [{ type: 'object' }, {}],
    fix: {
      zh: '只传入 JSON 数据（对象、数组、文字、数字、布尔值、null）',
      en: 'Pass JSON data only (objects, arrays, strings, numbers, booleans, null)',
    },
  },
  cycle: () => ({ zh: '数据中存在循环引用', en: 'The data refers to itself (cycle)' }),
  forbidden_key: {
    text: (a) => ({ zh: `不允许使用键 "${s(a.key)}"`, en: `The key "${s(a.key)}" is not allowed` }),
    fix: {
      zh: '__proto__、constructor、prototype 不能作键名',
      en: 'Remove the key: __proto__, constructor and prototype are refused',
    },
  },
} satisfies MessageCatalog;

/** What `copyPlainData` prefixes its codes with: the kind of document being copied. */
export type PlainDataPrefix = 'pack' | 'report' | 'case';

/** `pack_too_deep`, `report_forbidden_key`, …: one wording for every kind of document. */
export const PLAIN_DATA_MESSAGES = {
  ...prefixCatalog('pack', PLAIN_DATA),
  ...prefixCatalog('report', PLAIN_DATA),
  ...prefixCatalog('case', PLAIN_DATA),
} satisfies MessageCatalog;

export const yamlIssue = /* @__PURE__ */ createIssueFactory(YAML_MESSAGES);
export const plainDataIssue = /* @__PURE__ */ createIssueFactory(PLAIN_DATA_MESSAGES);
