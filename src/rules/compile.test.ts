import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PackError } from '../errors/index.js';
import { compileCondition, listMissingFacts } from './compile.js';
import { createOperatorRegistry } from './operators.js';
import { createSymbolTable } from './symbols.js';
import type { Condition, LeafTrace, RuleValue } from './types.js';

// Three boolean facts; `x equal true` is true / false / unknown as x is true / false / undefined.
const symbols = createSymbolTable([
  ['a', { type: 'boolean' }],
  ['b', { type: 'boolean' }],
  ['c', { type: 'boolean' }],
  ['incomePerPerson', { type: 'number', scale: 100 }],
  ['param:dibao.standard', { type: 'number', scale: 100 }],
]);
const is = (fact: string): Condition => ({ fact, operator: 'equal', value: true });
const T = true;
const F = false;
const U = undefined;
const K = [T, F, U] as const;
const show = (v: boolean | undefined): string => (v === undefined ? 'U' : v ? 'T' : 'F');

// Kleene's strong three-valued logic.
const kAnd = (x: boolean | undefined, y: boolean | undefined) => (x === F || y === F ? F : x === T && y === T ? T : U);
const kOr = (x: boolean | undefined, y: boolean | undefined) => (x === T || y === T ? T : x === F && y === F ? F : U);
const kNot = (x: boolean | undefined) => (x === U ? U : !x);

function run(
  condition: Condition,
  env: RuleValue[],
): { test: boolean | undefined; explain: boolean | undefined; trace: LeafTrace[] } {
  const compiled = compileCondition(condition, symbols);
  const trace: LeafTrace[] = [];
  return { test: compiled.test(env), explain: compiled.explain(env, trace), trace };
}

describe('three-valued logic truth tables', () => {
  for (const x of K) {
    it(`not ${show(x)} = ${show(kNot(x))}`, () => {
      const r = run({ not: is('a') }, [x]);
      expect(r.test).toBe(kNot(x));
      expect(r.explain).toBe(kNot(x));
    });
    for (const y of K) {
      it(`${show(x)} and ${show(y)} = ${show(kAnd(x, y))}; ${show(x)} or ${show(y)} = ${show(kOr(x, y))}`, () => {
        const all = run({ all: [is('a'), is('b')] }, [x, y]);
        expect(all.test).toBe(kAnd(x, y));
        expect(all.explain).toBe(kAnd(x, y));
        const any = run({ any: [is('a'), is('b')] }, [x, y]);
        expect(any.test).toBe(kOr(x, y));
        expect(any.explain).toBe(kOr(x, y));
      });
    }
  }

  it('three-child all / any follow the same tables', () => {
    for (const x of K)
      for (const y of K)
        for (const z of K) {
          expect(run({ all: [is('a'), is('b'), is('c')] }, [x, y, z]).test).toBe(kAnd(kAnd(x, y), z));
          expect(run({ any: [is('a'), is('b'), is('c')] }, [x, y, z]).test).toBe(kOr(kOr(x, y), z));
          expect(run({ all: [is('a'), is('b'), is('c')] }, [x, y, z]).explain).toBe(kAnd(kAnd(x, y), z));
          expect(run({ any: [is('a'), is('b'), is('c')] }, [x, y, z]).explain).toBe(kOr(kOr(x, y), z));
        }
  });

  it('an empty all is true (as in json-rules-engine); single-child all/any are the child', () => {
    expect(run({ all: [] }, []).test).toBe(true);
    expect(run({ all: [] }, []).explain).toBe(true);
    expect(run({ not: { all: [] } }, []).test).toBe(false);
    for (const x of K) {
      expect(run({ all: [is('a')] }, [x]).test).toBe(x);
      expect(run({ any: [is('a')] }, [x]).test).toBe(x);
    }
  });

  it('Kleene logic is sound but not complete: a and not a stays unknown', () => {
    // Every completion gives false, but a leaf-wise three-valued evaluation cannot see that.
    expect(run({ all: [is('a'), { not: is('a') }] }, [U]).test).toBeUndefined();
  });
});

describe('explain', () => {
  const condition: Condition = {
    all: [
      { name: 'income', fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } },
      { any: [is('a'), { not: is('b') }] },
      { fact: 'incomePerPerson', operator: 'lessThanInclusive', value: '1160.00' },
    ],
  };

  it('traces every leaf, in order, with values in runtime units (no short-circuit)', () => {
    const compiled = compileCondition(condition, symbols);
    const trace: LeafTrace[] = [];
    const env: RuleValue[] = [F, F, U, { n: 348_001, d: 3 }, 116_000];
    expect(compiled.test(env)).toBe(false);
    expect(compiled.explain(env, trace)).toBe(false);
    expect(trace).toEqual([
      {
        path: ['all', 0],
        name: 'income',
        fact: 'incomePerPerson',
        operator: 'lessThan',
        left: { n: 348_001, d: 3 },
        right: 116_000,
        rightFact: 'param:dibao.standard',
        result: false,
      },
      {
        path: ['all', 1, 'any', 0],
        name: undefined,
        fact: 'a',
        operator: 'equal',
        left: false,
        right: true,
        rightFact: undefined,
        result: false,
      },
      {
        path: ['all', 1, 'any', 1, 'not'],
        name: undefined,
        fact: 'b',
        operator: 'equal',
        left: false,
        right: true,
        rightFact: undefined,
        result: false,
      },
      {
        path: ['all', 2],
        name: undefined,
        fact: 'incomePerPerson',
        operator: 'lessThanInclusive',
        left: { n: 348_001, d: 3 },
        right: 116_000,
        rightFact: undefined,
        result: false,
      },
    ]);
    expect(trace).toHaveLength(compiled.leafCount);
  });

  it('lists the facts whose absence leaves the decision open', () => {
    const compiled = compileCondition(condition, symbols);
    const trace: LeafTrace[] = [];
    expect(compiled.explain([U, T, U, { n: 1, d: 3 }, U], trace)).toBeUndefined();
    expect(listMissingFacts(trace)).toEqual(['param:dibao.standard', 'a']);
    const trace2: LeafTrace[] = [];
    compiled.explain([T, T, T, U, 116_000], trace2);
    expect(listMissingFacts(trace2)).toEqual(['incomePerPerson']);
  });

  it('exposes every fact and parameter read, once, in order', () => {
    const compiled = compileCondition(condition, symbols);
    expect(compiled.facts).toEqual(['incomePerPerson', 'param:dibao.standard', 'a', 'b']);
    expect(compiled.leafCount).toBe(4);
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(Object.isFrozen(compiled.facts)).toBe(true);
  });
});

describe('compileCondition', () => {
  it('throws a PackError carrying every issue when the condition is invalid', () => {
    let error: unknown;
    try {
      compileCondition(
        {
          all: [
            { fact: 'nope', operator: 'equal', value: 1 },
            { fact: 'a', operator: 'lessThan', value: 1 },
          ],
        },
        symbols,
        { at: ['rules', 0] },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackError);
    const pe = error as PackError;
    expect(pe.code).toBe('rule_invalid');
    expect(pe.issues.map((i) => [i.code, i.path])).toEqual([
      ['rule_unknown_fact', ['rules', 0, 'all', 0, 'fact']],
      ['rule_type_mismatch', ['rules', 0, 'all', 1, 'operator']],
    ]);
  });

  it('never mutates a (deep-frozen) condition, and is deterministic', () => {
    const condition = deepFreeze({
      all: [
        is('a'),
        { not: { any: [is('b'), { fact: 'incomePerPerson', operator: 'between', value: ['1', '2.5'] }] } },
      ],
    });
    const before = JSON.stringify(condition);
    const one = compileCondition(condition, symbols);
    const two = compileCondition(condition, symbols);
    expect(JSON.stringify(condition)).toBe(before);
    const env = Object.freeze([T, F, U, 200, 1]);
    expect(one.test(env)).toBe(two.test(env));
    const t1: LeafTrace[] = [];
    const t2: LeafTrace[] = [];
    one.explain(env, t1);
    two.explain(env, t2);
    expect(t1).toEqual(t2);
  });

  it('treats slots beyond the env as unknown', () => {
    expect(compileCondition(is('c'), symbols).test([])).toBeUndefined();
  });

  it('inlines only the standard operators: a registry that replaces one by name is obeyed by test and explain', () => {
    // `test` inlines the standard numeric comparisons and `equal` on literals; a replacement must not be mistaken
    // for the operator whose name it takes.
    const reversed = createOperatorRegistry([
      {
        name: 'lessThan',
        signatures: { number: { right: 'number', allowFact: true, test: (a, b) => (a as number) > (b as number) } },
      },
      { name: 'equal', signatures: { boolean: { right: 'boolean', allowFact: false, test: (a, b) => a !== b } } },
    ]);
    const below = { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } };
    const env: RuleValue[] = [T, F, U, 100_000, 116_000];
    for (const [condition, standard] of [
      [below, true],
      [is('a'), true],
    ] as const) {
      expect(compileCondition(condition, symbols).test(env)).toBe(standard);
      const replaced = compileCondition(condition, symbols, { operators: reversed });
      expect(replaced.test(env)).toBe(!standard);
      expect(replaced.explain(env, [])).toBe(!standard);
    }
  });

  it('compares exact fractions the same inlined as through the operator', () => {
    const below = compileCondition({ fact: 'incomePerPerson', operator: 'lessThan', value: '1160' }, symbols);
    const within = compileCondition({ fact: 'incomePerPerson', operator: 'lessThanInclusive', value: '1160' }, symbols);
    const other = compileCondition({ fact: 'incomePerPerson', operator: 'notEqual', value: '1160' }, symbols);
    // 348 000 fen over 3 people is 116 000 fen each, exactly: not below, within, equal.
    const exact: RuleValue[] = [U, U, U, { n: 348_000, d: 3 }];
    expect([below.test(exact), within.test(exact), other.test(exact)]).toEqual([false, true, false]);
    const justBelow: RuleValue[] = [U, U, U, { n: 347_999, d: 3 }];
    expect([below.test(justBelow), within.test(justBelow), other.test(justBelow)]).toEqual([true, true, true]);
    const t: LeafTrace[] = [];
    expect(below.explain(justBelow, t)).toBe(true);
  });
});

describe('no code execution', () => {
  it('src/rules contains no eval, new Function or Function( (outside comments of this test)', () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThanOrEqual(8);
    for (const file of sources) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/new\s+Function\b/);
      expect(text, file).not.toMatch(/\bFunction\s*\(/);
      expect(text, file).not.toMatch(/\bvm\b.*\b(runIn|Script)/);
    }
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
