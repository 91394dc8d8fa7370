/**
 * Types of the rule language (json-rules-engine's condition format) and of its exact value model.
 *
 * Why an own value model: money compared with binary floats gives wrong decisions at the boundary
 * (1160.00 yuan per person must equal 348 000 fen / 3 people). Rules therefore see safe integers
 * (fen, years, counts) and exact fractions, never floats.
 */

import type { Numeric } from '../money/index.js';

export type { Numeric, Ratio } from '../money/index.js';

/**
 * A runtime value of a fact or parameter. `undefined` means UNKNOWN (partial information), never
 * "absent, hence false".
 *
 * @example
 * const env: RuleValue[] = [{ n: 348_000, d: 3 }, 116_000, true, 'urban', ['dibao'], undefined];
 */
export type RuleValue = Numeric | boolean | string | readonly string[] | undefined;

/**
 * A value that is known (not `undefined`).
 *
 * @example
 * const v: KnownValue = 'urban';
 */
export type KnownValue = Exclude<RuleValue, undefined>;

/**
 * An inclusive numeric interval `[low, high]`, the right-hand side of `between`.
 *
 * @example
 * const workingAge: NumericRange = [16, 60];
 */
export type NumericRange = readonly [Numeric, Numeric];

/**
 * What the right-hand side of a leaf evaluates to: a value or, for `between`, a range.
 *
 * @example
 * const right: Operand = [16, 60];
 */
export type Operand = KnownValue | NumericRange;

/**
 * The declared type of a fact or parameter. `number` covers integers and {@link Ratio}s.
 *
 * @example
 * const t: FactType = 'string[]';
 */
export type FactType = 'number' | 'boolean' | 'string' | 'string[]';

/**
 * One entry of a {@link SymbolTable}: where the value sits in the env array, and how to read literals.
 *
 * @example
 * const standard: FactSymbol = { slot: 1, type: 'number', scale: 100 }; // money in fen; literal "1160" = 116000
 */
export interface FactSymbol {
  /** Index into the env array. */
  readonly slot: number;
  readonly type: FactType;
  /**
   * For `number` facts: how many runtime units make one unit of a literal written in a rule
   * (100 for money held in fen and written in yuan). Positive safe integer; default 1.
   */
  readonly scale?: number;
  /** For `string` / `string[]` facts: the only values that can occur; a literal outside them is an error. */
  readonly values?: readonly string[];
}

/**
 * Every name a rule may read — facts and parameters (`param:<key>`) — with its slot and type.
 * A `Map`, so that names such as `__proto__` or `constructor` are plain keys.
 *
 * @example
 * const symbols: SymbolTable = new Map([['age', { slot: 0, type: 'number' }]]);
 */
export type SymbolTable = ReadonlyMap<string, FactSymbol>;

/**
 * Harmless json-rules-engine metadata accepted on every node.
 *
 * @example
 * const meta: ConditionMeta = { name: 'income-test', priority: 2 };
 */
export interface ConditionMeta {
  readonly name?: string;
  /** Evaluation order in json-rules-engine; has no effect on the result. Positive integer. */
  readonly priority?: number;
}

/**
 * True when every child is true; an empty `all` is true.
 *
 * @example
 * const c: AllCondition = { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 60 }] };
 */
export interface AllCondition extends ConditionMeta {
  readonly all: readonly Condition[];
}

/**
 * True when some child is true. Must not be empty (json-rules-engine 7.3.1 treats an empty `any` as true).
 *
 * @example
 * const c: AnyCondition = { any: [{ fact: 'hasSevereDisability', operator: 'equal', value: true }] };
 */
export interface AnyCondition extends ConditionMeta {
  readonly any: readonly Condition[];
}

/**
 * Negates its single child.
 *
 * @example
 * const c: NotCondition = { not: { fact: 'coverage', operator: 'contains', value: 'dibao' } };
 */
export interface NotCondition extends ConditionMeta {
  readonly not: Condition;
}

/**
 * `value: { fact }` — compare with another fact or a parameter instead of a literal.
 *
 * @example
 * const ref: FactReference = { fact: 'param:dibao.standard' };
 */
export interface FactReference {
  readonly fact: string;
}

/**
 * A literal right-hand side as written in a pack: numbers as JSON numbers or decimal strings
 * (`"1160.00"`, read in the fact's literal unit, see {@link FactSymbol.scale}), strings, booleans,
 * lists of strings, or `[low, high]` for `between`.
 *
 * @example
 * const v: LiteralValue = '1160.00';
 */
export type LiteralValue = number | string | boolean | readonly (number | string)[];

/**
 * A comparison `fact operator value`.
 *
 * @example
 * const c: LeafCondition = { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } };
 */
export interface LeafCondition extends ConditionMeta {
  readonly fact: string;
  readonly operator: string;
  readonly value: LiteralValue | FactReference;
}

/**
 * A condition in json-rules-engine's format, restricted to what packs may use (no `path`, `params`
 * or `condition` references).
 *
 * @example
 * const eligible: Condition = {
 *   all: [
 *     { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } },
 *     { not: { fact: 'coverage', operator: 'contains', value: 'special-poverty' } },
 *   ],
 * };
 */
export type Condition = AllCondition | AnyCondition | NotCondition | LeafCondition;

/**
 * A location inside a condition, e.g. `['all', 2, 'any', 0]`.
 *
 * @example
 * const p: ConditionPath = ['all', 2];
 */
export type ConditionPath = readonly (string | number)[];

/**
 * What one leaf saw and concluded during {@link CompiledCondition.explain}.
 * `left` / `right` are in runtime units (fen), as in the env.
 *
 * @example
 * const t: LeafTrace = {
 *   path: ['all', 0], name: undefined, fact: 'incomePerPerson', operator: 'lessThan',
 *   left: { n: 347_999, d: 3 }, right: 116_000, rightFact: 'param:dibao.standard', result: true,
 * };
 */
export interface LeafTrace {
  readonly path: ConditionPath;
  /** The leaf's `name`, if it has one. */
  readonly name?: string | undefined;
  readonly fact: string;
  readonly operator: string;
  readonly left: RuleValue;
  /** The literal (converted to runtime units) or the value of `rightFact`. */
  readonly right: RuleValue | NumericRange;
  /** Set when the right-hand side is `{ fact }`. */
  readonly rightFact?: string | undefined;
  /** `undefined` when `left` or the compared fact is unknown. */
  readonly result: boolean | undefined;
}

/**
 * A condition compiled to plain closures over env slots.
 *
 * @example
 * const c = compileCondition({ fact: 'age', operator: 'greaterThanInclusive', value: 60 }, symbols);
 * c.test([61]); // true
 * c.test([undefined]); // undefined (unknown)
 */
export interface CompiledCondition {
  /** Three-valued (Kleene) result; may short-circuit; allocates nothing. */
  readonly test: (env: readonly RuleValue[]) => boolean | undefined;
  /** Same result as `test`, evaluating every leaf and pushing one {@link LeafTrace} per leaf, in order. */
  readonly explain: (env: readonly RuleValue[], trace: LeafTrace[]) => boolean | undefined;
  /** Every fact and parameter name the condition reads, in order of first appearance. */
  readonly facts: readonly string[];
  /** How many leaves (comparisons) the condition has; `explain` pushes exactly this many traces. */
  readonly leafCount: number;
}
