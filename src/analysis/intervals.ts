import { PackError } from '../errors/index.js';
import { getFactDefinition } from '../schema/index.js';
import { analyzeCondition, type ResolvedLeaf, type ResolvedNode } from '../rules/index.js';
import { isParamName } from '../rules/index.js';
import type { KnownValue, Numeric, NumericRange, Operand, SymbolTable } from '../rules/index.js';
import { compareNumeric, isNumeric } from '../money/index.js';
import {
  createInterval,
  excludeValue,
  intersectIntervals,
  isIntervalEmpty,
  lowerHigh,
  pickInInterval,
  raiseLow,
  type ExactInterval,
  type NumericDomain,
} from './exact-interval.js';

/**
 * Interval reasoning over conditions: a condition becomes a disjunction of "boxes" — per numeric fact an
 * exact interval, per boolean fact a required value, per string fact an allowed set, per list fact the
 * values it must and must not contain. `not` is pushed down to the leaves first, `all` intersects, `any`
 * unites (up to a cap, beyond which the answer is "unknown" rather than a guess).
 *
 * Facts are treated as independent of each other (the analysis does not know that `incomePerPerson` is
 * `incomeTotal / householdSize`): an empty box set is a proof that no env satisfies the condition; a
 * non-empty one only says the comparisons do not contradict each other. The proof assumes what the checker
 * assumes: a string fact takes only the values its symbol lists, count and years facts are whole numbers
 * from 0 (see {@link catalogDomain}). A comparison of two numeric facts is kept as a relation between
 * them and checked pairwise; chains of three or more are left undecided.
 */

/**
 * What the interval analysis concludes about a condition (or a conjunction of conditions):
 * `empty` — no env can make it true (a proof); `nonEmpty` — some env makes it true (a box with only
 * exact bounds is a witness); `unknown` — not decided (comparisons between two facts, parameters without
 * a value, or more boxes than the cap).
 *
 * @example
 * const v: Verdict = 'empty';
 */
export type Verdict = 'empty' | 'nonEmpty' | 'unknown';

/**
 * What one box requires of one fact.
 *
 * - `number`: an exact interval, plus bounds against parameters whose value is not known (`symLow` /
 *   `symHigh`: parameter name → open) and parameters the fact must differ from.
 * - `boolean`: the required value.
 * - `string`: the allowed values (`undefined` = any of the domain) minus the excluded ones.
 * - `list`: values the list must contain and must not contain.
 *
 * @example
 * const c: Constraint = { kind: 'boolean', value: true };
 */
export type Constraint =
  | {
      readonly kind: 'number';
      readonly interval: ExactInterval;
      readonly symLow: ReadonlyMap<string, boolean>;
      readonly symHigh: ReadonlyMap<string, boolean>;
      readonly symExcluded: ReadonlySet<string>;
    }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | {
      readonly kind: 'string';
      readonly domain: readonly string[] | undefined;
      readonly allowed: ReadonlySet<string> | undefined;
      readonly excluded: ReadonlySet<string>;
    }
  | { readonly kind: 'list'; readonly present: ReadonlySet<string>; readonly absent: ReadonlySet<string> };

/**
 * How two numeric facts may compare, as a set of the outcomes `<` (1), `=` (2), `>` (4) of
 * `left` against `right`.
 *
 * @example
 * const r: Relation = { left: 'incomeTotal', right: 'rigidExpenditure', allowed: 4 }; // incomeTotal > rigidExpenditure
 */
export interface Relation {
  readonly left: string;
  readonly right: string;
  readonly allowed: number;
}

/**
 * One conjunction of constraints, by fact key. Comparisons between two numeric facts are kept as
 * {@link Relation}s: a relation and its opposite contradict (`a > b and b > a`), and so do a relation and
 * the facts' intervals (`a < b` with `a ≥ 10`, `b ≤ 5`); beyond that they are not reasoned about.
 * `undecided` is set when the box holds comparisons the analysis cannot reason about at all (two string
 * facts, a custom operator).
 *
 * @example
 * const b: Box = { constraints: new Map([['hasSevereIllness', { kind: 'boolean', value: true }]]), relations: new Map(), undecided: false };
 */
export interface Box {
  readonly constraints: ReadonlyMap<string, Constraint>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly undecided: boolean;
}

/**
 * A disjunction of boxes (empty boxes are dropped as they appear). `overflow` means the cap was exceeded
 * and the boxes are incomplete: the verdict is then `unknown`.
 *
 * @example
 * const never: BoxSet = { boxes: [], overflow: false };
 */
export interface BoxSet {
  readonly boxes: readonly Box[];
  readonly overflow: boolean;
}

/**
 * Options of {@link buildBoxSet}.
 *
 * @example
 * const opts: BoxOptions = { parameterValue: (name) => (name === 'param:dibao.standard' ? 116_000 : undefined) };
 */
export interface BoxOptions {
  /**
   * The exact value of a parameter (`param:<key>`, in runtime units), or `undefined` to treat it as an
   * unknown symbolic bound. Default: every parameter is symbolic.
   */
  readonly parameterValue?: (name: string) => Numeric | undefined;
  /** The domain of a numeric fact; default: integers from 0 for count and years facts of the catalog, else all rationals. */
  readonly domainOf?: (fact: string) => NumericDomain;
  /** Most boxes a set may hold before the analysis gives up with `unknown`; default {@link DEFAULT_MAX_BOXES}. */
  readonly maxBoxes?: number;
  /**
   * The key a fact's constraints are filed under; default the fact's name. Renaming member facts lets two
   * member conditions be satisfied by different members of one household.
   */
  readonly keyOf?: (fact: string) => string;
}

/**
 * The default cap on boxes per set.
 *
 * @example
 * DEFAULT_MAX_BOXES; // 256
 */
export const DEFAULT_MAX_BOXES = 256;

/**
 * Builds the box set of a condition (validated against `symbols`; throws {@link PackError} `rule_invalid`
 * like `compileCondition` when it is not valid).
 *
 * @example
 * const set = buildBoxSet({ all: [
 *   { fact: 'age', operator: 'greaterThanInclusive', value: 60 },
 *   { fact: 'age', operator: 'lessThan', value: 16 },
 * ] }, memberSymbols);
 * decideBoxSet(set); // 'empty'
 */
export function buildBoxSet(condition: unknown, symbols: SymbolTable, options: BoxOptions = {}): BoxSet {
  const { issues, tree } = analyzeCondition(condition, symbols);
  if (!tree) throw new PackError('rule_invalid', 'invalid rule condition', issues);
  return buildBoxSetOfTree(tree, symbols, options);
}

/**
 * {@link buildBoxSet} on an already resolved tree (so a pack's conditions are checked once and analysed
 * on many dates).
 * @internal
 *
 * @example
 * const set = buildBoxSetOfTree(analyzeCondition(cond, symbols).tree!, symbols, { parameterValue });
 */
export function buildBoxSetOfTree(tree: ResolvedNode, symbols: SymbolTable, options: BoxOptions = {}): BoxSet {
  const ctx: BuildContext = {
    symbols,
    parameterValue: options.parameterValue ?? (() => undefined),
    domainOf: options.domainOf ?? catalogDomain,
    maxBoxes: options.maxBoxes ?? DEFAULT_MAX_BOXES,
    keyOf: options.keyOf ?? ((fact) => fact),
  };
  return toBoxes(toFormula(tree, false, ctx), ctx);
}

/**
 * Intersects two box sets (both conditions true at once), pairwise; `unknown` beyond the cap.
 *
 * @example
 * decideBoxSet(intersectBoxSets(urgentWhen, emergencyWhen)); // 'nonEmpty': both can hold for one report
 */
export function intersectBoxSets(a: BoxSet, b: BoxSet, maxBoxes = DEFAULT_MAX_BOXES): BoxSet {
  if ((!a.overflow && !a.boxes.length) || (!b.overflow && !b.boxes.length)) return EMPTY_SET;
  if (a.overflow || b.overflow) return OVERFLOW_SET;
  const out: Box[] = [];
  for (const x of a.boxes) {
    for (const y of b.boxes) {
      const z = intersectBoxes(x, y);
      if (!z) continue;
      if (out.length >= maxBoxes) return OVERFLOW_SET;
      out.push(z);
    }
  }
  return { boxes: out, overflow: false };
}

/**
 * The verdict of a box set: `empty` when no box is left, `nonEmpty` when some box has only exact,
 * decided constraints, else `unknown`.
 *
 * @example
 * decideBoxSet({ boxes: [], overflow: false }); // 'empty'
 */
export function decideBoxSet(set: BoxSet): Verdict {
  if (set.overflow) return 'unknown';
  if (!set.boxes.length) return 'empty';
  return set.boxes.some(isDecidedBox) ? 'nonEmpty' : 'unknown';
}

/**
 * The verdict of one condition: {@link buildBoxSet} then {@link decideBoxSet}.
 *
 * @example
 * decideCondition({ fact: 'age', operator: 'between', value: [60, 16] }, symbols); // throws: bad range
 * decideCondition({ not: { fact: 'age', operator: 'greaterThanInclusive', value: 0 } }, memberSymbols); // 'empty' (ages are ≥ 0)
 */
export function decideCondition(condition: unknown, symbols: SymbolTable, options: BoxOptions = {}): Verdict {
  return decideBoxSet(buildBoxSet(condition, symbols, options));
}

/**
 * A value for every constrained fact key of a decided box (see {@link decideBoxSet}), such that any env
 * giving these values — and any values to the facts the box leaves free — satisfies the box. `undefined`
 * when the box is not decided or no value could be picked with safe integers.
 *
 * @example
 * pickWitness(set.boxes[0]!); // Map { 'incomePerPerson' => 116000, 'propertyTestPassed' => true }
 */
export function pickWitness(box: Box): Map<string, KnownValue> | undefined {
  if (!isDecidedBox(box)) return undefined;
  const out = new Map<string, KnownValue>();
  for (const [key, c] of box.constraints) {
    const v = pickValue(c);
    if (v === undefined) return undefined;
    out.set(key, v);
  }
  return out;
}

/**
 * The default numeric domain of a fact: integers from 0 for the catalog's count and years facts (the
 * facts module derives them so), all rationals otherwise (money may be negative after expenditure).
 *
 * @example
 * catalogDomain('age'); // { integer: true, min: 0 }
 */
export function catalogDomain(fact: string): NumericDomain {
  const kind = getFactDefinition(fact)?.kind;
  return kind === 'count' || kind === 'years' ? INTEGER_FROM_ZERO : RATIONAL;
}

const INTEGER_FROM_ZERO: NumericDomain = Object.freeze({ integer: true, min: 0 });
const RATIONAL: NumericDomain = Object.freeze({ integer: false });
const EMPTY_SET: BoxSet = Object.freeze({ boxes: Object.freeze([]), overflow: false });
const OVERFLOW_SET: BoxSet = Object.freeze({ boxes: Object.freeze([]), overflow: true });
const TOP: Box = Object.freeze({ constraints: new Map(), relations: new Map(), undecided: false });

interface BuildContext {
  readonly symbols: SymbolTable;
  readonly parameterValue: (name: string) => Numeric | undefined;
  readonly domainOf: (fact: string) => NumericDomain;
  readonly maxBoxes: number;
  readonly keyOf: (fact: string) => string;
}

type Comparison = '<' | '<=' | '>' | '>=' | '=' | '!=';

/** A leaf in negation normal form. */
type Atom =
  | { readonly kind: 'const'; readonly value: boolean }
  | { readonly kind: 'undecided' }
  | {
      readonly kind: 'compare';
      readonly fact: string;
      readonly op: Comparison;
      readonly bound: Numeric | { readonly param: string };
    }
  | { readonly kind: 'relate'; readonly left: string; readonly op: Comparison; readonly right: string }
  | { readonly kind: 'boolean'; readonly fact: string; readonly value: boolean }
  | { readonly kind: 'in'; readonly fact: string; readonly values: readonly string[]; readonly negated: boolean }
  | { readonly kind: 'has'; readonly fact: string; readonly value: string; readonly negated: boolean };

/** A condition in negation normal form. */
type Formula = { readonly and: readonly Formula[] } | { readonly or: readonly Formula[] } | { readonly atom: Atom };

const NUMERIC_OPS: Readonly<Record<string, Comparison>> = {
  lessThan: '<',
  lessThanInclusive: '<=',
  greaterThan: '>',
  greaterThanInclusive: '>=',
  equal: '=',
  notEqual: '!=',
};
const NEGATED: Readonly<Record<Comparison, Comparison>> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '=': '!=',
  '!=': '=',
};
const MIRRORED: Readonly<Record<Comparison, Comparison>> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '=': '=',
  '!=': '!=',
};

function toFormula(node: ResolvedNode, negated: boolean, ctx: BuildContext): Formula {
  switch (node.kind) {
    case 'not':
      return toFormula(node.child, !negated, ctx);
    case 'all':
    case 'any': {
      const children = node.children.map((c) => toFormula(c, negated, ctx));
      // De Morgan: not(all) = any(not), not(any) = all(not).
      return (node.kind === 'all') !== negated ? { and: children } : { or: children };
    }
    case 'leaf':
      return negated ? negateFormula(leafFormula(node, ctx)) : leafFormula(node, ctx);
  }
}

function negateFormula(f: Formula): Formula {
  if ('and' in f) return { or: f.and.map(negateFormula) };
  if ('or' in f) return { and: f.or.map(negateFormula) };
  return { atom: negateAtom(f.atom) };
}

function negateAtom(a: Atom): Atom {
  switch (a.kind) {
    case 'const':
      return { kind: 'const', value: !a.value };
    case 'undecided':
      return a;
    case 'compare':
    case 'relate':
      return { ...a, op: NEGATED[a.op] };
    case 'boolean':
      return { ...a, value: !a.value };
    case 'in':
    case 'has':
      return { ...a, negated: !a.negated };
  }
}

/** A side of a comparison: a fact, a known value, or a parameter without a value. */
type Term =
  | { readonly kind: 'fact'; readonly name: string }
  | { readonly kind: 'value'; readonly value: Operand }
  | { readonly kind: 'param'; readonly name: string };

function termOf(name: string, ctx: BuildContext): Term {
  if (!isParamName(name)) return { kind: 'fact', name };
  const value = ctx.parameterValue(name);
  return value === undefined ? { kind: 'param', name } : { kind: 'value', value };
}

const atom = (a: Atom): Formula => ({ atom: a });
const UNDECIDED: Formula = atom({ kind: 'undecided' });

function leafFormula(leaf: ResolvedLeaf, ctx: BuildContext): Formula {
  const left = termOf(leaf.fact, ctx);
  const right: Term =
    leaf.right.kind === 'literal' ? { kind: 'value', value: leaf.right.value } : termOf(leaf.right.fact, ctx);
  if (left.kind === 'value' && right.kind === 'value')
    return atom({ kind: 'const', value: leaf.test(left.value as KnownValue, right.value) });
  const type = ctx.symbols.get(leaf.fact)?.type;
  if (type === 'number') return numericFormula(leaf.operator, left, right);
  if (left.kind !== 'fact') return UNDECIDED;
  if (right.kind === 'fact') return right.name === left.name ? reflexive(leaf.operator) : UNDECIDED;
  if (right.kind !== 'value') return UNDECIDED;
  const value = right.value;
  const fact = left.name;
  switch (`${type}:${leaf.operator}`) {
    case 'boolean:equal':
    case 'boolean:notEqual':
      return atom({ kind: 'boolean', fact, value: (leaf.operator === 'equal') === value });
    case 'string:equal':
    case 'string:notEqual':
      return atom({ kind: 'in', fact, values: [value as string], negated: leaf.operator === 'notEqual' });
    case 'string:in':
    case 'string:notIn':
      return atom({ kind: 'in', fact, values: value as readonly string[], negated: leaf.operator === 'notIn' });
    case 'string[]:contains':
    case 'string[]:doesNotContain':
      return atom({ kind: 'has', fact, value: value as string, negated: leaf.operator === 'doesNotContain' });
    default:
      return UNDECIDED; // a domain operator the analysis does not know
  }
}

/** `x op x`: decided without knowing x. */
function reflexive(operator: string): Formula {
  switch (operator) {
    case 'equal':
    case 'lessThanInclusive':
    case 'greaterThanInclusive':
      return atom({ kind: 'const', value: true });
    case 'notEqual':
    case 'lessThan':
    case 'greaterThan':
      return atom({ kind: 'const', value: false });
    default:
      return UNDECIDED;
  }
}

function numericFormula(operator: string, left: Term, right: Term): Formula {
  if (operator === 'between') {
    if (left.kind !== 'fact' || right.kind !== 'value') return UNDECIDED;
    const [low, high] = right.value as NumericRange;
    return {
      and: [
        atom({ kind: 'compare', fact: left.name, op: '>=', bound: low }),
        atom({ kind: 'compare', fact: left.name, op: '<=', bound: high }),
      ],
    };
  }
  const op = NUMERIC_OPS[operator];
  if (op === undefined) return UNDECIDED;
  // Put the fact on the left: `P < x` is `x > P`.
  if (left.kind !== 'fact' && right.kind === 'fact') return compareFact(right.name, MIRRORED[op], left);
  if (left.kind === 'fact') return compareFact(left.name, op, right);
  // Two parameters (at least one without a value): decided only when it is the same one.
  if (left.kind === 'param' && right.kind === 'param' && left.name === right.name) return reflexive(operator);
  return UNDECIDED;
}

function compareFact(fact: string, op: Comparison, other: Term): Formula {
  switch (other.kind) {
    case 'fact':
      return other.name === fact
        ? atom({ kind: 'const', value: op === '=' || op === '<=' || op === '>=' })
        : atom({ kind: 'relate', left: fact, op, right: other.name });
    case 'param':
      return atom({ kind: 'compare', fact, op, bound: { param: other.name } });
    case 'value':
      return isNumeric(other.value) ? atom({ kind: 'compare', fact, op, bound: other.value }) : UNDECIDED;
  }
}

function toBoxes(f: Formula, ctx: BuildContext): BoxSet {
  if ('atom' in f) {
    const box = applyAtom(TOP, f.atom, ctx);
    return box ? { boxes: [box], overflow: false } : EMPTY_SET;
  }
  const children = ('and' in f ? f.and : f.or).map((c) => toBoxes(c, ctx));
  if ('and' in f) {
    // One impossible conjunct makes the whole conjunction impossible, even next to an overflow.
    if (children.some((c) => !c.overflow && !c.boxes.length)) return EMPTY_SET;
    let acc: BoxSet = { boxes: [TOP], overflow: false };
    for (const c of children) {
      acc = intersectBoxSets(acc, c, ctx.maxBoxes);
      if (acc.overflow || !acc.boxes.length) return acc;
    }
    return acc;
  }
  if (children.some((c) => c.overflow)) return OVERFLOW_SET;
  const boxes = children.flatMap((c) => c.boxes);
  return boxes.length > ctx.maxBoxes ? OVERFLOW_SET : { boxes, overflow: false };
}

function applyAtom(box: Box, a: Atom, ctx: BuildContext): Box | undefined {
  switch (a.kind) {
    case 'const':
      return a.value ? box : undefined;
    case 'undecided':
      return box.undecided ? box : { ...box, undecided: true };
    case 'relate': {
      let left = ctx.keyOf(a.left);
      let right = ctx.keyOf(a.right);
      let op = a.op;
      // One entry per pair of facts, in name order: `b > a` is filed as `a < b`.
      if (left > right) [left, right, op] = [right, left, MIRRORED[op]];
      return checkRelations(mergeRelation(box, { left, right, allowed: OUTCOMES[op] }));
    }
    default: {
      const key = ctx.keyOf(a.fact);
      const merged = mergeConstraints(box.constraints.get(key), constraintOf(a, ctx));
      if (!merged) return undefined;
      const constraints = new Map(box.constraints);
      constraints.set(key, merged);
      return checkRelations({ ...box, constraints });
    }
  }
}

function constraintOf(a: Exclude<Atom, { kind: 'const' | 'undecided' | 'relate' }>, ctx: BuildContext): Constraint {
  switch (a.kind) {
    case 'compare': {
      let interval = createInterval(ctx.domainOf(a.fact));
      const symLow = new Map<string, boolean>();
      const symHigh = new Map<string, boolean>();
      const symExcluded = new Set<string>();
      if (typeof a.bound === 'object' && 'param' in a.bound) {
        const p = a.bound.param;
        if (a.op === '<' || a.op === '<=' || a.op === '=') symHigh.set(p, a.op === '<');
        if (a.op === '>' || a.op === '>=' || a.op === '=') symLow.set(p, a.op === '>');
        if (a.op === '!=') symExcluded.add(p);
      } else {
        const value = a.bound;
        if (a.op === '<' || a.op === '<=' || a.op === '=')
          interval = lowerHigh(interval, { value, open: a.op === '<' });
        if (a.op === '>' || a.op === '>=' || a.op === '=') interval = raiseLow(interval, { value, open: a.op === '>' });
        if (a.op === '!=') interval = excludeValue(interval, value);
      }
      return { kind: 'number', interval, symLow, symHigh, symExcluded };
    }
    case 'boolean':
      return { kind: 'boolean', value: a.value };
    case 'in': {
      const domain = ctx.symbols.get(a.fact)?.values;
      const set = new Set(a.values);
      return a.negated
        ? { kind: 'string', domain, allowed: undefined, excluded: set }
        : { kind: 'string', domain, allowed: set, excluded: new Set() };
    }
    case 'has':
      return a.negated
        ? { kind: 'list', present: new Set(), absent: new Set([a.value]) }
        : { kind: 'list', present: new Set([a.value]), absent: new Set() };
  }
}

function intersectBoxes(a: Box, b: Box): Box | undefined {
  const undecided = a.undecided || b.undecided;
  if (!b.constraints.size && !b.relations.size) return undecided === a.undecided ? a : { ...a, undecided };
  if (!a.constraints.size && !a.relations.size) return undecided === b.undecided ? b : { ...b, undecided };
  const constraints = new Map(a.constraints);
  for (const [key, c] of b.constraints) {
    const merged = mergeConstraints(constraints.get(key), c);
    if (!merged) return undefined;
    constraints.set(key, merged);
  }
  let box: Box | undefined = { constraints, relations: a.relations, undecided };
  for (const r of b.relations.values()) box = mergeRelation(box, r);
  return checkRelations(box);
}

/** Outcomes of `left op right` allowed by a comparison: `<` 1, `=` 2, `>` 4. */
const OUTCOMES: Readonly<Record<Comparison, number>> = { '<': 1, '<=': 3, '=': 2, '>=': 6, '>': 4, '!=': 5 };

function mergeRelation(box: Box, r: Relation): Box {
  const key = `${r.left}\u0000${r.right}`;
  const allowed = (box.relations.get(key)?.allowed ?? 7) & r.allowed;
  const relations = new Map(box.relations);
  relations.set(key, { ...r, allowed });
  return { ...box, relations };
}

/**
 * Drops a box whose fact-to-fact relations cannot hold: no outcome left, or none the two facts' exact
 * intervals allow (`a < b` needs low(a) < high(b); `a = b` needs the intervals to meet).
 */
function checkRelations(box: Box | undefined): Box | undefined {
  if (!box?.relations.size) return box;
  for (const r of box.relations.values()) {
    let allowed = r.allowed;
    const a = box.constraints.get(r.left);
    const b = box.constraints.get(r.right);
    if (a?.kind === 'number' && b?.kind === 'number') {
      const { low: aLow, high: aHigh } = a.interval;
      const { low: bLow, high: bHigh } = b.interval;
      if (aLow && bHigh && compareNumeric(aLow.value, bHigh.value) >= 0) allowed &= ~1;
      if (aHigh && bLow && compareNumeric(aHigh.value, bLow.value) <= 0) allowed &= ~4;
      if (isIntervalEmpty(intersectIntervals(a.interval, b.interval))) allowed &= ~2;
    }
    if (!allowed) return undefined;
  }
  return box;
}

/** Both constraints at once, or `undefined` when they contradict (the box is empty). */
function mergeConstraints(a: Constraint | undefined, b: Constraint): Constraint | undefined {
  if (!a) return isEmptyConstraint(b) ? undefined : b;
  let merged: Constraint;
  if (a.kind === 'number' && b.kind === 'number') {
    merged = {
      kind: 'number',
      interval: intersectIntervals(a.interval, b.interval),
      symLow: mergeOpen(a.symLow, b.symLow),
      symHigh: mergeOpen(a.symHigh, b.symHigh),
      symExcluded: new Set([...a.symExcluded, ...b.symExcluded]),
    };
  } else if (a.kind === 'boolean' && b.kind === 'boolean') {
    if (a.value !== b.value) return undefined;
    merged = a;
  } else if (a.kind === 'string' && b.kind === 'string') {
    const allowed =
      a.allowed === undefined
        ? b.allowed
        : b.allowed === undefined
          ? a.allowed
          : new Set([...a.allowed].filter((v) => b.allowed!.has(v)));
    merged = {
      kind: 'string',
      domain: a.domain ?? b.domain,
      allowed,
      excluded: new Set([...a.excluded, ...b.excluded]),
    };
  } else if (a.kind === 'list' && b.kind === 'list') {
    merged = {
      kind: 'list',
      present: new Set([...a.present, ...b.present]),
      absent: new Set([...a.absent, ...b.absent]),
    };
  } else {
    return undefined; // one fact, two types: cannot happen after checking
  }
  return isEmptyConstraint(merged) ? undefined : merged;
}

/** Parameter bounds of both sides; a bound present on both is open if either is (the tighter one). */
function mergeOpen(a: ReadonlyMap<string, boolean>, b: ReadonlyMap<string, boolean>): ReadonlyMap<string, boolean> {
  if (!b.size) return a;
  if (!a.size) return b;
  const out = new Map(a);
  for (const [p, open] of b) out.set(p, (out.get(p) ?? false) || open);
  return out;
}

function isEmptyConstraint(c: Constraint): boolean {
  switch (c.kind) {
    case 'number': {
      if (isIntervalEmpty(c.interval)) return true;
      // Against one parameter P: `x > P and x ≤ P` is empty whatever P is, and `x = P and x ≠ P` too.
      for (const [p, lowOpen] of c.symLow) {
        const highOpen = c.symHigh.get(p);
        if (highOpen === undefined) continue;
        if (lowOpen || highOpen || c.symExcluded.has(p)) return true;
      }
      return false;
    }
    case 'boolean':
      return false;
    case 'string':
      return firstString(c) === undefined;
    case 'list':
      for (const v of c.present) if (c.absent.has(v)) return true;
      return false;
  }
}

/** The first allowed string, or a fresh one for facts without a fixed list of values (district, zone). */
function firstString(c: Extract<Constraint, { kind: 'string' }>): string | undefined {
  const candidates = c.allowed ?? c.domain;
  if (candidates) {
    for (const v of candidates) if (!c.excluded.has(v) && (!c.domain || c.domain.includes(v))) return v;
    return undefined;
  }
  for (let i = 0; ; i++) {
    const v = i === 0 ? 'other' : `other-${i}`;
    if (!c.excluded.has(v)) return v;
  }
}

function isDecidedBox(box: Box): boolean {
  // Relations between facts are checked for contradictions only: a witness would have to respect them too.
  if (box.undecided || box.relations.size) return false;
  for (const c of box.constraints.values()) {
    if (c.kind === 'number' && (c.symLow.size || c.symHigh.size || c.symExcluded.size)) return false;
  }
  return true;
}

function pickValue(c: Constraint): KnownValue | undefined {
  switch (c.kind) {
    case 'number':
      return pickInInterval(c.interval);
    case 'boolean':
      return c.value;
    case 'string':
      return firstString(c);
    case 'list':
      return Object.freeze([...c.present].sort());
  }
}
