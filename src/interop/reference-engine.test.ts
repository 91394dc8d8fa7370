import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { PackError } from '../errors/index.js';
import { createReferenceEngine, evaluateWithJsonRulesEngine } from './reference-engine.js';
import { createSymbolTable, type Condition } from '../rules/index.js';

const symbols = createSymbolTable([
  ['incomePerPerson', { type: 'number', scale: 100 }],
  ['param:dibao.standard', { type: 'number', scale: 100 }],
  ['count', { type: 'number' }],
  ['hukou', { type: 'string' }],
  ['coverage', { type: 'string[]' }],
]);

describe('json-rules-engine itself (why the adapter does what it does)', () => {
  it('treats an empty any as TRUE in 7.3.1 — so checkCondition rejects an empty any', async () => {
    expect(await evaluateWithJsonRulesEngine({ any: [] }, {})).toBe(true);
    expect(await evaluateWithJsonRulesEngine({ all: [] }, {})).toBe(true);
  });

  it('compares decimal strings as strings with its default operators — replaced here', async () => {
    const engine = new Engine([
      { conditions: { all: [{ fact: 'x', operator: 'lessThan', value: '10' }] }, event: { type: 'hit' } },
    ]);
    expect((await engine.run({ x: '9' })).events).toHaveLength(0); // '9' < '10' is false for strings
    expect(
      await evaluateWithJsonRulesEngine(
        { fact: 'count', operator: 'lessThan', value: '10' },
        { count: 9 },
        { symbols },
      ),
    ).toBe(true);
  });

  it('writes to leaves that carry a priority — the adapter clones, so frozen input works', async () => {
    const condition = Object.freeze({
      all: [Object.freeze({ fact: 'count', operator: 'equal', value: 1, priority: 2 })],
    }) as Condition;
    expect(await evaluateWithJsonRulesEngine(condition, { count: 1 }, { symbols })).toBe(true);
  });
});

describe('evaluateWithJsonRulesEngine', () => {
  it('is exact at the boundary, with facts in fen and literals in yuan', async () => {
    const c: Condition = { fact: 'incomePerPerson', operator: 'lessThan', value: '1160.00' };
    expect(await evaluateWithJsonRulesEngine(c, { incomePerPerson: { n: 347_999, d: 3 } }, { symbols })).toBe(true);
    expect(await evaluateWithJsonRulesEngine(c, { incomePerPerson: { n: 348_000, d: 3 } }, { symbols })).toBe(false);
    const eq: Condition = { fact: 'incomePerPerson', operator: 'equal', value: { fact: 'param:dibao.standard' } };
    expect(
      await evaluateWithJsonRulesEngine(
        eq,
        { incomePerPerson: { n: 348_000, d: 3 }, 'param:dibao.standard': 116_000 },
        { symbols },
      ),
    ).toBe(true);
    expect(
      await evaluateWithJsonRulesEngine(
        { fact: 'incomePerPerson', operator: 'equal', value: '0.3' },
        { incomePerPerson: 30 },
        { symbols },
      ),
    ).toBe(true);
  });

  it('accepts a leaf at the root (json-rules-engine itself needs all/any/not there)', async () => {
    expect(
      await evaluateWithJsonRulesEngine(
        { fact: 'hukou', operator: 'in', value: ['urban'] },
        { hukou: 'urban' },
        { symbols },
      ),
    ).toBe(true);
  });

  it('is two-valued on unknown facts (the compiled path answers "unknown" instead)', async () => {
    expect(await evaluateWithJsonRulesEngine({ fact: 'count', operator: 'lessThan', value: 1 }, {}, { symbols })).toBe(
      false,
    );
    expect(await evaluateWithJsonRulesEngine({ fact: 'count', operator: 'notEqual', value: 1 }, {}, { symbols })).toBe(
      true,
    );
    expect(
      await evaluateWithJsonRulesEngine({ fact: 'coverage', operator: 'doesNotContain', value: 'x' }, {}, { symbols }),
    ).toBe(false);
  });

  it('never lets a path reach jsonpath-plus, with or without a symbol table', async () => {
    const withPath = {
      fact: 'count',
      operator: 'equal',
      value: 1,
      path: '$..[?(@.constructor.constructor("return process")())]',
    } as unknown as Condition;
    await expect(evaluateWithJsonRulesEngine(withPath, { count: 1 })).rejects.toBeInstanceOf(PackError);
    await expect(evaluateWithJsonRulesEngine(withPath, { count: 1 })).rejects.toMatchObject({
      code: 'rule_path_not_supported',
    });
    await expect(evaluateWithJsonRulesEngine(withPath, { count: 1 }, { symbols })).rejects.toMatchObject({
      code: 'rule_invalid',
    });
    const refPath = { fact: 'count', operator: 'equal', value: { fact: 'count', path: '$.a' } } as unknown as Condition;
    await expect(evaluateWithJsonRulesEngine(refPath, { count: 1 })).rejects.toMatchObject({
      code: 'rule_path_not_supported',
    });
    const conditionRef = { all: [{ condition: 'x' }] } as unknown as Condition;
    await expect(evaluateWithJsonRulesEngine(conditionRef, {})).rejects.toMatchObject({
      code: 'rule_condition_ref_not_supported',
    });
  });

  it('does not mutate its inputs', async () => {
    const condition: Condition = { all: [{ fact: 'count', operator: 'greaterThan', value: 1, priority: 3 }] };
    const facts = { count: 2 };
    const before = JSON.stringify([condition, facts]);
    await evaluateWithJsonRulesEngine(condition, facts, { symbols });
    expect(JSON.stringify([condition, facts])).toBe(before);
  });
});

describe('createReferenceEngine', () => {
  it('runs a rule set and reports the rules that fired', async () => {
    const ref = createReferenceEngine(
      [
        {
          name: 'poor',
          condition: {
            all: [{ fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } }],
          },
        },
        { name: 'large', condition: { fact: 'count', operator: 'greaterThanInclusive', value: 5 } },
        { name: 'covered', condition: { fact: 'coverage', operator: 'contains', value: 'dibao' } },
      ],
      { symbols },
    );
    expect(ref.engine).toBeInstanceOf(Engine);
    const facts = {
      incomePerPerson: { n: 300_000, d: 3 },
      'param:dibao.standard': 116_000,
      count: 3,
      coverage: ['dibao'],
    };
    expect([...(await ref.run(facts))].sort()).toEqual(['covered', 'poor']);
    expect([...(await ref.runConverted(ref.toFacts({ ...facts, count: 6 })))].sort()).toEqual([
      'covered',
      'large',
      'poor',
    ]);
  });

  it('rejects duplicate rule names and invalid conditions', () => {
    const c: Condition = { fact: 'count', operator: 'equal', value: 1 };
    expect(() =>
      createReferenceEngine([
        { name: 'a', condition: c },
        { name: 'a', condition: c },
      ]),
    ).toThrow(RangeError);
    expect(() =>
      createReferenceEngine([{ name: 'a', condition: { fact: 'nope', operator: 'equal', value: 1 } }], { symbols }),
    ).toThrow(PackError);
  });

  it('takes facts named like Object.prototype members as plain facts', async () => {
    const odd = createSymbolTable([
      ['constructor', { type: 'number' }],
      ['__proto__', { type: 'number' }],
    ]);
    const ref = createReferenceEngine(
      [{ name: 'r', condition: { fact: '__proto__', operator: 'equal', value: { fact: 'constructor' } } }],
      { symbols: odd },
    );
    const facts = Object.fromEntries([
      ['constructor', 4],
      ['__proto__', 4],
    ]) as Record<string, number>;
    expect(await ref.run(facts)).toEqual(new Set(['r']));
  });
});
