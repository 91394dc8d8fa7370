import type { Bilingual, Issue } from '../errors/index.js';
import { parseDecimalLiteral, type LiteralProblem } from '../money/index.js';
import { DEFAULT_OPERATORS, type OperandType, type OperatorRegistry, type OperatorSignature } from './operators.js';
import { suggestName } from './suggest.js';
import { isParamName } from './symbols.js';
import type { ConditionPath, FactSymbol, Numeric, Operand, SymbolTable } from './types.js';
import { compareNumeric } from '../money/index.js';

/**
 * Static validation of conditions, and the resolved tree the compiler builds closures from (so the
 * checker and the compiler can never disagree about what a condition means).
 */

/**
 * Options for {@link checkCondition} and `compileCondition`.
 *
 * @example
 * const opts: CheckOptions = { at: ['programmes', 'dibao', 'eligible'], maxDepth: 16 };
 */
export interface CheckOptions {
  /** Operators rules may use; default {@link DEFAULT_OPERATORS}. */
  readonly operators?: OperatorRegistry;
  /** Deepest allowed nesting (the root is level 1); default 32. */
  readonly maxDepth?: number;
  /** Most nodes (boolean nodes and leaves) a condition may have; default 10 000. */
  readonly maxNodes?: number;
  /** Prefix for every issue path, e.g. where the condition sits in a pack. */
  readonly at?: ConditionPath;
  /** Extra keys tolerated on any node (annotations a pack format adds), besides `name` and `priority`. */
  readonly allowKeys?: readonly string[];
}

/**
 * A resolved leaf: names bound to slots, literal converted to runtime units, operator bound to its signature.
 * @internal Shared by the checker and the compiler; not part of the package API.
 */
export interface ResolvedLeaf {
  readonly kind: 'leaf';
  readonly path: ConditionPath;
  readonly name: string | undefined;
  readonly fact: string;
  readonly slot: number;
  readonly operator: string;
  readonly test: OperatorSignature['test'];
  readonly right:
    | { readonly kind: 'literal'; readonly value: Operand }
    | { readonly kind: 'fact'; readonly fact: string; readonly slot: number };
}

/**
 * A resolved condition tree.
 * @internal
 */
export type ResolvedNode =
  | { readonly kind: 'all' | 'any'; readonly path: ConditionPath; readonly children: readonly ResolvedNode[] }
  | { readonly kind: 'not'; readonly path: ConditionPath; readonly child: ResolvedNode }
  | ResolvedLeaf;

/**
 * The result of {@link analyzeCondition}: every issue, and the tree when there is no error.
 * @internal
 */
export interface Analysis {
  readonly issues: Issue[];
  readonly tree: ResolvedNode | undefined;
}

/**
 * Validates a condition against a symbol table and returns every issue found (empty when valid).
 * Paths are relative to the condition (prefixed with `options.at`), e.g. `['all', 2, 'fact']`.
 *
 * Codes: `rule_malformed`, `rule_unknown_key`, `rule_unknown_fact`, `rule_unknown_param`,
 * `rule_unknown_operator`, `rule_type_mismatch`, `rule_bad_number`, `rule_bad_range`,
 * `rule_scale_mismatch`, `rule_unknown_value`, `rule_empty_any`, `rule_path_not_supported`,
 * `rule_params_not_supported`, `rule_condition_ref_not_supported`, `rule_too_deep`, `rule_too_large`.
 *
 * @example
 * checkCondition({ all: [{ fact: 'incomePerPreson', operator: 'lessThan', value: '1160' }] }, symbols);
 * // [{ code: 'rule_unknown_fact', path: ['all', 0, 'fact'], args: { fact: 'incomePerPreson', suggestion: 'incomePerPerson' }, … }]
 */
export function checkCondition(condition: unknown, symbols: SymbolTable, options: CheckOptions = {}): Issue[] {
  return analyzeCondition(condition, symbols, options).issues;
}

/**
 * Validates and resolves a condition in one pass (used by `compileCondition`).
 * @internal
 *
 * @example
 * const { issues, tree } = analyzeCondition(condition, symbols);
 */
export function analyzeCondition(condition: unknown, symbols: SymbolTable, options: CheckOptions = {}): Analysis {
  const ctx: Ctx = {
    symbols,
    operators: options.operators ?? DEFAULT_OPERATORS,
    maxDepth: options.maxDepth ?? 32,
    maxNodes: options.maxNodes ?? 10_000,
    at: options.at ?? [],
    allowKeys: new Set(options.allowKeys ?? []),
    nodes: 0,
    tooLarge: false,
    issues: [],
  };
  const tree = analyzeNode(condition, [], 1, ctx);
  const failed = ctx.issues.some((i) => i.severity === 'error');
  return { issues: ctx.issues, tree: failed ? undefined : tree };
}

interface Ctx {
  readonly symbols: SymbolTable;
  readonly operators: OperatorRegistry;
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly at: ConditionPath;
  readonly allowKeys: ReadonlySet<string>;
  nodes: number;
  tooLarge: boolean;
  readonly issues: Issue[];
}

type Path = readonly (string | number)[];
type Obj = Readonly<Record<string, unknown>>;

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const LEAF_KEYS = ['fact', 'operator', 'value'] as const;
const META_KEYS = ['name', 'priority'] as const;

const TYPE_NAMES: Readonly<Record<OperandType, Bilingual>> = {
  number: { zh: '数值', en: 'number' },
  boolean: { zh: '布尔值', en: 'boolean' },
  string: { zh: '字符串', en: 'string' },
  'string[]': { zh: '字符串列表', en: 'list of strings' },
  range: { zh: '数值区间 [下限, 上限]', en: 'range [low, high]' },
};

/** Common spellings from other rule languages, to suggest the json-rules-engine name. */
const OPERATOR_ALIASES: Readonly<Record<string, string>> = {
  '==': 'equal',
  '===': 'equal',
  eq: 'equal',
  equals: 'equal',
  '!=': 'notEqual',
  '!==': 'notEqual',
  ne: 'notEqual',
  '<': 'lessThan',
  lt: 'lessThan',
  '<=': 'lessThanInclusive',
  lte: 'lessThanInclusive',
  '>': 'greaterThan',
  gt: 'greaterThan',
  '>=': 'greaterThanInclusive',
  gte: 'greaterThanInclusive',
  includes: 'contains',
  nin: 'notIn',
};

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function has(o: Obj, key: string): boolean {
  return Object.hasOwn(o, key);
}

function own(o: Obj, key: string): unknown {
  return has(o, key) ? o[key] : undefined;
}

function show(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function report(
  ctx: Ctx,
  code: string,
  path: Path,
  message: Bilingual,
  args?: Readonly<Record<string, unknown>>,
): void {
  ctx.issues.push({
    code,
    severity: 'error',
    path: [...ctx.at, ...path],
    message,
    ...(args ? { args } : {}),
  });
}

function analyzeNode(node: unknown, path: Path, depth: number, ctx: Ctx): ResolvedNode | undefined {
  if (++ctx.nodes > ctx.maxNodes) {
    if (!ctx.tooLarge) {
      ctx.tooLarge = true;
      report(
        ctx,
        'rule_too_large',
        path,
        {
          zh: `条件节点过多（超过 ${ctx.maxNodes} 个）`,
          en: `condition has too many nodes (more than ${ctx.maxNodes})`,
        },
        { maxNodes: ctx.maxNodes },
      );
    }
    return undefined;
  }
  if (depth > ctx.maxDepth) {
    report(
      ctx,
      'rule_too_deep',
      path,
      {
        zh: `条件嵌套过深（超过 ${ctx.maxDepth} 层）`,
        en: `condition nested too deeply (more than ${ctx.maxDepth} levels)`,
      },
      { maxDepth: ctx.maxDepth },
    );
    return undefined;
  }
  if (!isObject(node)) {
    report(
      ctx,
      'rule_malformed',
      path,
      {
        zh: `条件必须是对象（含 all、any、not 或 fact），实际为 ${show(node)}`,
        en: `a condition must be an object with all, any, not or fact; got ${show(node)}`,
      },
      { value: node },
    );
    return undefined;
  }
  checkMeta(node, path, ctx);
  if (has(node, 'condition')) {
    report(
      ctx,
      'rule_condition_ref_not_supported',
      [...path, 'condition'],
      {
        zh: `不支持引用命名条件 ${show(node.condition)}，请直接写出条件`,
        en: `condition references (${show(node.condition)}) are not supported; write the condition inline`,
      },
      { condition: node.condition },
    );
    return undefined;
  }
  const bools = BOOLEAN_KEYS.filter((k) => has(node, k));
  if (bools.length > 1) {
    report(
      ctx,
      'rule_malformed',
      path,
      {
        zh: `一个条件只能有 all、any、not 之一，这里同时有 ${bools.join('、')}`,
        en: `a condition has exactly one of all, any, not; this one has ${bools.join(', ')}`,
      },
      { keys: bools },
    );
    return undefined;
  }
  const kind = bools[0];
  if (kind === undefined) {
    if (LEAF_KEYS.some((k) => has(node, k))) return analyzeLeaf(node, path, ctx);
    report(
      ctx,
      'rule_malformed',
      path,
      {
        zh: `条件缺少 all、any、not 或 fact（键：${show(Object.keys(node))}）`,
        en: `condition has none of all, any, not, fact (keys: ${show(Object.keys(node))})`,
      },
      { keys: Object.keys(node) },
    );
    return undefined;
  }
  checkKeys(node, path, [kind], ctx);
  const body = node[kind];
  if (kind === 'not') {
    if (!isObject(body)) {
      report(
        ctx,
        'rule_malformed',
        [...path, 'not'],
        {
          zh: `not 的值必须是单个条件对象，实际为 ${show(body)}`,
          en: `"not" takes a single condition object, got ${show(body)}`,
        },
        { value: body },
      );
      return undefined;
    }
    const child = analyzeNode(body, [...path, 'not'], depth + 1, ctx);
    return child && { kind, path, child };
  }
  if (!Array.isArray(body)) {
    report(
      ctx,
      'rule_malformed',
      [...path, kind],
      {
        zh: `${kind} 的值必须是条件数组，实际为 ${show(body)}`,
        en: `"${kind}" takes an array of conditions, got ${show(body)}`,
      },
      { value: body },
    );
    return undefined;
  }
  if (kind === 'any' && body.length === 0) {
    // json-rules-engine 7.3.1 evaluates an empty `any` as TRUE while logic says false: reject it.
    report(ctx, 'rule_empty_any', [...path, 'any'], {
      zh: 'any 不能为空（json-rules-engine 视空 any 为真，与逻辑相反）',
      en: '"any" must not be empty (json-rules-engine treats an empty any as true, contrary to logic)',
    });
    return undefined;
  }
  const children: ResolvedNode[] = [];
  let ok = true;
  // An index loop, not map: map skips holes in sparse arrays.
  for (let i = 0; i < body.length; i++) {
    const child = analyzeNode(body[i], [...path, kind, i], depth + 1, ctx);
    if (child) children.push(child);
    else ok = false;
  }
  return ok ? { kind, path, children } : undefined;
}

function checkMeta(node: Obj, path: Path, ctx: Ctx): void {
  if (has(node, 'name') && typeof node.name !== 'string') {
    report(
      ctx,
      'rule_malformed',
      [...path, 'name'],
      {
        zh: `name 必须是字符串，实际为 ${show(node.name)}`,
        en: `"name" must be a string, got ${show(node.name)}`,
      },
      { value: node.name },
    );
  }
  if (has(node, 'priority') && !(Number.isSafeInteger(node.priority) && (node.priority as number) > 0)) {
    report(
      ctx,
      'rule_malformed',
      [...path, 'priority'],
      {
        zh: `priority 必须是正整数，实际为 ${show(node.priority)}`,
        en: `"priority" must be a positive integer, got ${show(node.priority)}`,
      },
      { value: node.priority },
    );
  }
}

/** Reports keys other than `allowed`, `name`, `priority` and the caller's extra keys. */
function checkKeys(node: Obj, path: Path, allowed: readonly string[], ctx: Ctx): void {
  for (const key of Object.keys(node)) {
    if (allowed.includes(key) || (META_KEYS as readonly string[]).includes(key) || ctx.allowKeys.has(key)) continue;
    const at = [...path, key];
    if (key === 'path') {
      report(
        ctx,
        'rule_path_not_supported',
        at,
        {
          zh: `不支持 path（${show(node.path)}）：json-rules-engine 用 jsonpath-plus 求值，曾有远程代码执行漏洞；请改用派生事实`,
          en: `"path" (${show(node.path)}) is not supported: json-rules-engine evaluates it with jsonpath-plus, which had remote-code-execution CVEs; use a derived fact instead`,
        },
        { path: node.path },
      );
    } else if (key === 'params') {
      report(ctx, 'rule_params_not_supported', at, {
        zh: '不支持 params：事实由 SDK 计算，不接受参数',
        en: '"params" is not supported: facts are computed by the SDK and take no parameters',
      });
    } else if ((LEAF_KEYS as readonly string[]).includes(key) || (BOOLEAN_KEYS as readonly string[]).includes(key)) {
      report(
        ctx,
        'rule_malformed',
        at,
        {
          zh: `${allowed.join('、')} 条件不能同时有 ${key}`,
          en: `a condition with ${allowed.join(', ')} cannot also have "${key}"`,
        },
        { key },
      );
    } else {
      const suggestion = suggestName(key, [...allowed, ...META_KEYS]);
      report(
        ctx,
        'rule_unknown_key',
        at,
        {
          zh: `未知的键 ${show(key)}${suggestion ? `，是否指 "${suggestion}"？` : ''}`,
          en: `unknown key ${show(key)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        },
        { key, ...(suggestion ? { suggestion } : {}) },
      );
    }
  }
}

/** Looks a fact or parameter up, reporting an unknown name with a suggestion. */
function lookUp(name: unknown, path: Path, ctx: Ctx): FactSymbol | undefined {
  if (typeof name !== 'string' || name === '') {
    report(
      ctx,
      'rule_malformed',
      path,
      {
        zh: `fact 必须是非空字符串，实际为 ${show(name)}`,
        en: `"fact" must be a non-empty string, got ${show(name)}`,
      },
      { value: name },
    );
    return undefined;
  }
  const symbol = ctx.symbols.get(name);
  if (symbol) return symbol;
  const param = isParamName(name);
  const suggestion = suggestName(
    name,
    [...ctx.symbols.keys()].filter((k) => isParamName(k) === param),
  );
  const hint: Bilingual = suggestion
    ? { zh: `，是否指 "${suggestion}"？`, en: `; did you mean "${suggestion}"?` }
    : { zh: '', en: '' };
  if (param) {
    report(
      ctx,
      'rule_unknown_param',
      path,
      {
        zh: `未知的参数 "${name}"${hint.zh}`,
        en: `unknown parameter "${name}"${hint.en}`,
      },
      { param: name, ...(suggestion ? { suggestion } : {}) },
    );
  } else {
    report(
      ctx,
      'rule_unknown_fact',
      path,
      {
        zh: `未知的事实 "${name}"${hint.zh}`,
        en: `unknown fact "${name}"${hint.en}`,
      },
      { fact: name, ...(suggestion ? { suggestion } : {}) },
    );
  }
  return undefined;
}

function analyzeLeaf(node: Obj, path: Path, ctx: Ctx): ResolvedLeaf | undefined {
  checkKeys(node, path, LEAF_KEYS, ctx);
  const before = ctx.issues.length;
  for (const key of LEAF_KEYS) {
    if (!has(node, key) || node[key] === undefined || node[key] === null) {
      report(
        ctx,
        'rule_malformed',
        [...path, key],
        {
          zh: `比较条件缺少 ${key}`,
          en: `comparison is missing "${key}"`,
        },
        { key },
      );
    }
  }
  if (ctx.issues.length > before) return undefined;

  const fact = node.fact;
  const symbol = lookUp(fact, [...path, 'fact'], ctx);
  const operator = node.operator;
  let signature: OperatorSignature | undefined;
  if (typeof operator !== 'string') {
    report(
      ctx,
      'rule_malformed',
      [...path, 'operator'],
      {
        zh: `operator 必须是字符串，实际为 ${show(operator)}`,
        en: `"operator" must be a string, got ${show(operator)}`,
      },
      { value: operator },
    );
  } else {
    const def = ctx.operators.get(operator);
    if (!def) {
      const suggestion = OPERATOR_ALIASES[operator] ?? suggestName(operator, ctx.operators.keys());
      report(
        ctx,
        'rule_unknown_operator',
        [...path, 'operator'],
        {
          zh: `未知的运算符 "${operator}"${suggestion ? `，是否指 "${suggestion}"？` : ''}`,
          en: `unknown operator "${operator}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        },
        { operator, ...(suggestion ? { suggestion } : {}) },
      );
    } else if (symbol) {
      signature = def.signatures[symbol.type];
      if (!signature) {
        const accepts = Object.keys(def.signatures) as OperandType[];
        report(
          ctx,
          'rule_type_mismatch',
          [...path, 'operator'],
          {
            zh: `运算符 ${operator} 不适用于${TYPE_NAMES[symbol.type].zh}型事实 "${String(fact)}"（只适用于：${accepts.map((t) => TYPE_NAMES[t].zh).join('、')}）`,
            en: `operator ${operator} does not apply to ${TYPE_NAMES[symbol.type].en} fact "${String(fact)}" (it applies to: ${accepts.map((t) => TYPE_NAMES[t].en).join(', ')})`,
          },
          { operator, fact, factType: symbol.type, accepts },
        );
      }
    }
  }

  const value = node.value;
  if (isObject(value) && has(value, 'fact')) {
    return analyzeFactRight(node, value, path, symbol, signature, ctx);
  }
  if (isObject(value)) {
    report(
      ctx,
      'rule_malformed',
      [...path, 'value'],
      {
        zh: `value 必须是字面值或 { fact: 名称 }，实际为 ${show(value)}`,
        en: `"value" must be a literal or { fact: name }, got ${show(value)}`,
      },
      { value },
    );
    return undefined;
  }
  if (!symbol || !signature) return undefined;
  const literal = parseLiteral(value, signature.right, symbol, [...path, 'value'], ctx);
  if (literal === undefined || ctx.issues.length > before) return undefined;
  return {
    kind: 'leaf',
    path,
    name: own(node, 'name') as string | undefined,
    fact: fact as string,
    slot: symbol.slot,
    operator: operator as string,
    test: signature.test,
    right: { kind: 'literal', value: literal },
  };
}

function analyzeFactRight(
  node: Obj,
  value: Obj,
  path: Path,
  symbol: FactSymbol | undefined,
  signature: OperatorSignature | undefined,
  ctx: Ctx,
): ResolvedLeaf | undefined {
  const before = ctx.issues.length;
  const at = [...path, 'value'];
  checkKeys(value, at, ['fact'], ctx);
  const rightName = value.fact;
  const right = lookUp(rightName, [...at, 'fact'], ctx);
  if (!symbol || !signature || !right || ctx.issues.length > before) return undefined;
  const operator = node.operator as string;
  if (!signature.allowFact) {
    report(
      ctx,
      'rule_type_mismatch',
      at,
      {
        zh: `运算符 ${operator} 的比较值必须是字面值（${TYPE_NAMES[signature.right].zh}），不能是事实`,
        en: `operator ${operator} takes a literal ${TYPE_NAMES[signature.right].en} here, not a fact`,
      },
      { operator, expected: signature.right },
    );
    return undefined;
  }
  if (right.type !== signature.right) {
    report(
      ctx,
      'rule_type_mismatch',
      [...at, 'fact'],
      {
        zh: `运算符 ${operator} 需要${TYPE_NAMES[signature.right].zh}，而 "${String(rightName)}" 是${TYPE_NAMES[right.type].zh}`,
        en: `operator ${operator} needs a ${TYPE_NAMES[signature.right].en}, but "${String(rightName)}" is a ${TYPE_NAMES[right.type].en}`,
      },
      { operator, expected: signature.right, actual: right.type, fact: rightName },
    );
    return undefined;
  }
  if (right.type === 'number' && (right.scale ?? 1) !== (symbol.scale ?? 1)) {
    // Different scales mean different units (fen vs people): almost surely a mistake in the rule.
    report(
      ctx,
      'rule_scale_mismatch',
      [...at, 'fact'],
      {
        zh: `"${String(node.fact)}"（刻度 ${symbol.scale ?? 1}）与 "${String(rightName)}"（刻度 ${right.scale ?? 1}）单位不同，不能比较`,
        en: `"${String(node.fact)}" (scale ${symbol.scale ?? 1}) and "${String(rightName)}" (scale ${right.scale ?? 1}) have different units and cannot be compared`,
      },
      { fact: node.fact, rightFact: rightName, scale: symbol.scale ?? 1, rightScale: right.scale ?? 1 },
    );
    return undefined;
  }
  return {
    kind: 'leaf',
    path,
    name: own(node, 'name') as string | undefined,
    fact: node.fact as string,
    slot: symbol.slot,
    operator,
    test: signature.test,
    right: { kind: 'fact', fact: rightName as string, slot: right.slot },
  };
}

const BAD_NUMBER: Readonly<Record<LiteralProblem, Bilingual>> = {
  not_decimal: {
    zh: '不是普通小数（请写成如 "1160.00" 的形式，不用指数）',
    en: 'is not a plain decimal (write it like "1160.00", no exponent)',
  },
  not_finite: { zh: '不是有限数', en: 'is not a finite number' },
  out_of_range: { zh: '超出可精确表示的范围', en: 'is out of the exactly representable range' },
};

function parseNumber(value: unknown, symbol: FactSymbol, path: Path, ctx: Ctx): Numeric | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') {
    mismatch(value, 'number', path, ctx);
    return undefined;
  }
  const parsed = parseDecimalLiteral(value, symbol.scale ?? 1);
  if (parsed.ok) return parsed.value;
  report(
    ctx,
    'rule_bad_number',
    path,
    {
      zh: `数值 ${show(value)} ${BAD_NUMBER[parsed.problem].zh}`,
      en: `number ${show(value)} ${BAD_NUMBER[parsed.problem].en}`,
    },
    { value, problem: parsed.problem },
  );
  return undefined;
}

function mismatch(value: unknown, expected: OperandType, path: Path, ctx: Ctx): void {
  report(
    ctx,
    'rule_type_mismatch',
    path,
    {
      zh: `这里需要${TYPE_NAMES[expected].zh}，实际为 ${show(value)}`,
      en: `expected a ${TYPE_NAMES[expected].en} here, got ${show(value)}`,
    },
    { value, expected },
  );
}

function checkDomain(value: string, symbol: FactSymbol, path: Path, ctx: Ctx): void {
  if (!symbol.values || symbol.values.includes(value)) return;
  const suggestion = suggestName(value, symbol.values);
  report(
    ctx,
    'rule_unknown_value',
    path,
    {
      zh: `值 ${show(value)} 不在可能取值之中（${symbol.values.join('、')}）${suggestion ? `，是否指 "${suggestion}"？` : ''}`,
      en: `value ${show(value)} can never occur (possible: ${symbol.values.join(', ')})${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    },
    { value, values: symbol.values, ...(suggestion ? { suggestion } : {}) },
  );
}

/** Converts a literal to runtime units for the operand type, or reports why it cannot. */
function parseLiteral(
  value: unknown,
  type: OperandType,
  symbol: FactSymbol,
  path: Path,
  ctx: Ctx,
): Operand | undefined {
  switch (type) {
    case 'number':
      return parseNumber(value, symbol, path, ctx);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      mismatch(value, type, path, ctx);
      return undefined;
    case 'string':
      if (typeof value === 'string') {
        checkDomain(value, symbol, path, ctx);
        return value;
      }
      mismatch(value, type, path, ctx);
      return undefined;
    case 'string[]': {
      if (!Array.isArray(value)) {
        mismatch(value, type, path, ctx);
        return undefined;
      }
      const out: string[] = [];
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item !== 'string') mismatch(item, 'string', [...path, i], ctx);
        else {
          checkDomain(item, symbol, [...path, i], ctx);
          out.push(item);
        }
      }
      return out.length === value.length ? Object.freeze(out) : undefined;
    }
    case 'range': {
      if (!Array.isArray(value) || value.length !== 2) {
        mismatch(value, type, path, ctx);
        return undefined;
      }
      const lo = parseNumber(value[0], symbol, [...path, 0], ctx);
      const hi = parseNumber(value[1], symbol, [...path, 1], ctx);
      if (lo === undefined || hi === undefined) return undefined;
      if (compareNumeric(lo, hi) > 0) {
        report(
          ctx,
          'rule_bad_range',
          path,
          {
            zh: `区间 ${show(value)} 的下限大于上限`,
            en: `range ${show(value)} has its low end above its high end`,
          },
          { value },
        );
        return undefined;
      }
      return Object.freeze([lo, hi] as const);
    }
  }
}
