import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBoxSet, decideBoxSet, pickWitness, type NumericDomain } from '../src/analysis/index.js';
import {
  compileCondition,
  createSymbolTable,
  type KnownValue,
  type Numeric,
  type RuleValue,
} from '../src/rules/index.js';

// x, y: any exact number; n: a whole number from 0 (like an age); p, q: parameters.
const symbols = createSymbolTable([
  ['x', { type: 'number' }],
  ['y', { type: 'number' }],
  ['n', { type: 'number' }],
  ['param:p', { type: 'number' }],
  ['param:q', { type: 'number' }],
  ['b', { type: 'boolean' }],
  ['s', { type: 'string', values: ['u', 'r', 'o'] }],
  ['l', { type: 'string[]', values: ['a', 'b', 'c'] }],
]);
const domainOf = (fact: string): NumericDomain => (fact === 'n' ? { integer: true, min: 0 } : { integer: false });
const slot = (name: string): number => symbols.get(name)!.slot;

// Few distinct literals, so that comparisons of one fact meet at the same boundary points often.
const literal = fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom('0.5', '-1.5', '2.25'));
// Mostly one rational and one integer fact, so that comparisons of the same fact meet.
const numericFact = fc.constantFrom('x', 'x', 'n', 'n', 'y');
const comparison = fc.constantFrom(
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'equal',
  'notEqual',
);

const leaf = fc.oneof(
  { weight: 6, arbitrary: fc.record({ fact: numericFact, operator: comparison, value: literal }) },
  {
    weight: 3,
    arbitrary: fc.record({
      fact: numericFact,
      operator: comparison,
      value: fc.record({ fact: fc.constantFrom('x', 'y', 'n', 'param:p', 'param:q') }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ fact: fc.constantFrom('param:p', 'param:q'), operator: comparison, value: literal }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(numericFact, fc.integer({ min: -2, max: 3 }), fc.integer({ min: -2, max: 3 }))
      .map(([fact, a, b]) => ({ fact, operator: 'between', value: [Math.min(a, b), Math.max(a, b)] })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      fact: fc.constant('b'),
      operator: fc.constantFrom('equal', 'notEqual'),
      value: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({
        fact: fc.constant('s'),
        operator: fc.constantFrom('equal', 'notEqual'),
        value: fc.constantFrom('u', 'r', 'o'),
      }),
      fc.record({
        fact: fc.constant('s'),
        operator: fc.constantFrom('in', 'notIn'),
        value: fc.subarray(['u', 'r', 'o']),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      fact: fc.constant('l'),
      operator: fc.constantFrom('contains', 'doesNotContain'),
      value: fc.constantFrom('a', 'b', 'c'),
    }),
  },
);

const nested = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: leaf },
    { weight: 2, arbitrary: fc.array(tie('node'), { minLength: 0, maxLength: 3 }).map((all) => ({ all })) },
    { weight: 2, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
    { weight: 2, arbitrary: tie('node').map((not) => ({ not })) },
  ),
})).node;
// Two or three comparisons of one fact against nearby literals, some negated: where boundaries decide
// (n > 2 and n < 4 has exactly one solution; not (x < 1) and x <= 1 too).
const tight = fc
  .tuple(
    fc.constantFrom('x', 'n'),
    fc.array(
      fc.tuple(
        fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual'),
        fc.constantFrom<number | string>(0, 1, 2, 3, '0.5', '1.5'),
        fc.boolean(),
      ),
      { minLength: 2, maxLength: 3 },
    ),
  )
  .map(([fact, parts]) => ({
    all: parts.map(([operator, value, negated]) =>
      negated ? { not: { fact, operator, value } } : { fact, operator, value },
    ),
  }));

const condition = fc.oneof(nested, tight);

// Values are drawn at and next to the literals (± 1/2, ± 1), so boundary points — where an off-by-one or
// a wrong open/closed end would show — are hit often.
const LITERALS: readonly Numeric[] = [
  ...Array.from({ length: 6 }, (_, i) => i - 2),
  { n: 1, d: 2 },
  { n: -3, d: 2 },
  { n: 9, d: 4 },
];
const POINTS: readonly Numeric[] = LITERALS.flatMap((v) => {
  const [n, d] = typeof v === 'number' ? [v, 1] : [v.n, v.d];
  return [-2, -1, 0, 1, 2].map((k): Numeric => ({ n: 2 * n + k * d, d: 2 * d })); // v + k/2
});
const exact: fc.Arbitrary<Numeric> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...POINTS) },
  { weight: 1, arbitrary: fc.record({ n: fc.integer({ min: -30, max: 30 }), d: fc.integer({ min: 1, max: 4 }) }) },
);
const facts = fc.record({
  x: exact,
  y: exact,
  n: fc.integer({ min: 0, max: 4 }),
  b: fc.boolean(),
  s: fc.constantFrom('u', 'r', 'o'),
  l: fc.subarray(['a', 'b', 'c']),
});
type Facts = { x: Numeric; y: Numeric; n: number; b: boolean; s: string; l: string[] };

function envOf(f: Facts, p: Numeric, q: Numeric): RuleValue[] {
  const env: RuleValue[] = new Array<RuleValue>(symbols.size).fill(undefined);
  env[slot('x')] = f.x;
  env[slot('y')] = f.y;
  env[slot('n')] = f.n;
  env[slot('param:p')] = p;
  env[slot('param:q')] = q;
  env[slot('b')] = f.b;
  env[slot('s')] = f.s;
  env[slot('l')] = f.l;
  return env;
}

const DEFAULTS: Readonly<Record<string, KnownValue>> = { x: 0, y: 0, n: 0, b: false, s: 'u', l: [] };

describe('interval analysis: soundness and witnesses (properties)', () => {
  it('"never true" with symbolic parameters: no env, whatever the parameters, makes the condition true', () => {
    fc.assert(
      fc.property(
        condition,
        fc.array(fc.tuple(facts, exact, exact), { minLength: 100, maxLength: 150 }),
        (cond, envs) => {
          const verdict = decideBoxSet(buildBoxSet(cond, symbols, { domainOf }));
          if (verdict !== 'empty') return;
          const compiled = compileCondition(cond, symbols);
          for (const [f, p, q] of envs)
            expect(compiled.test(envOf(f, p, q)), JSON.stringify({ cond, f, p, q })).not.toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('"never true" with the parameters\' values: no env with those values makes it true; "possible" comes with a true witness', () => {
    fc.assert(
      fc.property(condition, exact, exact, fc.array(facts, { minLength: 100, maxLength: 150 }), (cond, p, q, envs) => {
        const values = new Map<string, Numeric>([
          ['param:p', p],
          ['param:q', q],
        ]);
        const set = buildBoxSet(cond, symbols, { domainOf, parameterValue: (name) => values.get(name) });
        const verdict = decideBoxSet(set);
        const compiled = compileCondition(cond, symbols);
        if (verdict === 'empty') {
          for (const f of envs) expect(compiled.test(envOf(f, p, q)), JSON.stringify({ cond, f, p, q })).not.toBe(true);
        }
        if (verdict === 'nonEmpty') {
          const box = set.boxes.find((b) => pickWitness(b) !== undefined)!;
          const w = pickWitness(box)!;
          const f = { ...DEFAULTS, ...Object.fromEntries(w) } as Facts;
          expect(compiled.test(envOf(f, p, q)), JSON.stringify({ cond, w: [...w], p, q })).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the verdict does not depend on the cap unless the cap is reached', () => {
    fc.assert(
      fc.property(condition, (cond) => {
        const small = decideBoxSet(buildBoxSet(cond, symbols, { domainOf, maxBoxes: 4 }));
        const large = decideBoxSet(buildBoxSet(cond, symbols, { domainOf }));
        if (small !== 'unknown') expect(small).toBe(large);
      }),
      { numRuns: 500 },
    );
  });
});
