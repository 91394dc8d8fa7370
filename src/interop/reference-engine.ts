import { Decimal } from 'decimal.js';
import { Engine } from 'json-rules-engine';
import { PackError } from '../errors/index.js';
import {
  checkCondition,
  DEFAULT_OPERATORS,
  STANDARD_OPERATORS,
  type Condition,
  type OperatorRegistry,
  type RuleValue,
  type SymbolTable,
} from '../rules/index.js';

/**
 * The reference semantics: run conditions through json-rules-engine itself (the tests hold the compiled
 * rules equal to it; `toJsonRulesEngine` builds on it).
 *
 * json-rules-engine's numeric operators use JS `<` on whatever they get, so numbers are handed over as
 * decimal.js values in LITERAL units (fen ÷ scale = yuan) and the numeric operators (plus `equal` /
 * `notEqual` on numbers, and `between`) are replaced — `engine.addOperator` with an existing name
 * overwrites the default in its operator map — by decimal.js comparisons. That is deliberately a
 * different route from the compiler (which scales literals up and cross-multiplies integers), so the
 * equivalence tests check one against the other. `in`, `notIn`, `contains`, `doesNotContain` and
 * `equal` on strings/booleans keep json-rules-engine's own defaults.
 *
 * Precision: values are p / (q · scale) with |p|, q < 2^53; two distinct such values differ by at
 * least 1 / (q₁q₂·scale²) ≈ 10^-40, and decimal.js division is correctly rounded, so 100 significant
 * digits keep every comparison exact (equal values round identically, distinct values stay distinct).
 */
const Dec = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_EVEN });
type Dec = InstanceType<typeof Dec>;

const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * Options for the reference adapter.
 *
 * @example
 * const opts: ReferenceOptions = { symbols };
 */
export interface ReferenceOptions {
  /**
   * Gives each numeric fact's scale (default 1) and, when present, conditions are checked against it
   * first (a {@link PackError} is thrown on any error).
   */
  readonly symbols?: SymbolTable;
  /** Operators; domain operators beyond `between` need a `reference` implementation. Default {@link DEFAULT_OPERATORS}. */
  readonly operators?: OperatorRegistry;
}

/**
 * A json-rules-engine `Engine` holding a whole rule set, with a helper that reports which rules fired.
 *
 * @example
 * const ref = createReferenceEngine([{ name: 'dibao', condition }], { symbols });
 * const fired = await ref.run({ incomePerPerson: { n: 347_999, d: 3 }, 'param:dibao.standard': 116_000 });
 * fired.has('dibao'); // true
 */
export interface ReferenceEngine {
  readonly engine: Engine;
  /** Converts runtime values to what the engine's operators expect (decimal.js numbers in literal units). */
  readonly toFacts: (facts: Readonly<Record<string, RuleValue>>) => Record<string, unknown>;
  /** Runs the engine on facts already converted by `toFacts`; resolves to the names of the rules that fired. */
  readonly runConverted: (facts: Record<string, unknown>) => Promise<ReadonlySet<string>>;
  /** Converts and runs; resolves to the names of the rules that fired. */
  readonly run: (facts: Readonly<Record<string, RuleValue>>) => Promise<ReadonlySet<string>>;
}

/**
 * Evaluates one condition with json-rules-engine (allowUndefinedFacts; parameters are ordinary facts
 * named `param:...`). Unknown values are passed as `undefined`, which json-rules-engine treats as
 * two-valued (comparisons with undefined are false, except `notEqual`/`notIn`/`doesNotContain`).
 *
 * @example
 * await evaluateWithJsonRulesEngine(
 *   { fact: 'incomePerPerson', operator: 'lessThan', value: '1160' },
 *   { incomePerPerson: { n: 347_999, d: 3 } },
 *   { symbols },
 * ); // true
 */
export async function evaluateWithJsonRulesEngine(
  condition: Condition,
  facts: Readonly<Record<string, RuleValue>>,
  options: ReferenceOptions = {},
): Promise<boolean> {
  const fired = await createReferenceEngine([{ name: 'condition', condition }], options).run(facts);
  return fired.has('condition');
}

/**
 * Builds a json-rules-engine `Engine` with one rule per entry (event type = rule name), exact numeric
 * operators, and no `path` anywhere.
 *
 * @example
 * const ref = createReferenceEngine([{ name: 'dibao', condition: dibaoCondition }], { symbols });
 * const converted = ref.toFacts(household);   // once
 * const fired = await ref.runConverted(converted);
 */
export function createReferenceEngine(
  rules: readonly { readonly name: string; readonly condition: Condition }[],
  options: ReferenceOptions = {},
): ReferenceEngine {
  const operators = options.operators ?? DEFAULT_OPERATORS;
  const engine = new Engine([], { allowUndefinedFacts: true });
  installOperators(engine, operators);
  const names = new Set<string>();
  for (const { name, condition } of rules) {
    if (names.has(name)) throw new RangeError(`duplicate rule name ${JSON.stringify(name)}`);
    names.add(name);
    if (options.symbols) {
      const issues = checkCondition(condition, options.symbols, { operators, at: [name] });
      if (issues.some((i) => i.severity === 'error'))
        throw new PackError('rule_invalid', 'invalid rule condition', issues);
    } else {
      assertNoPath(condition, 0);
    }
    // Cloned: json-rules-engine writes to leaves that carry `priority`, and the root must be all/any/not.
    const cloned = structuredClone(condition) as Condition;
    const root = 'fact' in cloned ? { all: [cloned] } : cloned;
    engine.addRule({ name, conditions: root as never, event: { type: name } });
  }
  const scales = new Map<string, number>();
  for (const [name, symbol] of options.symbols ?? []) scales.set(name, symbol.scale ?? 1);
  const toFacts = (facts: Readonly<Record<string, RuleValue>>): Record<string, unknown> => {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(facts)) out[key] = toReferenceValue(facts[key], scales.get(key) ?? 1);
    return out;
  };
  const runConverted = async (facts: Record<string, unknown>): Promise<ReadonlySet<string>> => {
    const result = await engine.run(facts);
    return new Set(result.events.map((e) => e.type));
  };
  return Object.freeze({
    engine,
    toFacts,
    runConverted,
    run: (facts: Readonly<Record<string, RuleValue>>) => runConverted(toFacts(facts)),
  });
}

/** number / Ratio → decimal.js value in literal units; everything else unchanged. */
function toReferenceValue(value: RuleValue, scale: number): unknown {
  if (typeof value === 'number') return new Dec(value).div(scale);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const r = value as { n: number; d: number };
    return new Dec(r.n).div(new Dec(r.d).times(scale));
  }
  return value;
}

/** A literal or fact value as a decimal, or undefined when it is not a number. */
function toDec(v: unknown): Dec | undefined {
  if (Dec.isDecimal(v)) return v as Dec;
  if (typeof v === 'number') return Number.isFinite(v) ? new Dec(v) : undefined;
  if (typeof v === 'string' && DECIMAL_TEXT.test(v)) return new Dec(v);
  return undefined;
}

/** json-rules-engine's own numberValidator + JS comparison, for non-decimal left values. */
function jreNumberValidator(v: unknown): boolean {
  return Number.parseFloat(v as string).toString() !== 'NaN';
}

type Cmp = (a: Dec, b: Dec) => boolean;

function numericOperator(cmp: Cmp, fallback: (a: unknown, b: unknown) => boolean) {
  return (a: unknown, b: unknown): boolean => {
    if (!Dec.isDecimal(a)) return fallback(a, b);
    const right = toDec(b);
    return right !== undefined && cmp(a as Dec, right);
  };
}

/**
 * The exact operators registered on every engine made here (by name): decimal comparisons in place of
 * json-rules-engine's float ones, and `between`.
 */
export const REFERENCE_OPERATORS: Readonly<Record<string, (a: unknown, b: unknown) => boolean>> = Object.freeze({
  equal: numericOperator(
    (a, b) => a.eq(b),
    (a, b) => a === b,
  ),
  notEqual: (a, b) => {
    if (!Dec.isDecimal(a)) return a !== b;
    const right = toDec(b);
    return right === undefined || !(a as Dec).eq(right);
  },
  lessThan: numericOperator(
    (a, b) => a.lt(b),
    (a, b) => jreNumberValidator(a) && (a as number) < (b as number),
  ),
  lessThanInclusive: numericOperator(
    (a, b) => a.lte(b),
    (a, b) => jreNumberValidator(a) && (a as number) <= (b as number),
  ),
  greaterThan: numericOperator(
    (a, b) => a.gt(b),
    (a, b) => jreNumberValidator(a) && (a as number) > (b as number),
  ),
  greaterThanInclusive: numericOperator(
    (a, b) => a.gte(b),
    (a, b) => jreNumberValidator(a) && (a as number) >= (b as number),
  ),
  between: (a, b) => {
    if (!Dec.isDecimal(a) || !Array.isArray(b) || b.length !== 2) return false;
    const lo = toDec(b[0]);
    const hi = toDec(b[1]);
    return lo !== undefined && hi !== undefined && (a as Dec).gte(lo) && (a as Dec).lte(hi);
  },
});
const REFERENCE_IMPLEMENTATIONS = REFERENCE_OPERATORS;

function installOperators(engine: Engine, operators: OperatorRegistry): void {
  for (const [name, impl] of Object.entries(REFERENCE_IMPLEMENTATIONS)) {
    if (operators.has(name)) engine.addOperator(name, impl);
  }
  for (const [name, def] of operators) {
    if (name in REFERENCE_IMPLEMENTATIONS) continue;
    if (def.reference) engine.addOperator(name, def.reference);
    else if (!STANDARD_OPERATORS.has(name)) {
      throw new RangeError(`operator ${JSON.stringify(name)} has no reference implementation for json-rules-engine`);
    }
  }
}

/** Without a symbol table we cannot fully check, but a `path` must never reach jsonpath-plus. */
function assertNoPath(node: unknown, depth: number): void {
  if (depth > 64) throw new PackError('rule_too_deep', 'condition nested too deeply');
  if (Array.isArray(node)) {
    for (const child of node) assertNoPath(child, depth + 1);
  } else if (typeof node === 'object' && node !== null) {
    for (const key of Object.keys(node)) {
      if (key === 'path' || key === 'params' || key === 'condition') {
        throw new PackError(
          `rule_${key === 'condition' ? 'condition_ref' : key}_not_supported`,
          `"${key}" is not supported in rule conditions`,
        );
      }
      assertNoPath((node as Record<string, unknown>)[key], depth + 1);
    }
  }
}
