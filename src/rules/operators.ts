import type { Bilingual } from '../errors/index.js';
import type { FactType, KnownValue, Numeric, NumericRange, Operand } from './types.js';
import { compareNumeric } from '../money/index.js';

/**
 * Operators: the ten standard json-rules-engine operators plus a registry for domain operators.
 *
 * An operator says, for each left-hand fact type it accepts, what its right-hand side must be and how
 * to compare two KNOWN operands. Unknown (undefined) operands never reach an operator: the compiler
 * answers "unknown" first. Semantics follow json-rules-engine 7.3.1's defaults (`equal` is `===`,
 * `in` is `list.indexOf(x) > -1`, `contains` is `array.indexOf(x) > -1`), except that numbers compare
 * exactly (integers and {@link Ratio}s, by cross-multiplication).
 */

/**
 * The type of a right-hand side: a fact type, or `range` (`[low, high]`, literal numbers only).
 *
 * @example
 * const t: OperandType = 'range';
 */
export type OperandType = FactType | 'range';

/**
 * How an operator works for one left-hand fact type.
 *
 * @example
 * const sig: OperatorSignature = { right: 'number', allowFact: true, test: (a, b) => a === b };
 */
export interface OperatorSignature {
  /** What the right-hand side must be. */
  readonly right: OperandType;
  /** Whether the right-hand side may be `{ fact }` (otherwise literals only). */
  readonly allowFact: boolean;
  /** Two-valued test on known operands, already type-checked. */
  readonly test: (left: KnownValue, right: Operand) => boolean;
}

/**
 * An operator: its name, the left-hand types it accepts and, for json-rules-engine, an independent
 * reference implementation (needed only for domain operators; the adapter has its own for the
 * standard ones and `between`).
 *
 * @example
 * const isEven: OperatorDefinition = {
 *   name: 'isEven',
 *   signatures: { number: { right: 'boolean', allowFact: false, test: (a, b) => ((a as number) % 2 === 0) === b } },
 *   reference: (a, b) => (Number(a) % 2 === 0) === b,
 * };
 */
export interface OperatorDefinition {
  readonly name: string;
  readonly signatures: Readonly<Partial<Record<FactType, OperatorSignature>>>;
  /** json-rules-engine callback `(factValue, jsonValue) => boolean`; numbers arrive as decimal.js values in literal units. */
  readonly reference?: (factValue: unknown, compareTo: unknown) => boolean;
  /** What it means, in words; the standard operators' are in operator-docs.ts (`describeOperator`). */
  readonly description?: Bilingual;
}

/**
 * Operators by name.
 *
 * @example
 * const ops: OperatorRegistry = DEFAULT_OPERATORS;
 * ops.has('lessThan'); // true
 */
export type OperatorRegistry = ReadonlyMap<string, OperatorDefinition>;

const num = (a: KnownValue | Operand): Numeric => a as Numeric;

/**
 * A numeric comparison as the compiler inlines it: true when `low ≤ compareNumeric(a, b) ≤ high`, the other way
 * round when `negate` (`notEqual`). Kept beside each standard test so that the compiled closures need not call
 * through it (the eligibility core's hot path).
 * @internal
 */
export interface NumericComparison {
  readonly low: -1 | 0 | 1;
  readonly high: -1 | 0 | 1;
  readonly negate: boolean;
}

const numericComparisons = new WeakMap<OperatorSignature['test'], NumericComparison>();

/**
 * The comparison a test is, when it is one of the standard numeric operators' own tests (not a replacement from a
 * custom registry), else `undefined`.
 * @internal
 */
export function numericComparisonOf(test: OperatorSignature['test']): NumericComparison | undefined {
  return numericComparisons.get(test);
}

function numeric(low: -1 | 0 | 1, high: -1 | 0 | 1, negate = false): OperatorSignature {
  const test: OperatorSignature['test'] = (a, b) => {
    const c = compareNumeric(num(a), num(b));
    return (c >= low && c <= high) !== negate;
  };
  numericComparisons.set(test, Object.freeze({ low, high, negate }));
  return { right: 'number', allowFact: true, test };
}

const sameScalar: OperatorSignature['test'] = (a, b) => a === b;
const notSameScalar: OperatorSignature['test'] = (a, b) => a !== b;

/**
 * For the standard `equal` / `notEqual` test of yes/no and text facts: whether it holds on `===` (true) or on
 * `!==` (false); `undefined` for any other test. Lets the compiler inline it.
 * @internal
 */
export function sameScalarOf(test: OperatorSignature['test']): boolean | undefined {
  return test === sameScalar ? true : test === notSameScalar ? false : undefined;
}

function defineOperator(def: OperatorDefinition): OperatorDefinition {
  return Object.freeze({ ...def, signatures: Object.freeze({ ...def.signatures }) });
}

/**
 * The ten standard json-rules-engine operators.
 *
 * - `equal` / `notEqual`: number, boolean, string (literal or fact of the same type).
 * - `lessThan`, `lessThanInclusive`, `greaterThan`, `greaterThanInclusive`: number only.
 * - `in` / `notIn`: string fact, right side a list of strings (literal or `string[]` fact).
 * - `contains` / `doesNotContain`: `string[]` fact, right side a string (literal or fact).
 *
 * @example
 * STANDARD_OPERATORS.get('in')?.signatures.string?.right; // 'string[]'
 */
export const STANDARD_OPERATORS: OperatorRegistry = new Map(
  [
    defineOperator({
      name: 'equal',
      signatures: {
        number: numeric(0, 0),
        boolean: { right: 'boolean', allowFact: true, test: sameScalar },
        string: { right: 'string', allowFact: true, test: sameScalar },
      },
    }),
    defineOperator({
      name: 'notEqual',
      signatures: {
        number: numeric(0, 0, true),
        boolean: { right: 'boolean', allowFact: true, test: notSameScalar },
        string: { right: 'string', allowFact: true, test: notSameScalar },
      },
    }),
    defineOperator({
      name: 'lessThan',
      signatures: { number: numeric(-1, -1) },
    }),
    defineOperator({
      name: 'lessThanInclusive',
      signatures: { number: numeric(-1, 0) },
    }),
    defineOperator({
      name: 'greaterThan',
      signatures: { number: numeric(1, 1) },
    }),
    defineOperator({
      name: 'greaterThanInclusive',
      signatures: { number: numeric(0, 1) },
    }),
    defineOperator({
      name: 'in',
      signatures: {
        string: { right: 'string[]', allowFact: true, test: (a, b) => (b as readonly string[]).includes(a as string) },
      },
    }),
    defineOperator({
      name: 'notIn',
      signatures: {
        string: { right: 'string[]', allowFact: true, test: (a, b) => !(b as readonly string[]).includes(a as string) },
      },
    }),
    defineOperator({
      name: 'contains',
      signatures: {
        'string[]': {
          right: 'string',
          allowFact: true,
          test: (a, b) => (a as readonly string[]).includes(b as string),
        },
      },
    }),
    defineOperator({
      name: 'doesNotContain',
      signatures: {
        'string[]': {
          right: 'string',
          allowFact: true,
          test: (a, b) => !(a as readonly string[]).includes(b as string),
        },
      },
    }),
  ].map((d) => [d.name, d] as const),
);

/**
 * Domain operator `between`: `low ≤ fact ≤ high`, value a literal `[low, high]` in the fact's literal
 * unit, e.g. `{ fact: 'age', operator: 'between', value: [16, 59] }`.
 *
 * @example
 * BETWEEN.signatures.number?.test(60, [16, 60]); // true
 */
export const BETWEEN: OperatorDefinition = defineOperator({
  name: 'between',
  signatures: {
    number: {
      right: 'range',
      allowFact: false,
      test: (a, b) => {
        const [lo, hi] = b as NumericRange;
        return compareNumeric(num(a), lo) >= 0 && compareNumeric(num(a), hi) <= 0;
      },
    },
  },
});

/**
 * The operators rules may use by default: the standard ten and `between`.
 *
 * @example
 * DEFAULT_OPERATORS.has('between'); // true
 */
export const DEFAULT_OPERATORS: OperatorRegistry = new Map([...STANDARD_OPERATORS, [BETWEEN.name, BETWEEN]]);

/**
 * Builds a registry with extra (domain) operators on top of `base`. A definition with the name of an
 * existing operator replaces it. Names must be non-empty and must not contain `:` (json-rules-engine
 * reads `a:b` as decorator `a` applied to operator `b`).
 *
 * @example
 * const ops = createOperatorRegistry([isEven]);
 * compileCondition({ fact: 'householdSize', operator: 'isEven', value: true }, symbols, { operators: ops });
 */
export function createOperatorRegistry(
  definitions: Iterable<OperatorDefinition>,
  base: OperatorRegistry = DEFAULT_OPERATORS,
): OperatorRegistry {
  const out = new Map(base);
  for (const def of definitions) {
    if (!def.name || def.name.includes(':')) throw new RangeError(`invalid operator name ${JSON.stringify(def.name)}`);
    out.set(def.name, defineOperator(def));
  }
  return out;
}
