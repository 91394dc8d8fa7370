import type { Issue, MessageArgs } from '../errors/index.js';
import { parseDecimalLiteral } from '../money/index.js';
import { ruleIssue, type RuleIssueCode } from './messages.js';
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
 * A problem found in a condition, before it is worded: its code, where it is, and what it is about.
 * @internal
 */
export interface RuleProblem {
  readonly code: RuleIssueCode;
  readonly path: ConditionPath;
  readonly args?: MessageArgs;
}

/**
 * The result of {@link resolveCondition}: every problem (not yet worded), and the tree when there is none.
 * @internal
 */
export interface Resolution {
  readonly problems: readonly RuleProblem[];
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
  const { problems, tree } = resolveCondition(condition, symbols, options);
  return { issues: problems.map((p) => ruleIssue(p.code, p.path, p.args)), tree };
}

/**
 * Resolves a condition and lists its problems by code, without their wording: what compiling the conditions
 * of a validated pack needs (they were checked, in words, when it was validated), so that deciding does not
 * carry the wording of every rule problem. Every problem is an error: the tree is there only when there is none.
 * @internal
 *
 * @example
 * const { problems, tree } = resolveCondition(condition, symbols);
 */
export function resolveCondition(condition: unknown, symbols: SymbolTable, options: CheckOptions = {}): Resolution {
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
  return { problems: ctx.issues, tree: ctx.issues.length ? undefined : tree };
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
  readonly issues: RuleProblem[];
}

type Path = readonly (string | number)[];
type Obj = Readonly<Record<string, unknown>>;

const BOOLEAN_KEYS = ['all', 'any', 'not'] as const;
const LEAF_KEYS = ['fact', 'operator', 'value'] as const;
const META_KEYS = ['name', 'priority'] as const;

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

/** Records an issue at `path` inside the condition (prefixed with where the condition sits). */
function report(ctx: Ctx, code: RuleIssueCode, path: Path, args?: MessageArgs): void {
  ctx.issues.push({ code, path: [...ctx.at, ...path], ...(args ? { args } : {}) });
}

/** `{ suggestion }` when there is one, else nothing: issues carry only the arguments that exist. */
function suggested(suggestion: string | undefined): { suggestion?: string } {
  return suggestion ? { suggestion } : {};
}

function analyzeNode(node: unknown, path: Path, depth: number, ctx: Ctx): ResolvedNode | undefined {
  if (!isWithinLimits(path, depth, ctx)) return undefined;
  if (!isObject(node)) {
    report(ctx, 'rule_malformed', path, { reason: 'not_object', value: node });
    return undefined;
  }
  checkMeta(node, path, ctx);
  const kind = kindOf(node, path, ctx);
  if (kind === undefined) return undefined;
  if (kind === 'leaf') return analyzeLeaf(node, path, ctx);
  checkKeys(node, path, [kind], ctx);
  return kind === 'not' ? analyzeNot(node.not, path, depth, ctx) : analyzeList(kind, node[kind], path, depth, ctx);
}

/** Counts the node; reports (once) a condition with too many nodes, and one nested too deeply. */
function isWithinLimits(path: Path, depth: number, ctx: Ctx): boolean {
  if (++ctx.nodes > ctx.maxNodes) {
    if (!ctx.tooLarge) {
      ctx.tooLarge = true;
      report(ctx, 'rule_too_large', path, { maxNodes: ctx.maxNodes });
    }
    return false;
  }
  if (depth > ctx.maxDepth) {
    report(ctx, 'rule_too_deep', path, { maxDepth: ctx.maxDepth });
    return false;
  }
  return true;
}

/** Which kind of condition an object is — one of all, any, not, or a leaf — or why it is none. */
function kindOf(node: Obj, path: Path, ctx: Ctx): (typeof BOOLEAN_KEYS)[number] | 'leaf' | undefined {
  if (has(node, 'condition')) {
    report(ctx, 'rule_condition_ref_not_supported', [...path, 'condition'], { condition: node.condition });
    return undefined;
  }
  const bools = BOOLEAN_KEYS.filter((k) => has(node, k));
  if (bools.length > 1) {
    report(ctx, 'rule_malformed', path, { reason: 'several_kinds', keys: bools });
    return undefined;
  }
  if (bools[0] !== undefined) return bools[0];
  if (LEAF_KEYS.some((k) => has(node, k))) return 'leaf';
  report(ctx, 'rule_malformed', path, { reason: 'no_kind', keys: Object.keys(node) });
  return undefined;
}

function analyzeNot(body: unknown, path: Path, depth: number, ctx: Ctx): ResolvedNode | undefined {
  if (!isObject(body)) {
    report(ctx, 'rule_malformed', [...path, 'not'], { reason: 'not_needs_object', value: body });
    return undefined;
  }
  const child = analyzeNode(body, [...path, 'not'], depth + 1, ctx);
  return child && { kind: 'not', path, child };
}

function analyzeList(
  kind: 'all' | 'any',
  body: unknown,
  path: Path,
  depth: number,
  ctx: Ctx,
): ResolvedNode | undefined {
  if (!Array.isArray(body)) {
    report(ctx, 'rule_malformed', [...path, kind], { reason: 'needs_array', kind, value: body });
    return undefined;
  }
  if (kind === 'any' && body.length === 0) {
    // json-rules-engine 7.3.1 evaluates an empty `any` as TRUE while logic says false: reject it.
    report(ctx, 'rule_empty_any', [...path, 'any']);
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
    report(ctx, 'rule_malformed', [...path, 'name'], { reason: 'bad_name', value: node.name });
  }
  if (has(node, 'priority') && !(Number.isSafeInteger(node.priority) && (node.priority as number) > 0)) {
    report(ctx, 'rule_malformed', [...path, 'priority'], { reason: 'bad_priority', value: node.priority });
  }
}

/** Reports keys other than `allowed`, `name`, `priority` and the caller's extra keys. */
function checkKeys(node: Obj, path: Path, allowed: readonly string[], ctx: Ctx): void {
  for (const key of Object.keys(node)) {
    if (allowed.includes(key) || (META_KEYS as readonly string[]).includes(key) || ctx.allowKeys.has(key)) continue;
    const at = [...path, key];
    if (key === 'path') report(ctx, 'rule_path_not_supported', at, { path: node.path });
    else if (key === 'params') report(ctx, 'rule_params_not_supported', at);
    else if ((LEAF_KEYS as readonly string[]).includes(key) || (BOOLEAN_KEYS as readonly string[]).includes(key)) {
      report(ctx, 'rule_malformed', at, { reason: 'key_conflict', key, allowed });
    } else {
      const suggestion = suggestName(key, [...allowed, ...META_KEYS]);
      report(ctx, 'rule_unknown_key', at, { key, ...suggested(suggestion) });
    }
  }
}

/** Looks a fact or parameter up, reporting an unknown name with a suggestion. */
function lookUp(name: unknown, path: Path, ctx: Ctx): FactSymbol | undefined {
  if (typeof name !== 'string' || name === '') {
    report(ctx, 'rule_malformed', path, { reason: 'bad_fact', value: name });
    return undefined;
  }
  const symbol = ctx.symbols.get(name);
  if (symbol) return symbol;
  const param = isParamName(name);
  const suggestion = suggestName(
    name,
    [...ctx.symbols.keys()].filter((k) => isParamName(k) === param),
  );
  if (param) report(ctx, 'rule_unknown_param', path, { param: name, ...suggested(suggestion) });
  else report(ctx, 'rule_unknown_fact', path, { fact: name, ...suggested(suggestion) });
  return undefined;
}

function analyzeLeaf(node: Obj, path: Path, ctx: Ctx): ResolvedLeaf | undefined {
  checkKeys(node, path, LEAF_KEYS, ctx);
  const before = ctx.issues.length;
  for (const key of LEAF_KEYS) {
    if (!has(node, key) || node[key] === undefined || node[key] === null) {
      report(ctx, 'rule_malformed', [...path, key], { reason: 'missing_key', key });
    }
  }
  if (ctx.issues.length > before) return undefined;

  const symbol = lookUp(node.fact, [...path, 'fact'], ctx);
  const signature = resolveOperator(node, symbol, path, ctx);
  const value = node.value;
  if (isObject(value) && has(value, 'fact')) {
    return analyzeFactRight(node, value, path, symbol, signature, ctx);
  }
  if (isObject(value)) {
    report(ctx, 'rule_malformed', [...path, 'value'], { reason: 'bad_value', value });
    return undefined;
  }
  if (!symbol || !signature) return undefined;
  const literal = parseLiteral(value, signature.right, symbol, [...path, 'value'], ctx);
  if (literal === undefined || ctx.issues.length > before) return undefined;
  return {
    kind: 'leaf',
    path,
    name: own(node, 'name') as string | undefined,
    fact: node.fact as string,
    slot: symbol.slot,
    operator: node.operator as string,
    test: signature.test,
    right: { kind: 'literal', value: literal },
  };
}

/** The operator's signature for the fact's type, or why there is none (unknown, or not for this type). */
function resolveOperator(
  node: Obj,
  symbol: FactSymbol | undefined,
  path: Path,
  ctx: Ctx,
): OperatorSignature | undefined {
  const { operator, fact } = node;
  const at = [...path, 'operator'];
  if (typeof operator !== 'string') {
    report(ctx, 'rule_malformed', at, { reason: 'bad_operator', value: operator });
    return undefined;
  }
  const def = ctx.operators.get(operator);
  if (!def) {
    const suggestion = OPERATOR_ALIASES[operator] ?? suggestName(operator, ctx.operators.keys());
    report(ctx, 'rule_unknown_operator', at, { operator, ...suggested(suggestion) });
    return undefined;
  }
  if (!symbol) return undefined;
  const signature = def.signatures[symbol.type];
  if (!signature) {
    const accepts = Object.keys(def.signatures) as OperandType[];
    report(ctx, 'rule_type_mismatch', at, { reason: 'operator_type', operator, fact, factType: symbol.type, accepts });
  }
  return signature;
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
  if (!isComparableFact(node, symbol, signature, right, at, ctx)) return undefined;
  return {
    kind: 'leaf',
    path,
    name: own(node, 'name') as string | undefined,
    fact: node.fact as string,
    slot: symbol.slot,
    operator: node.operator as string,
    test: signature.test,
    right: { kind: 'fact', fact: rightName as string, slot: right.slot },
  };
}

/** Whether a fact may stand on the right of this operator: allowed there, of the right type and unit. */
function isComparableFact(
  node: Obj,
  symbol: FactSymbol,
  signature: OperatorSignature,
  right: FactSymbol,
  at: Path,
  ctx: Ctx,
): boolean {
  const operator = node.operator as string;
  const rightName = (node.value as Obj).fact;
  if (!signature.allowFact) {
    report(ctx, 'rule_type_mismatch', at, { reason: 'literal_only', operator, expected: signature.right });
    return false;
  }
  if (right.type !== signature.right) {
    const args = { reason: 'fact_type', operator, expected: signature.right, actual: right.type, fact: rightName };
    report(ctx, 'rule_type_mismatch', [...at, 'fact'], args);
    return false;
  }
  if (right.type === 'number' && (right.scale ?? 1) !== (symbol.scale ?? 1)) {
    // Different scales mean different units (fen vs people): almost surely a mistake in the rule.
    const scales = { scale: symbol.scale ?? 1, rightScale: right.scale ?? 1 };
    report(ctx, 'rule_scale_mismatch', [...at, 'fact'], { fact: node.fact, rightFact: rightName, ...scales });
    return false;
  }
  return true;
}

function parseNumber(value: unknown, symbol: FactSymbol, path: Path, ctx: Ctx): Numeric | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') {
    mismatch(value, 'number', path, ctx);
    return undefined;
  }
  const parsed = parseDecimalLiteral(value, symbol.scale ?? 1);
  if (parsed.ok) return parsed.value;
  report(ctx, 'rule_bad_number', path, { value, problem: parsed.problem });
  return undefined;
}

function mismatch(value: unknown, expected: OperandType, path: Path, ctx: Ctx): void {
  report(ctx, 'rule_type_mismatch', path, { reason: 'value_type', value, expected });
}

function checkDomain(value: string, symbol: FactSymbol, path: Path, ctx: Ctx): void {
  if (!symbol.values || symbol.values.includes(value)) return;
  const suggestion = suggestName(value, symbol.values);
  report(ctx, 'rule_unknown_value', path, { value, values: symbol.values, ...suggested(suggestion) });
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
    case 'string[]':
      return parseStringList(value, symbol, path, ctx);
    case 'range':
      return parseRange(value, symbol, path, ctx);
  }
}

function parseStringList(value: unknown, symbol: FactSymbol, path: Path, ctx: Ctx): Operand | undefined {
  if (!Array.isArray(value)) {
    mismatch(value, 'string[]', path, ctx);
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

function parseRange(value: unknown, symbol: FactSymbol, path: Path, ctx: Ctx): Operand | undefined {
  if (!Array.isArray(value) || value.length !== 2) {
    mismatch(value, 'range', path, ctx);
    return undefined;
  }
  const lo = parseNumber(value[0], symbol, [...path, 0], ctx);
  const hi = parseNumber(value[1], symbol, [...path, 1], ctx);
  if (lo === undefined || hi === undefined) return undefined;
  if (compareNumeric(lo, hi) > 0) {
    report(ctx, 'rule_bad_range', path, { value });
    return undefined;
  }
  return Object.freeze([lo, hi] as const);
}
