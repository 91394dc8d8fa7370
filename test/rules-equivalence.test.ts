/**
 * Properties of the rule compiler against the reference semantics (json-rules-engine itself, with
 * decimal.js numeric operators). These are the guarantees that let the SDK use the fast path.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCondition,
  compileCondition,
  createSymbolTable,
  DEFAULT_OPERATORS,
  listMissingFacts,
  type Condition,
  type FactType,
  type LeafCondition,
  type LeafTrace,
  type Numeric,
  type RuleValue,
  type SymbolTable,
} from '../src/rules/index.js';
import { createReferenceEngine, evaluateWithJsonRulesEngine } from '../src/interop/reference-engine.js';
import { compareNumeric, parseDecimalLiteral } from '../src/money/index.js';

const MAX = Number.MAX_SAFE_INTEGER;

// ---------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------

interface Decl {
  readonly name: string;
  readonly type: FactType;
  readonly scale: number;
}

interface Case {
  readonly decls: readonly Decl[];
  readonly condition: Condition;
  readonly values: Readonly<Record<string, RuleValue>>;
}

const STRINGS = ['a', 'b', 'c', 'urban', ''] as const;

const arbDeclShape: fc.Arbitrary<{ type: FactType; scale: number }> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant<FactType>('number'), scale: fc.constantFrom(1, 10, 100) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant<FactType>('boolean'), scale: fc.constant(1) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant<FactType>('string'), scale: fc.constant(1) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant<FactType>('string[]'), scale: fc.constant(1) }) },
);

/** Facts `f0…` and parameters `param:p0…` with random types and scales. */
const arbDecls: fc.Arbitrary<Decl[]> = fc
  .tuple(fc.array(arbDeclShape, { minLength: 1, maxLength: 6 }), fc.array(arbDeclShape, { maxLength: 3 }))
  .map(([facts, params]) => [
    ...facts.map((s, i) => ({ ...s, name: `f${i}` })),
    ...params.map((s, i) => ({ ...s, name: `param:p${i}.x` })),
  ]);

/**
 * Ratios whose cross products leave the safe range and sit within one float rounding step of each
 * other (or are equal in different forms): float arithmetic gets these wrong, exact arithmetic must not.
 */
const ADVERSARIAL: readonly Numeric[] = [
  1,
  -1,
  { n: MAX, d: MAX - 1 },
  { n: MAX - 1, d: MAX - 2 },
  { n: MAX - 1, d: MAX - 1 },
  { n: MAX, d: MAX },
  { n: -MAX, d: MAX - 1 },
  { n: -(MAX - 1), d: MAX - 2 },
  { n: 1_000_000_000_000_001, d: 1_000_000_000_000_000 },
  { n: 3_000_000_000_000_003, d: 3_000_000_000_000_000 },
  { n: MAX, d: 3 },
  { n: MAX - 1, d: 3 },
  3_002_399_751_580_330, // floor(MAX / 3)
  { n: MAX, d: 2 },
  4_503_599_627_370_496, // 2^52
];

/** Small values collide with literals often (so boundaries are hit); huge ones force the BigInt path. */
const arbNumeric: fc.Arbitrary<Numeric> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 4, arbitrary: fc.record({ n: fc.integer({ min: -200, max: 200 }), d: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.integer({ min: -MAX, max: MAX }) },
  { weight: 1, arbitrary: fc.record({ n: fc.integer({ min: -MAX, max: MAX }), d: fc.integer({ min: 1, max: MAX }) }) },
  { weight: 2, arbitrary: fc.constantFrom(...ADVERSARIAL) },
);

function arbValue(type: FactType): fc.Arbitrary<Exclude<RuleValue, undefined>> {
  switch (type) {
    case 'number':
      return arbNumeric;
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.constantFrom(...STRINGS);
    case 'string[]':
      return fc.array(fc.constantFrom(...STRINGS), { maxLength: 4 });
  }
}

/** A decimal literal `m / 10^k` in literal units, as a string or a JSON number. */
function decimalText(m: number, k: number): string {
  const sign = m < 0 ? '-' : '';
  const digits = String(Math.abs(m)).padStart(k + 1, '0');
  return k === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -k)}.${digits.slice(-k)}`;
}

/**
 * A decimal `m / 10^k` in literal units. "Aligned" literals (k = log10(scale)) land exactly on small
 * integer runtime values, so comparisons at the boundary are frequent.
 */
function arbDecimalParts(scale: number): fc.Arbitrary<{ m: number; k: number }> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ m: fc.integer({ min: -20, max: 20 }), k: fc.constant(Math.round(Math.log10(scale))) }),
    },
    { weight: 3, arbitrary: fc.record({ m: fc.integer({ min: -20, max: 20 }), k: fc.integer({ min: 0, max: 2 }) }) },
    { weight: 2, arbitrary: fc.record({ m: fc.integer({ min: -600, max: 600 }), k: fc.integer({ min: 0, max: 2 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({ m: fc.integer({ min: -1e12, max: 1e12 }), k: fc.integer({ min: 0, max: 3 }) }),
    },
  );
}

const toLiteral = ({ m, k }: { m: number; k: number }, asNumber: boolean): number | string =>
  asNumber ? Number(decimalText(m, k)) : decimalText(m, k);

const arbNumberLiteral = (scale: number): fc.Arbitrary<number | string> =>
  fc.tuple(arbDecimalParts(scale), fc.boolean()).map(([p, asNumber]) => toLiteral(p, asNumber));

/** `[low, high]` with low ≤ high, compared exactly: m₁·10^k₂ vs m₂·10^k₁ (all below 2^53 here). */
const arbRangeLiteral = (scale: number): fc.Arbitrary<(number | string)[]> =>
  fc.tuple(arbDecimalParts(scale), arbDecimalParts(scale), fc.boolean()).map(([a, b, asNumber]) => {
    const [lo, hi] = a.m * 10 ** b.k <= b.m * 10 ** a.k ? [a, b] : [b, a];
    return [toLiteral(lo, asNumber), toLiteral(hi, asNumber)];
  });

function arbLiteral(right: string, scale: number): fc.Arbitrary<unknown> {
  switch (right) {
    case 'number':
      return arbNumberLiteral(scale);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.constantFrom(...STRINGS);
    case 'string[]':
      return fc.array(fc.constantFrom(...STRINGS), { maxLength: 4 });
    case 'range':
      return arbRangeLiteral(scale);
    default:
      throw new Error(`no literal generator for ${right}`);
  }
}

/** Harmless json-rules-engine metadata, sprinkled at random. */
const arbMeta = fc.record(
  { name: fc.constantFrom('x', 'income test', '收入'), priority: fc.integer({ min: 1, max: 3 }) },
  { requiredKeys: [] },
);

function arbLeaf(decls: readonly Decl[]): fc.Arbitrary<Condition> {
  const options = decls.flatMap((decl) =>
    [...DEFAULT_OPERATORS.values()].flatMap((op) => {
      const sig = op.signatures[decl.type];
      if (!sig) return [];
      const refs = sig.allowFact
        ? decls.filter((d) => d.type === sig.right && (d.type !== 'number' || d.scale === decl.scale))
        : [];
      const literal = arbLiteral(sig.right, decl.scale);
      const value: fc.Arbitrary<unknown> =
        refs.length > 0
          ? fc.oneof(
              { weight: 2, arbitrary: literal },
              { weight: 1, arbitrary: fc.constantFrom(...refs).map((d) => ({ fact: d.name })) },
            )
          : literal;
      return [
        fc
          .tuple(value, arbMeta)
          .map(([v, meta]) => ({ ...meta, fact: decl.name, operator: op.name, value: v }) as Condition),
      ];
    }),
  );
  return fc.oneof(...options);
}

function arbCondition(decls: readonly Decl[], depth: number): fc.Arbitrary<Condition> {
  const leaf = arbLeaf(decls);
  if (depth <= 1) return leaf;
  const sub = arbCondition(decls, depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.array(sub, { maxLength: 4 }), arbMeta).map(([all, meta]) => ({ ...meta, all })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(sub, { minLength: 1, maxLength: 4 }), arbMeta)
        .map(([any, meta]) => ({ ...meta, any })),
    },
    { weight: 1, arbitrary: fc.tuple(sub, arbMeta).map(([not, meta]) => ({ ...meta, not })) },
  );
}

/**
 * Runtime values at and next to each numeric literal the condition compares a fact with, so that
 * boundaries are hit often. Converted with decimal.js (not the code under test): literal × scale.
 */
function boundaryPoints(condition: Condition | undefined, decl: Decl): Numeric[] {
  if (!condition || decl.type !== 'number') return [];
  const out: Numeric[] = [];
  for (const leaf of leavesOf(condition)) {
    if (leaf.fact !== decl.name) continue;
    const literals = Array.isArray(leaf.value) ? leaf.value : typeof leaf.value === 'object' ? [] : [leaf.value];
    for (const lit of literals) {
      if (typeof lit !== 'number' && typeof lit !== 'string') continue;
      const [n, d] = new Decimal(String(lit))
        .times(decl.scale)
        .toFraction()
        .map((x) => x.toNumber()) as [number, number];
      if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) continue;
      for (const dn of [-1, 0, 0, 1]) out.push(d === 1 ? n + dn : { n: n + dn, d }); // on it twice as often
    }
  }
  return out;
}

function arbValues(decls: readonly Decl[], condition?: Condition): fc.Arbitrary<Record<string, RuleValue>> {
  return fc
    .tuple(
      ...decls.map((d) => {
        const points = boundaryPoints(condition, d);
        return points.length ? fc.oneof(arbValue(d.type), fc.constantFrom(...points)) : arbValue(d.type);
      }),
    )
    .map((vals) => Object.fromEntries(decls.map((d, i) => [d.name, vals[i]])));
}

const arbCase: fc.Arbitrary<Case> = arbDecls.chain((decls) =>
  arbCondition(decls, 4).chain((condition) =>
    fc.record({ decls: fc.constant(decls), condition: fc.constant(condition), values: arbValues(decls, condition) }),
  ),
);

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

function symbolsOf(decls: readonly Decl[]): SymbolTable {
  return createSymbolTable(
    decls.map((d) => [d.name, d.type === 'number' ? { type: d.type, scale: d.scale } : { type: d.type }] as const),
  );
}

function envOf(symbols: SymbolTable, values: Readonly<Record<string, RuleValue>>): RuleValue[] {
  const env: RuleValue[] = new Array<RuleValue>(symbols.size);
  for (const [name, s] of symbols) env[s.slot] = values[name];
  return env;
}

/** Leaves in the order `explain` traces them: depth-first, left to right. */
function leavesOf(condition: Condition): LeafCondition[] {
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

const NUMERIC_OPERATORS = new Set([
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'between',
]);

/** Whether a numeric leaf compared a value exactly equal to its bound (where off-by-one bugs live). */
function isOnBoundary(t: LeafTrace): boolean {
  const isNum = (v: unknown): v is Numeric =>
    typeof v === 'number' || (typeof v === 'object' && v !== null && 'n' in v);
  if (!isNum(t.left)) return false;
  if (t.operator === 'between') {
    const [lo, hi] = t.right as readonly [Numeric, Numeric];
    return compareNumeric(t.left, lo) === 0 || compareNumeric(t.left, hi) === 0;
  }
  return isNum(t.right) && compareNumeric(t.left, t.right) === 0;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

describe('compiled rules ≡ json-rules-engine', () => {
  it('gives the same result as json-rules-engine, for the whole condition and for every leaf, on complete facts', async () => {
    // Per operator: how often a leaf came out true / false — guards against a degenerate generator.
    const seen = new Map<string, { t: number; f: number; ref: number; edge: number }>();
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ decls, condition, values }) => {
        const symbols = symbolsOf(decls);
        deepFreeze(condition);
        const before = JSON.stringify(condition);
        expect(checkCondition(condition, symbols)).toEqual([]);
        const compiled = compileCondition(condition, symbols);
        const env = Object.freeze(envOf(symbols, values));

        const result = compiled.test(env);
        const trace: LeafTrace[] = [];
        expect(compiled.explain(env, trace)).toBe(result);
        expect(result).not.toBeUndefined();

        // One engine, one run: the whole condition and each leaf as its own rule.
        const leaves = leavesOf(condition);
        expect(trace).toHaveLength(leaves.length);
        const reference = createReferenceEngine(
          [{ name: 'whole', condition }, ...leaves.map((leaf, i) => ({ name: `leaf${i}`, condition: leaf }))],
          { symbols },
        );
        const fired = await reference.run(values);
        expect(result).toBe(fired.has('whole'));
        trace.forEach((t, i) => {
          expect(t.result, `leaf ${i} ${JSON.stringify(leaves[i])}`).toBe(fired.has(`leaf${i}`));
          const s = seen.get(t.operator) ?? { t: 0, f: 0, ref: 0, edge: 0 };
          if (t.rightFact === undefined && isOnBoundary(t)) s.edge++; // literal boundaries, the hard ones
          if (t.result) s.t++;
          else s.f++;
          if (t.rightFact !== undefined) s.ref++;
          seen.set(t.operator, s);
        });
        expect(JSON.stringify(condition)).toBe(before);
      }),
      { numRuns: 2000 },
    );
    // RULES_STATS=1 prints the per-operator distribution (true / false / fact-on-right / literal boundary).
    if (process.env.RULES_STATS) console.log(Object.fromEntries(seen));
    for (const name of DEFAULT_OPERATORS.keys()) {
      const s = seen.get(name);
      expect(s, name).toBeDefined();
      expect(s!.t, `${name} true`).toBeGreaterThan(10);
      expect(s!.f, `${name} false`).toBeGreaterThan(10);
      if (name !== 'between') expect(s!.ref, `${name} with a fact on the right`).toBeGreaterThan(5);
      if (NUMERIC_OPERATORS.has(name)) expect(s!.edge, `${name} exactly on a literal boundary`).toBeGreaterThan(20);
    }
  });

  it('agrees with the one-rule helper evaluateWithJsonRulesEngine', async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async ({ decls, condition, values }) => {
        const symbols = symbolsOf(decls);
        const compiled = compileCondition(condition, symbols);
        expect(compiled.test(envOf(symbols, values))).toBe(
          await evaluateWithJsonRulesEngine(condition, values, { symbols }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('partial information', () => {
  const arbPartial = arbCase.chain((c) =>
    fc.record({
      case: fc.constant(c),
      unknown: fc.array(fc.boolean(), { minLength: c.decls.length, maxLength: c.decls.length }),
      completions: fc.array(arbValues(c.decls, c.condition), { minLength: 4, maxLength: 4 }),
    }),
  );

  it('is sound: a definite answer on partial facts holds for every completion (and json-rules-engine agrees)', async () => {
    let definite = 0;
    let open = 0;
    await fc.assert(
      fc.asyncProperty(arbPartial, async ({ case: { decls, condition, values }, unknown, completions }) => {
        const symbols = symbolsOf(decls);
        const compiled = compileCondition(condition, symbols);
        const partial: Record<string, RuleValue> = {};
        for (const [i, d] of decls.entries()) partial[d.name] = unknown[i] ? undefined : values[d.name];
        const env = envOf(symbols, partial);
        const result = compiled.test(env);
        const trace: LeafTrace[] = [];
        expect(compiled.explain(env, trace)).toBe(result);

        const complete = (fill: Record<string, RuleValue>): Record<string, RuleValue> =>
          Object.fromEntries(decls.map((d, i) => [d.name, unknown[i] ? fill[d.name] : values[d.name]]));

        if (result === undefined) {
          open++;
          // Undetermined means some fact really is missing, and it is one of the unknown ones.
          const missing = listMissingFacts(trace);
          expect(missing.length).toBeGreaterThan(0);
          for (const name of missing) expect(partial[name]).toBeUndefined();
          return;
        }
        definite++;
        for (const fill of completions) expect(compiled.test(envOf(symbols, complete(fill)))).toBe(result);
        expect(await evaluateWithJsonRulesEngine(condition, complete(completions[0]!), { symbols })).toBe(result);
      }),
      { numRuns: 1000 },
    );
    // Both branches must actually be exercised.
    expect(definite).toBeGreaterThan(100);
    expect(open).toBeGreaterThan(100);
  });

  it('is sound over EVERY completion of small boolean-only tables (exhaustive)', () => {
    const arbBool = fc.integer({ min: 1, max: 4 }).chain((n) => {
      const decls: Decl[] = Array.from({ length: n }, (_, i) => ({ name: `b${i}`, type: 'boolean', scale: 1 }));
      return fc.record({
        decls: fc.constant(decls),
        condition: arbCondition(decls, 4),
        partial: fc.array(fc.constantFrom<boolean | undefined>(true, false, undefined), { minLength: n, maxLength: n }),
      });
    });
    fc.assert(
      fc.property(arbBool, ({ decls, condition, partial }) => {
        const compiled = compileCondition(condition, symbolsOf(decls));
        const result = compiled.test(partial);
        const holes = partial.flatMap((v, i) => (v === undefined ? [i] : []));
        const outcomes = new Set<boolean | undefined>();
        for (let mask = 0; mask < 1 << holes.length; mask++) {
          const env = [...partial];
          for (const [bit, slot] of holes.entries()) env[slot] = ((mask >> bit) & 1) === 1;
          outcomes.add(compiled.test(env));
        }
        expect(outcomes.has(undefined)).toBe(false);
        if (result !== undefined) expect([...outcomes]).toEqual([result]);
        // (The converse does not hold for Kleene logic: `a and not a` is unknown yet always false.)
      }),
      { numRuns: 1000 },
    );
  });
});

describe('determinism and immutability', () => {
  it('compiling twice and evaluating twice gives identical results and traces, inputs untouched', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        ({ decls, condition, values }, mask) => {
          const symbols = symbolsOf(decls);
          deepFreeze(condition);
          const before = JSON.stringify(condition);
          const env = Object.freeze(envOf(symbols, values).map((v, i) => (mask[i] ? undefined : v)));
          const a = compileCondition(condition, symbols);
          const b = compileCondition(condition, symbols);
          expect(a.facts).toEqual(b.facts);
          const first = a.test(env);
          expect(a.test(env)).toBe(first);
          expect(b.test(env)).toBe(first);
          const ta: LeafTrace[] = [];
          const tb: LeafTrace[] = [];
          expect(a.explain(env, ta)).toBe(first);
          expect(b.explain(env, tb)).toBe(first);
          expect(ta).toEqual(tb);
          expect(JSON.stringify(condition)).toBe(before);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('exact numbers, against decimal.js', () => {
  const D = Decimal.clone({ precision: 100 });
  const toD = (x: Numeric) => (typeof x === 'number' ? new D(x) : new D(x.n).div(x.d));

  it('compareNumeric agrees with 100-digit decimal division, including beyond 2^53 cross products', () => {
    fc.assert(
      fc.property(arbNumeric, arbNumeric, (a, b) => {
        expect(compareNumeric(a, b)).toBe(toD(a).comparedTo(toD(b)));
        expect(compareNumeric(a, a)).toBe(0);
        expect(compareNumeric(b, a)).toBe(-compareNumeric(a, b) || 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('parseDecimalLiteral(text, scale) is exactly text × scale', () => {
    fc.assert(
      fc.property(arbDecimalParts(100), fc.constantFrom(1, 10, 100, 1000), ({ m, k }, scale) => {
        const text = decimalText(m, k);
        const parsed = parseDecimalLiteral(text, scale);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(toD(parsed.value).eq(new D(text).times(scale))).toBe(true);
        // A JSON number with the same text reads the same.
        const asNumber = parseDecimalLiteral(Number(text), scale);
        expect(asNumber).toEqual(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});
