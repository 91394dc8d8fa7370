import type { Bilingual, MessageArgs, MessageText } from '../errors/index.js';
import { createIssueFactory, type MessageCatalog } from '../errors/index.js';

/** A value in a rule message: as JSON (so a string shows its quotes), cut at 60 characters. */
function show(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  number: { zh: '数值', en: 'number' },
  boolean: { zh: '布尔值', en: 'boolean' },
  string: { zh: '字符串', en: 'string' },
  'string[]': { zh: '字符串列表', en: 'list of strings' },
  range: { zh: '数值区间 [下限, 上限]', en: 'range [low, high]' },
};

/** The name of an operand type (`number`, `string[]`…) in one language. */
function typeName(type: unknown, lang: keyof Bilingual): string {
  return (typeof type === 'string' ? TYPE_NAMES[type]?.[lang] : undefined) ?? String(type);
}

function typeNames(types: unknown, lang: keyof Bilingual): string {
  return Array.isArray(types) ? types.map((t) => typeName(t, lang)).join(lang === 'zh' ? '、' : ', ') : String(types);
}

function join(list: unknown, separator: string): string {
  return Array.isArray(list) ? list.map(String).join(separator) : String(list);
}

/** `，是否指 "x"？` / `; did you mean "x"?` when the issue carries a suggestion. */
function didYouMean(a: MessageArgs): Bilingual {
  return a.suggestion === undefined
    ? { zh: '', en: '' }
    : { zh: `，是否指 "${String(a.suggestion)}"？`, en: `; did you mean "${String(a.suggestion)}"?` };
}

const WITH_AND_WITHOUT_SUGGESTION: readonly MessageArgs[] = [{}, { suggestion: undefined }];

/** The shapes a condition can be malformed in, by the `reason` argument of `rule_malformed`. */
const MALFORMED: Readonly<Record<string, MessageText>> = {
  not_object: (a) => ({
    zh: `条件必须是对象（含 all、any、not 或 fact），实际为 ${show(a.value)}`,
    en: `a condition must be an object with all, any, not or fact; got ${show(a.value)}`,
  }),
  several_kinds: (a) => ({
    zh: `一个条件只能有 all、any、not 之一，这里同时有 ${join(a.keys, '、')}`,
    en: `a condition has exactly one of all, any, not; this one has ${join(a.keys, ', ')}`,
  }),
  no_kind: (a) => ({
    zh: `条件缺少 all、any、not 或 fact（键：${show(a.keys)}）`,
    en: `condition has none of all, any, not, fact (keys: ${show(a.keys)})`,
  }),
  not_needs_object: (a) => ({
    zh: `not 的值必须是单个条件对象，实际为 ${show(a.value)}`,
    en: `"not" takes a single condition object, got ${show(a.value)}`,
  }),
  needs_array: (a) => ({
    zh: `${String(a.kind)} 的值必须是条件数组，实际为 ${show(a.value)}`,
    en: `"${String(a.kind)}" takes an array of conditions, got ${show(a.value)}`,
  }),
  bad_name: (a) => ({
    zh: `name 必须是字符串，实际为 ${show(a.value)}`,
    en: `"name" must be a string, got ${show(a.value)}`,
  }),
  bad_priority: (a) => ({
    zh: `priority 必须是正整数，实际为 ${show(a.value)}`,
    en: `"priority" must be a positive integer, got ${show(a.value)}`,
  }),
  key_conflict: (a) => ({
    zh: `${join(a.allowed, '、')} 条件不能同时有 ${String(a.key)}`,
    en: `a condition with ${join(a.allowed, ', ')} cannot also have "${String(a.key)}"`,
  }),
  bad_fact: (a) => ({
    zh: `fact 必须是非空字符串，实际为 ${show(a.value)}`,
    en: `"fact" must be a non-empty string, got ${show(a.value)}`,
  }),
  missing_key: (a) => ({ zh: `比较条件缺少 ${String(a.key)}`, en: `comparison is missing "${String(a.key)}"` }),
  bad_operator: (a) => ({
    zh: `operator 必须是字符串，实际为 ${show(a.value)}`,
    en: `"operator" must be a string, got ${show(a.value)}`,
  }),
  bad_value: (a) => ({
    zh: `value 必须是字面值或 { fact: 名称 }，实际为 ${show(a.value)}`,
    en: `"value" must be a literal or { fact: name }, got ${show(a.value)}`,
  }),
};

/** The ways operand types can disagree, by the `reason` argument of `rule_type_mismatch`. */
const TYPE_MISMATCH: Readonly<Record<string, MessageText>> = {
  operator_type: (a) => ({
    zh:
      `运算符 ${String(a.operator)} 不适用于${typeName(a.factType, 'zh')}型事实 ` +
      `"${String(a.fact)}"（只适用于：${typeNames(a.accepts, 'zh')}）`,
    en:
      `operator ${String(a.operator)} does not apply to ${typeName(a.factType, 'en')} ` +
      `fact "${String(a.fact)}" (it applies to: ${typeNames(a.accepts, 'en')})`,
  }),
  literal_only: (a) => ({
    zh: `运算符 ${String(a.operator)} 的比较值必须是字面值（${typeName(a.expected, 'zh')}），不能是事实`,
    en: `operator ${String(a.operator)} takes a literal ${typeName(a.expected, 'en')} here, not a fact`,
  }),
  fact_type: (a) => ({
    zh:
      `运算符 ${String(a.operator)} 需要${typeName(a.expected, 'zh')}，` +
      `而 "${String(a.fact)}" 是${typeName(a.actual, 'zh')}`,
    en:
      `operator ${String(a.operator)} needs a ${typeName(a.expected, 'en')}, ` +
      `but "${String(a.fact)}" is a ${typeName(a.actual, 'en')}`,
  }),
  value_type: (a) => ({
    zh: `这里需要${typeName(a.expected, 'zh')}，实际为 ${show(a.value)}`,
    en: `expected a ${typeName(a.expected, 'en')} here, got ${show(a.value)}`,
  }),
};

/** Why a number literal was refused, by the `problem` argument of `rule_bad_number`. */
const BAD_NUMBER: Readonly<Record<string, Bilingual>> = {
  not_decimal: {
    zh: '不是普通小数（请写成如 "1160.00" 的形式，不用指数）',
    en: 'is not a plain decimal (write it like "1160.00", no exponent)',
  },
  not_finite: { zh: '不是有限数', en: 'is not a finite number' },
  out_of_range: { zh: '超出可精确表示的范围', en: 'is out of the exactly representable range' },
};

/** A text chosen from a table by one argument; the first entry when the argument is not in the table. */
function byArg(name: string, table: Readonly<Record<string, MessageText>>): MessageText {
  const fallback = Object.values(table)[0]!;
  return (a) => (Object.hasOwn(table, String(a[name])) ? table[String(a[name])]! : fallback)(a);
}

/** Wording of the problems found when a json-rules-engine condition is checked against its vocabulary. */
export const RULE_MESSAGES = {
  rule_too_large: {
    text: (a) => ({
      zh: `条件节点过多（超过 ${String(a.maxNodes)} 个）`,
      en: `condition has too many nodes (more than ${String(a.maxNodes)})`,
    }),
    fix: { zh: '把条件拆成几个规则或参数', en: 'Split the condition into smaller rules' },
  },
  rule_too_deep: {
    text: (a) => ({
      zh: `条件嵌套过深（超过 ${String(a.maxDepth)} 层）`,
      en: `condition nested too deeply (more than ${String(a.maxDepth)} levels)`,
    }),
    fix: { zh: '减少 all/any/not 的嵌套层数', en: 'Flatten nested all/any/not' },
  },
  rule_malformed: {
    text: byArg('reason', MALFORMED),
    variants: Object.keys(MALFORMED).map((reason) => ({ reason })),
    fix: {
      zh: '每个条件写成 { all: [...] }、{ any: [...] }、{ not: {...} } 或 { fact, operator, value } 之一',
      en: 'Write each condition as one of { all: [...] }, { any: [...] }, { not: {...} } or { fact, operator, value }',
    },
  },
  rule_condition_ref_not_supported: {
    text: (a) => ({
      zh: `不支持引用命名条件 ${show(a.condition)}，请直接写出条件`,
      en: `condition references (${show(a.condition)}) are not supported; write the condition inline`,
    }),
  },
  rule_empty_any: {
    // json-rules-engine 7.3.1 evaluates an empty `any` as TRUE while logic says false.
    text: () => ({
      zh: 'any 不能为空（json-rules-engine 视空 any 为真，与逻辑相反）',
      en: '"any" must not be empty (json-rules-engine treats an empty any as true, contrary to logic)',
    }),
    fix: { zh: '给 any 至少写一个条件，或删除它', en: 'Give "any" at least one condition, or remove it' },
  },
  rule_path_not_supported: {
    text: (a) => ({
      zh:
        `不支持 path（${show(a.path)}）：json-rules-engine 用 ` +
        `jsonpath-plus 求值，曾有远程代码执行漏洞；请改用派生事实`,
      en:
        `"path" (${show(a.path)}) is not supported: json-rules-engine evaluates it with ` +
        `jsonpath-plus, which had remote-code-execution CVEs; use a derived fact instead`,
    }),
  },
  rule_params_not_supported: {
    text: () => ({
      zh: '不支持 params：事实由 SDK 计算，不接受参数',
      en: '"params" is not supported: facts are computed by the SDK and take no parameters',
    }),
    fix: { zh: '删除 params', en: 'Remove "params"' },
  },
  rule_unknown_key: {
    text: (a) => ({
      zh: `未知的键 ${show(a.key)}${didYouMean(a).zh}`,
      en: `unknown key ${show(a.key)}${didYouMean(a).en}`,
    }),
    variants: WITH_AND_WITHOUT_SUGGESTION,
    fix: {
      zh: '检查拼写；条件只接受 all、any、not、fact、operator、value、name、priority',
      en: 'Check the spelling: conditions take all, any, not, fact, operator, value, name, priority',
    },
  },
  rule_unknown_param: {
    text: (a) => ({
      zh: `未知的参数 "${String(a.param)}"${didYouMean(a).zh}`,
      en: `unknown parameter "${String(a.param)}"${didYouMean(a).en}`,
    }),
    variants: WITH_AND_WITHOUT_SUGGESTION,
    fix: {
      zh: '检查拼写，或在 parameters 中定义该参数',
      en: 'Check the spelling, or define the parameter under parameters',
    },
  },
  rule_unknown_fact: {
    text: (a) => ({
      zh: `未知的事实 "${String(a.fact)}"${didYouMean(a).zh}`,
      en: `unknown fact "${String(a.fact)}"${didYouMean(a).en}`,
    }),
    variants: WITH_AND_WITHOUT_SUGGESTION,
    fix: {
      zh: '检查拼写；可用的事实见 `safetynet schema facts`',
      en: 'Check the spelling; `safetynet schema facts` lists the facts',
    },
  },
  rule_unknown_operator: {
    text: (a) => ({
      zh: `未知的运算符 "${String(a.operator)}"${didYouMean(a).zh}`,
      en: `unknown operator "${String(a.operator)}"${didYouMean(a).en}`,
    }),
    variants: WITH_AND_WITHOUT_SUGGESTION,
    fix: {
      zh: '使用 json-rules-engine 的运算符名，如 lessThan、equal、in',
      en: 'Use a json-rules-engine operator name such as lessThan, equal, in',
    },
  },
  rule_type_mismatch: {
    text: byArg('reason', TYPE_MISMATCH),
    variants: Object.keys(TYPE_MISMATCH).map((reason) => ({ reason })),
  },
  rule_scale_mismatch: {
    // Different scales mean different units (fen vs people): almost surely a mistake in the rule.
    text: (a) => ({
      zh:
        `"${String(a.fact)}"（刻度 ${String(a.scale)}）与 ` +
        `"${String(a.rightFact)}"（刻度 ${String(a.rightScale)}）单位不同，不能比较`,
      en:
        `"${String(a.fact)}" (scale ${String(a.scale)}) and "${String(a.rightFact)}" ` +
        `(scale ${String(a.rightScale)}) have different units and cannot be compared`,
    }),
    fix: {
      zh: '只比较同一单位的事实（金额与金额，人数与人数）',
      en: 'Compare facts of the same unit only (money with money, people with people)',
    },
  },
  rule_bad_number: {
    text: (a) => {
      const problem = BAD_NUMBER[String(a.problem)] ?? { zh: String(a.problem), en: String(a.problem) };
      return { zh: `数值 ${show(a.value)} ${problem.zh}`, en: `number ${show(a.value)} ${problem.en}` };
    },
    variants: Object.keys(BAD_NUMBER).map((problem) => ({ problem })),
    fix: { zh: '把数写成带引号的小数，如 "1160.00"', en: 'Write the number as a quoted decimal such as "1160.00"' },
  },
  rule_unknown_value: {
    text: (a) => ({
      zh: `值 ${show(a.value)} 不在可能取值之中（${join(a.values, '、')}）${didYouMean(a).zh}`,
      en: `value ${show(a.value)} can never occur (possible: ${join(a.values, ', ')})${didYouMean(a).en}`,
    }),
    variants: WITH_AND_WITHOUT_SUGGESTION,
  },
  rule_bad_range: {
    text: (a) => ({
      zh: `区间 ${show(a.value)} 的下限大于上限`,
      en: `range ${show(a.value)} has its low end above its high end`,
    }),
    fix: { zh: '写成 [下限, 上限]', en: 'Write the range as [low, high]' },
  },
} satisfies MessageCatalog;

/** A code of {@link RULE_MESSAGES}. */
export type RuleIssueCode = keyof typeof RULE_MESSAGES;

export const ruleIssue = /* @__PURE__ */ createIssueFactory(RULE_MESSAGES);
