import { PackError } from '../errors/index.js';
import { analyzeCondition, type CheckOptions, type ResolvedLeaf, type ResolvedNode } from './check.js';
import { compareNumeric, type Numeric } from '../money/index.js';
import { numericComparisonOf, sameScalarOf, type NumericComparison } from './operators.js';
import type { CompiledCondition, LeafTrace, Operand, RuleValue, SymbolTable } from './types.js';

/**
 * Compiles json-rules-engine conditions to plain closures over env slots (no eval, no code generation).
 *
 * Three-valued (Kleene) logic: a leaf reading an unknown (`undefined`) slot is unknown; `all` is false if
 * any child is false, true if all are true, else unknown; `any` dually; `not` keeps unknown unknown.
 */

/**
 * Options for {@link compileCondition} (the same as for `checkCondition`).
 *
 * @example
 * const opts: CompileOptions = { at: ['programmes', 'dibao', 'eligible'] };
 */
export type CompileOptions = CheckOptions;

type Env = readonly RuleValue[];
type Test = (env: Env) => boolean | undefined;
type Explain = (env: Env, trace: LeafTrace[]) => boolean | undefined;

/**
 * Validates and compiles a condition. Throws {@link PackError} (code `rule_invalid`) carrying every
 * issue when `checkCondition` finds an error.
 *
 * @example
 * const symbols = createSymbolTable([
 *   ['incomePerPerson', { type: 'number', scale: 100 }],
 *   ['param:dibao.standard', { type: 'number', scale: 100 }],
 * ]);
 * const c = compileCondition(
 *   { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } },
 *   symbols,
 * );
 * c.test([{ n: 347_999, d: 3 }, 116_000]); // true
 * c.test([undefined, 116_000]);            // undefined — income unknown
 */
export function compileCondition(
  condition: unknown,
  symbols: SymbolTable,
  options: CompileOptions = {},
): CompiledCondition {
  const { issues, tree } = analyzeCondition(condition, symbols, options);
  if (!tree) throw new PackError('rule_invalid', 'invalid rule condition', issues);
  return compileResolvedCondition(tree);
}

/**
 * Compiles a condition already resolved (by `resolveCondition`, with no problem) to closures.
 * @internal
 *
 * @example
 * const { tree } = resolveCondition(condition, symbols);
 * if (tree) compileResolvedCondition(tree).test(env);
 */
export function compileResolvedCondition(tree: ResolvedNode): CompiledCondition {
  const facts: string[] = [];
  const seen = new Set<string>();
  let leafCount = 0;
  const note = (name: string): void => {
    if (!seen.has(name)) {
      seen.add(name);
      facts.push(name);
    }
  };
  visitLeaves(tree, (leaf) => {
    leafCount++;
    note(leaf.fact);
    if (leaf.right.kind === 'fact') note(leaf.right.fact);
  });
  return Object.freeze({
    test: buildTest(tree),
    explain: buildExplain(tree),
    facts: Object.freeze(facts),
    leafCount,
  });
}

function visitLeaves(node: ResolvedNode, visit: (leaf: ResolvedLeaf) => void): void {
  if (node.kind === 'leaf') visit(node);
  else if (node.kind === 'not') visitLeaves(node.child, visit);
  else for (const child of node.children) visitLeaves(child, visit);
}

function buildTest(node: ResolvedNode): Test {
  switch (node.kind) {
    case 'leaf':
      return leafTest(node);
    case 'not': {
      const child = buildTest(node.child);
      return (env) => {
        const r = child(env);
        return r === undefined ? undefined : !r;
      };
    }
    case 'all':
      return allTest(node.children.map(buildTest));
    case 'any':
      return anyTest(node.children.map(buildTest));
  }
}

function leafTest(leaf: ResolvedLeaf): Test {
  const { slot, test } = leaf;
  const comparison = numericComparisonOf(test);
  if (comparison) return numericLeafTest(leaf, comparison);
  const same = sameScalarOf(test);
  if (same !== undefined && leaf.right.kind === 'literal') {
    // `equal` / `notEqual` on a yes/no or a text against a literal: `===`, inlined.
    const literal = leaf.right.value;
    return (env) => {
      const a = env[slot];
      return a === undefined ? undefined : (a === literal) === same;
    };
  }
  if (leaf.right.kind === 'literal') {
    const literal: Operand = leaf.right.value;
    return (env) => {
      const a = env[slot];
      return a === undefined ? undefined : test(a, literal);
    };
  }
  const rightSlot = leaf.right.slot;
  return (env) => {
    const a = env[slot];
    if (a === undefined) return undefined;
    const b = env[rightSlot];
    return b === undefined ? undefined : test(a, b);
  };
}

/**
 * A standard numeric comparison, inlined: two integers (fen, counts, ages) compare directly, fractions exactly by
 * cross-multiplication. One closure shape for every numeric leaf keeps the call sites monomorphic.
 */
function numericLeafTest(leaf: ResolvedLeaf, { low, high, negate }: NumericComparison): Test {
  const { slot } = leaf;
  const right = leaf.right;
  const literal = right.kind === 'literal' ? (right.value as Numeric) : undefined;
  const rightSlot = right.kind === 'fact' ? right.slot : -1;
  return (env) => {
    const a = env[slot] as Numeric | undefined;
    if (a === undefined) return undefined;
    const b = literal ?? (env[rightSlot] as Numeric | undefined);
    if (b === undefined) return undefined;
    const c = typeof a === 'number' && typeof b === 'number' ? (a < b ? -1 : a > b ? 1 : 0) : compareNumeric(a, b);
    return (c >= low && c <= high) !== negate;
  };
}

function allTest(children: readonly Test[]): Test {
  const n = children.length;
  if (n === 0) return () => true;
  if (n === 1) return children[0]!;
  return (env) => {
    let unknown = false;
    for (let i = 0; i < n; i++) {
      const r = children[i]!(env);
      if (r === false) return false;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  };
}

function anyTest(children: readonly Test[]): Test {
  const n = children.length;
  // Unreachable after checking (an empty any is rejected); false is the logical identity of "or".
  if (n === 0) return () => false;
  if (n === 1) return children[0]!;
  return (env) => {
    let unknown = false;
    for (let i = 0; i < n; i++) {
      const r = children[i]!(env);
      if (r === true) return true;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };
}

function buildExplain(node: ResolvedNode): Explain {
  switch (node.kind) {
    case 'leaf':
      return leafExplain(node);
    case 'not': {
      const child = buildExplain(node.child);
      return (env, trace) => {
        const r = child(env, trace);
        return r === undefined ? undefined : !r;
      };
    }
    case 'all':
    case 'any': {
      const children = node.children.map(buildExplain);
      const n = children.length;
      // No short-circuit: every leaf is traced, so the list of missing facts is complete.
      const stop = node.kind !== 'all';
      return (env, trace) => {
        let unknown = false;
        let decided = false;
        for (let i = 0; i < n; i++) {
          const r = children[i]!(env, trace);
          if (r === stop) decided = true;
          else if (r === undefined) unknown = true;
        }
        if (decided) return stop;
        return unknown ? undefined : !stop;
      };
    }
  }
}

function leafExplain(leaf: ResolvedLeaf): Explain {
  const { slot, test, path, name, fact, operator } = leaf;
  const frozenPath = Object.freeze([...path]);
  if (leaf.right.kind === 'literal') {
    const literal: Operand = leaf.right.value;
    return (env, trace) => {
      const a = env[slot];
      const result = a === undefined ? undefined : test(a, literal);
      trace.push({ path: frozenPath, name, fact, operator, left: a, right: literal, rightFact: undefined, result });
      return result;
    };
  }
  const { slot: rightSlot, fact: rightFact } = leaf.right;
  return (env, trace) => {
    const a = env[slot];
    const b = env[rightSlot];
    const result = a === undefined || b === undefined ? undefined : test(a, b);
    trace.push({ path: frozenPath, name, fact, operator, left: a, right: b, rightFact, result });
    return result;
  };
}

/**
 * The fact and parameter names whose unknown value left a leaf undetermined, in trace order, without
 * duplicates — what to ask for to reach a decision.
 *
 * @example
 * const trace: LeafTrace[] = [];
 * compiled.explain([undefined, 116_000], trace);
 * listMissingFacts(trace); // ['incomePerPerson']
 */
export function listMissingFacts(trace: readonly LeafTrace[]): string[] {
  const out = new Set<string>();
  for (const t of trace) {
    if (t.result !== undefined) continue;
    if (t.left === undefined) out.add(t.fact);
    if (t.rightFact !== undefined && t.right === undefined) out.add(t.rightFact);
  }
  return [...out];
}
