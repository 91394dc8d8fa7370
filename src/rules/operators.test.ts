import { describe, expect, it } from 'vitest';
import { compileCondition } from './compile.js';
import { evaluateWithJsonRulesEngine } from '../interop/reference-engine.js';
import {
  BETWEEN,
  createOperatorRegistry,
  DEFAULT_OPERATORS,
  STANDARD_OPERATORS,
  type OperatorDefinition,
} from './operators.js';
import { createSymbolTable } from './symbols.js';
import type { Condition, LiteralValue, RuleValue } from './types.js';

const symbols = createSymbolTable([
  ['money', { type: 'number', scale: 100 }],
  ['param:standard', { type: 'number', scale: 100 }],
  ['count', { type: 'number' }],
  ['flag', { type: 'boolean' }],
  ['param:flag', { type: 'boolean' }],
  ['hukou', { type: 'string' }],
  ['param:zoneA', { type: 'string[]' }],
  ['coverage', { type: 'string[]' }],
]);
const names = [...symbols.keys()];

function envOf(values: Record<string, RuleValue>): RuleValue[] {
  return names.map((n) => values[n]);
}

async function both(condition: Condition, values: Record<string, RuleValue>): Promise<boolean | undefined> {
  const compiled = compileCondition(condition, symbols).test(envOf(values));
  const reference = await evaluateWithJsonRulesEngine(condition, values, { symbols });
  expect(compiled).toBe(reference);
  return compiled;
}

type Row = [fact: string, left: RuleValue, operator: string, value: LiteralValue, expected: boolean];

const LITERAL_ROWS: Row[] = [
  // The Zhongshan boundary: 1160.00 yuan = 116 000 fen; 348 000 fen over 3 people is exactly on it.
  ['money', { n: 348_000, d: 3 }, 'equal', '1160.00', true],
  ['money', { n: 348_000, d: 3 }, 'equal', 1160, true],
  ['money', { n: 347_999, d: 3 }, 'equal', '1160', false],
  ['money', { n: 347_999, d: 3 }, 'lessThan', '1160', true],
  ['money', { n: 348_000, d: 3 }, 'lessThan', '1160', false],
  ['money', { n: 348_000, d: 3 }, 'lessThanInclusive', '1160', true],
  ['money', { n: 348_001, d: 3 }, 'lessThanInclusive', '1160', false],
  ['money', { n: 348_001, d: 3 }, 'greaterThan', '1160', true],
  ['money', { n: 348_000, d: 3 }, 'greaterThan', '1160', false],
  ['money', { n: 348_000, d: 3 }, 'greaterThanInclusive', '1160', true],
  ['money', { n: 347_999, d: 3 }, 'greaterThanInclusive', '1160', false],
  ['money', { n: 347_999, d: 3 }, 'notEqual', '1160', true],
  ['money', { n: 348_000, d: 3 }, 'notEqual', '1160', false],
  // Literals finer than a fen stay exact.
  ['money', { n: 232_001, d: 2 }, 'equal', '1160.005', true],
  ['money', 116_000, 'lessThan', '1160.005', true],
  // The classic float trap: 0.1 + 0.2 yuan.
  ['money', 30, 'equal', '0.3', true],
  ['count', { n: 3, d: 2 }, 'equal', '1.5', true],
  ['count', { n: 3, d: 2 }, 'equal', 1.5, true],
  ['count', 60, 'between', [16, 60], true],
  ['count', 16, 'between', [16, 60], true],
  ['count', 15, 'between', [16, 60], false],
  ['count', 61, 'between', [16, 60], false],
  ['money', { n: 348_000, d: 3 }, 'between', ['1000', '1160'], true],
  ['money', { n: 348_001, d: 3 }, 'between', ['1000', '1160'], false],
  ['flag', true, 'equal', true, true],
  ['flag', false, 'equal', true, false],
  ['flag', false, 'notEqual', true, true],
  ['flag', true, 'notEqual', true, false],
  ['hukou', 'urban', 'equal', 'urban', true],
  ['hukou', 'urban', 'equal', 'Urban', false],
  ['hukou', 'urban', 'notEqual', 'rural', true],
  ['hukou', 'urban', 'in', ['rural', 'urban'], true],
  ['hukou', 'urban', 'in', ['rural'], false],
  ['hukou', 'urban', 'in', [], false],
  ['hukou', 'urban', 'notIn', ['rural'], true],
  ['hukou', 'urban', 'notIn', ['urban'], false],
  ['hukou', 'urban', 'notIn', [], true],
  ['coverage', ['dibao', 'edge'], 'contains', 'edge', true],
  ['coverage', ['dibao'], 'contains', 'edge', false],
  ['coverage', [], 'contains', 'edge', false],
  ['coverage', ['dibao'], 'doesNotContain', 'edge', true],
  ['coverage', ['dibao', 'edge'], 'doesNotContain', 'edge', false],
];

describe('operators against literals (compiled and json-rules-engine agree)', () => {
  it.each(LITERAL_ROWS)('%s=%j %s %j → %s', async (fact, left, operator, value, expected) => {
    expect(await both({ fact, operator, value }, { [fact]: left })).toBe(expected);
  });
});

describe('operators against facts and parameters', () => {
  it('compares money with a money parameter exactly', async () => {
    const c: Condition = { fact: 'money', operator: 'lessThan', value: { fact: 'param:standard' } };
    expect(await both(c, { money: { n: 347_999, d: 3 }, 'param:standard': 116_000 })).toBe(true);
    expect(await both(c, { money: { n: 348_000, d: 3 }, 'param:standard': 116_000 })).toBe(false);
    const eq: Condition = { fact: 'money', operator: 'equal', value: { fact: 'param:standard' } };
    expect(await both(eq, { money: { n: 348_000, d: 3 }, 'param:standard': { n: 232_000, d: 2 } })).toBe(true);
  });

  it('compares booleans, strings and lists held in facts', async () => {
    expect(
      await both(
        { fact: 'flag', operator: 'equal', value: { fact: 'param:flag' } },
        { flag: true, 'param:flag': true },
      ),
    ).toBe(true);
    expect(
      await both(
        { fact: 'flag', operator: 'notEqual', value: { fact: 'param:flag' } },
        { flag: true, 'param:flag': true },
      ),
    ).toBe(false);
    expect(
      await both(
        { fact: 'hukou', operator: 'in', value: { fact: 'param:zoneA' } },
        { hukou: 'wenjiang', 'param:zoneA': ['wenjiang', 'jinjiang'] },
      ),
    ).toBe(true);
    expect(
      await both(
        { fact: 'hukou', operator: 'notIn', value: { fact: 'param:zoneA' } },
        { hukou: 'dayi', 'param:zoneA': ['wenjiang'] },
      ),
    ).toBe(true);
    expect(
      await both({ fact: 'coverage', operator: 'contains', value: { fact: 'hukou' } }, { coverage: ['x'], hukou: 'x' }),
    ).toBe(true);
    expect(
      await both(
        { fact: 'coverage', operator: 'doesNotContain', value: { fact: 'hukou' } },
        { coverage: ['x'], hukou: 'x' },
      ),
    ).toBe(false);
  });
});

describe('unknown operands', () => {
  it.each([...DEFAULT_OPERATORS.keys()])('%s with an unknown fact is unknown', (operator) => {
    const def = DEFAULT_OPERATORS.get(operator)!;
    const [type, sig] = Object.entries(def.signatures)[0]!;
    const fact = { number: 'count', boolean: 'flag', string: 'hukou', 'string[]': 'coverage' }[type]!;
    const value = { number: 1, boolean: true, string: 'a', 'string[]': ['a'], range: [0, 1] }[sig.right];
    expect(compileCondition({ fact, operator, value }, symbols).test(envOf({}))).toBeUndefined();
  });

  it('a known fact compared with an unknown parameter is unknown', () => {
    const c = compileCondition({ fact: 'money', operator: 'lessThan', value: { fact: 'param:standard' } }, symbols);
    expect(c.test(envOf({ money: 1 }))).toBeUndefined();
    expect(c.test(envOf({ 'param:standard': 1 }))).toBeUndefined();
  });
});

describe('operator registry', () => {
  it('holds the ten standard json-rules-engine operators, plus between by default', () => {
    expect([...STANDARD_OPERATORS.keys()].sort()).toEqual(
      [
        'contains',
        'doesNotContain',
        'equal',
        'greaterThan',
        'greaterThanInclusive',
        'in',
        'lessThan',
        'lessThanInclusive',
        'notEqual',
        'notIn',
      ].sort(),
    );
    expect(DEFAULT_OPERATORS.get('between')).toBe(BETWEEN);
    expect(STANDARD_OPERATORS.has('between')).toBe(false);
  });

  it('accepts a domain operator, used by the compiler and (through reference) by json-rules-engine', async () => {
    const isEven: OperatorDefinition = {
      name: 'isEven',
      signatures: { number: { right: 'boolean', allowFact: false, test: (a, b) => ((a as number) % 2 === 0) === b } },
      // The adapter hands numbers over as decimal.js values in literal units.
      reference: (a, b) => (Number(String(a)) % 2 === 0) === b,
    };
    const operators = createOperatorRegistry([isEven]);
    const c: Condition = { fact: 'count', operator: 'isEven', value: true };
    expect(compileCondition(c, symbols, { operators }).test(envOf({ count: 4 }))).toBe(true);
    expect(await evaluateWithJsonRulesEngine(c, { count: 4 }, { symbols, operators })).toBe(true);
    expect(await evaluateWithJsonRulesEngine(c, { count: 5 }, { symbols, operators })).toBe(false);
    // Without the registry the operator is unknown.
    expect(() => compileCondition(c, symbols)).toThrow(/isEven/);
  });

  it('rejects operator names json-rules-engine would read as decorators', () => {
    expect(() => createOperatorRegistry([{ ...BETWEEN, name: 'everyFact:between' }])).toThrow(RangeError);
    expect(() => createOperatorRegistry([{ ...BETWEEN, name: '' }])).toThrow(RangeError);
  });

  it('registries are read-only snapshots', () => {
    const ops = createOperatorRegistry([]);
    expect(ops).not.toBe(DEFAULT_OPERATORS);
    expect(Object.isFrozen(DEFAULT_OPERATORS.get('equal'))).toBe(true);
  });
});
