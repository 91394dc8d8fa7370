import type { z } from 'zod';
import type { Issue } from '../errors/index.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues into safetynet issues with a snake_case code (prefixed by `prefix`) and a bilingual
 * message. An unrecognised-keys issue becomes one issue per key, pathed at the key, so it points at its line.
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  prefix: string,
  basePath: readonly (string | number)[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      const input = (issue as { input?: unknown }).input as Record<string, unknown> | undefined;
      for (const key of issue.keys) {
        // `{ en: Dibao, set by each city }` in YAML makes "set by each city" a key with no value: say so.
        const commaHint = input && typeof input === 'object' && input[key] === null;
        out.push(
          make(
            `${prefix}_unknown_key`,
            [...path, key],
            `未知字段 "${key}"${commaHint ? '（若这是含逗号的文字，请给整段文字加引号）' : ''}`,
            `Unknown field "${key}"${commaHint ? ' (if this is text containing a comma, put the whole text in quotes)' : ''}`,
            { key },
          ),
        );
      }
      continue;
    }
    if (issue.code === 'invalid_union') {
      // A union fails as a whole; the most useful message is the deepest branch's first issue.
      const branch = issue.errors.find((b) => b.some((i) => i.code !== 'invalid_type')) ?? issue.errors[0];
      if (branch?.length) {
        out.push(...fromZodIssues(branch, prefix, path));
        continue;
      }
    }
    out.push(describe(issue, path, prefix));
  }
  return out;
}

function make(code: string, path: (string | number)[], zh: string, en: string, args?: Record<string, unknown>): Issue {
  return { code, severity: 'error', path, message: { zh, en }, ...(args ? { args } : {}) };
}

function describe(issue: ZodIssue, path: (string | number)[], prefix: string): Issue {
  switch (issue.code) {
    case 'invalid_type': {
      const missing = (issue as { input?: unknown }).input === undefined && /received undefined/.test(issue.message);
      if (missing)
        return make(
          `${prefix}_missing_field`,
          path,
          `缺少必填字段（应为 ${zhType(issue.expected)}）`,
          `Missing required field (expected ${issue.expected})`,
          { expected: issue.expected },
        );
      return make(
        `${prefix}_wrong_type`,
        path,
        `类型错误：应为 ${zhType(issue.expected)}`,
        `Wrong type: expected ${issue.expected}`,
        { expected: issue.expected },
      );
    }
    case 'too_small':
      return make(
        `${prefix}_too_small`,
        path,
        `过小或过短（最小 ${String(issue.minimum)}）`,
        `Too small or too short (minimum ${String(issue.minimum)})`,
        { minimum: issue.minimum },
      );
    case 'too_big':
      return make(
        `${prefix}_too_big`,
        path,
        `过大或过长（最大 ${String(issue.maximum)}）`,
        `Too big or too long (maximum ${String(issue.maximum)})`,
        { maximum: issue.maximum },
      );
    case 'invalid_value':
      return make(
        `${prefix}_invalid_value`,
        path,
        `取值无效，可选：${issue.values.map(String).join('、')}`,
        `Invalid value; allowed: ${issue.values.map(String).join(', ')}`,
        { allowed: issue.values },
      );
    case 'invalid_format':
    case 'invalid_key':
    case 'invalid_element':
      return make(
        `${prefix}_invalid_format`,
        path,
        `格式错误：${zhMessage(issue.message)}`,
        `Invalid format: ${issue.message}`,
      );
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return make(code ?? `${prefix}_invalid`, path, `无效：${zhMessage(issue.message)}`, `Invalid: ${issue.message}`);
    }
    default:
      return make(`${prefix}_invalid`, path, `无效：${zhMessage(issue.message)}`, `Invalid: ${issue.message}`);
  }
}

const ZH_TYPES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true/false）',
  object: '对象（键值）',
  array: '列表',
  int: '整数',
  record: '对象（键值）',
};

function zhType(t: string): string {
  return ZH_TYPES[t] ?? t;
}

/** Our own schema messages are English; the Chinese side gets the known ones translated, else the English. */
const ZH_MESSAGES: Record<string, string> = {
  'expected a date YYYY-MM-DD': '应为日期 YYYY-MM-DD',
  'not a real calendar date': '不是真实存在的日期',
  'expected YYYY, YYYY-MM or YYYY-MM-DD': '应为 YYYY、YYYY-MM 或 YYYY-MM-DD',
  'expected a non-negative decimal such as "870" or "1.5"': '应为非负小数，如 "870" 或 "1.5"',
  'expected a finite, non-negative number': '应为有限的非负数',
  'write this number as a decimal string, e.g. "0.000001"': '请把这个数写成小数文字，如 "0.000001"',
  'expected a kebab-case id such as "special-poverty"': '应为小写连字符标识，如 "special-poverty"',
  'expected a dotted key such as "dibao.standard"': '应为点分键名，如 "dibao.standard"',
  'expected a semantic version such as 1.2.0': '应为语义化版本号，如 1.2.0',
  'expected an ISO 8601 duration such as PT1H or P2D': '应为 ISO 8601 时长，如 PT1H 或 P2D',
  'expected a time HH:mm': '应为时间 HH:mm',
  'exactly one of value, multiply, unknown': 'value、multiply、unknown 三者必须且只能有一个',
  'a value needs a source': '数值必须注明来源（source）',
};

function zhMessage(en: string): string {
  return ZH_MESSAGES[en] ?? en;
}
