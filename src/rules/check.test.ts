import { describe, expect, it } from 'vitest';
import { checkCondition } from './check.js';
import { createSymbolTable } from './symbols.js';

const symbols = createSymbolTable([
  ['incomePerPerson', { type: 'number', scale: 100 }],
  ['param:dibao.standard', { type: 'number', scale: 100 }],
  ['householdSize', { type: 'number' }],
  ['hasSevereDisability', { type: 'boolean' }],
  ['hukou', { type: 'string', values: ['urban', 'rural'] }],
  ['coverage', { type: 'string[]', values: ['dibao', 'edge'] }],
  ['param:zoneA', { type: 'string[]' }],
]);

const income = { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } };

/** code + path of each issue, the stable part to assert on. */
function codes(condition: unknown, opts = {}): [string, (string | number)[]][] {
  return checkCondition(condition, symbols, opts).map((i) => [i.code, [...i.path]]);
}

describe('checkCondition accepts valid conditions', () => {
  it.each([
    ['a leaf at the root', income],
    [
      'all/any/not nesting',
      { all: [income, { any: [{ fact: 'hasSevereDisability', operator: 'equal', value: true }] }, { not: income }] },
    ],
    ['an empty all (true)', { all: [] }],
    ['name and priority', { name: 'dibao', priority: 2, all: [{ ...income, name: 'income', priority: 1 }] }],
    [
      'money literals as strings and numbers',
      {
        all: [
          { fact: 'incomePerPerson', operator: 'lessThan', value: '1160.00' },
          { fact: 'incomePerPerson', operator: 'lessThan', value: 1160 },
        ],
      },
    ],
    ['between', { fact: 'householdSize', operator: 'between', value: [1, '20'] }],
    ['in with a string[] parameter', { fact: 'hukou', operator: 'in', value: { fact: 'param:zoneA' } }],
    ['contains a known value', { fact: 'coverage', operator: 'contains', value: 'dibao' }],
  ])('%s', (_label, condition) => {
    expect(checkCondition(condition, symbols)).toEqual([]);
  });
});

describe('checkCondition rejects', () => {
  it('malformed nodes', () => {
    expect(codes(null)).toEqual([['rule_malformed', []]]);
    expect(codes([income])).toEqual([['rule_malformed', []]]);
    expect(codes('incomePerPerson < 1160')).toEqual([['rule_malformed', []]]);
    expect(codes({})).toEqual([['rule_malformed', []]]);
    expect(codes({ all: [income], any: [income] })).toEqual([['rule_malformed', []]]);
    expect(codes({ all: income })).toEqual([['rule_malformed', ['all']]]);
    expect(codes({ not: [income] })).toEqual([['rule_malformed', ['not']]]);
    expect(codes({ all: [income, 5] })).toEqual([['rule_malformed', ['all', 1]]]);
    // eslint-disable-next-line no-sparse-arrays
    expect(codes({ all: [income, undefined, income] })).toEqual([['rule_malformed', ['all', 1]]]);
    expect(codes({ all: [{ ...income, all: [] }] })).toEqual([
      ['rule_malformed', ['all', 0, 'fact']],
      ['rule_malformed', ['all', 0, 'operator']],
      ['rule_malformed', ['all', 0, 'value']],
    ]);
  });

  it('leaves missing fact, operator or value, or with wrong types', () => {
    expect(codes({ all: [{ fact: 'incomePerPerson', operator: 'lessThan' }] })).toEqual([
      ['rule_malformed', ['all', 0, 'value']],
    ]);
    expect(codes({ all: [{ fact: 'incomePerPerson', value: 1 }] })).toEqual([
      ['rule_malformed', ['all', 0, 'operator']],
    ]);
    expect(codes({ all: [{ operator: 'equal', value: 1 }] })).toEqual([['rule_malformed', ['all', 0, 'fact']]]);
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: null })).toEqual([
      ['rule_malformed', ['value']],
    ]);
    expect(codes({ fact: 7, operator: 'lessThan', value: 1 })).toEqual([['rule_malformed', ['fact']]]);
    expect(codes({ fact: 'householdSize', operator: 7, value: 1 })).toEqual([['rule_malformed', ['operator']]]);
    expect(codes({ fact: 'householdSize', operator: 'equal', value: { n: 1, d: 2 } })).toEqual([
      ['rule_malformed', ['value']],
    ]);
    expect(codes({ ...income, name: 5 })).toEqual([['rule_malformed', ['name']]]);
    expect(codes({ all: [], priority: 0 })).toEqual([['rule_malformed', ['priority']]]);
    expect(codes({ all: [], priority: '1' })).toEqual([['rule_malformed', ['priority']]]);
  });

  it('an empty any (json-rules-engine says true, logic says false)', () => {
    expect(codes({ all: [{ any: [] }] })).toEqual([['rule_empty_any', ['all', 0, 'any']]]);
  });

  it('unknown facts and parameters, with a suggestion', () => {
    const issues = checkCondition(
      { all: [{ fact: 'incomePerPreson', operator: 'lessThan', value: { fact: 'param:dibao.standrad' } }] },
      symbols,
    );
    expect(issues.map((i) => [i.code, i.path, i.args?.suggestion])).toEqual([
      ['rule_unknown_fact', ['all', 0, 'fact'], 'incomePerPerson'],
      ['rule_unknown_param', ['all', 0, 'value', 'fact'], 'param:dibao.standard'],
    ]);
    expect(issues[0]!.message.en).toContain('"incomePerPreson"');
    expect(issues[0]!.message.en).toContain('did you mean "incomePerPerson"');
    expect(issues[0]!.message.zh).toContain('是否指 "incomePerPerson"');
    expect(issues[1]!.message.zh).toContain('param:dibao.standrad');
    // A parameter is never suggested for a fact, and nothing is suggested when nothing is close.
    expect(checkCondition({ fact: 'qqqqqqqq', operator: 'equal', value: 1 }, symbols)[0]!.args).toEqual({
      fact: 'qqqqqqqq',
    });
  });

  it('names that are Object.prototype members are just unknown', () => {
    expect(codes({ fact: 'constructor', operator: 'equal', value: 1 })).toEqual([['rule_unknown_fact', ['fact']]]);
    expect(codes({ fact: '__proto__', operator: 'toString', value: 1 })).toEqual([
      ['rule_unknown_fact', ['fact']],
      ['rule_unknown_operator', ['operator']],
    ]);
    expect(codes(JSON.parse('{"fact":"householdSize","operator":"equal","value":1,"__proto__":{"x":1}}'))).toEqual([
      ['rule_unknown_key', ['__proto__']],
    ]);
  });

  it('unknown operators, with a suggestion (also for symbols like <)', () => {
    const issues = checkCondition(
      {
        any: [
          { fact: 'householdSize', operator: 'lessThen', value: 3 },
          { fact: 'householdSize', operator: '>=', value: 3 },
        ],
      },
      symbols,
    );
    expect(issues.map((i) => [i.code, i.path, i.args?.suggestion])).toEqual([
      ['rule_unknown_operator', ['any', 0, 'operator'], 'lessThan'],
      ['rule_unknown_operator', ['any', 1, 'operator'], 'greaterThanInclusive'],
    ]);
    expect(codes({ fact: 'householdSize', operator: 'everyFact:lessThan', value: 1 })).toEqual([
      ['rule_unknown_operator', ['operator']],
    ]);
  });

  it('type mismatches', () => {
    expect(codes({ fact: 'hasSevereDisability', operator: 'lessThan', value: 1 })).toEqual([
      ['rule_type_mismatch', ['operator']],
    ]);
    expect(codes({ fact: 'hukou', operator: 'in', value: 'urban' })).toEqual([['rule_type_mismatch', ['value']]]);
    expect(codes({ fact: 'hukou', operator: 'in', value: ['urban', 3] })).toEqual([
      ['rule_type_mismatch', ['value', 1]],
    ]);
    expect(codes({ fact: 'hukou', operator: 'contains', value: 'u' })).toEqual([['rule_type_mismatch', ['operator']]]);
    expect(codes({ fact: 'coverage', operator: 'equal', value: ['dibao'] })).toEqual([
      ['rule_type_mismatch', ['operator']],
    ]);
    expect(codes({ fact: 'householdSize', operator: 'equal', value: true })).toEqual([
      ['rule_type_mismatch', ['value']],
    ]);
    expect(codes({ fact: 'hasSevereDisability', operator: 'equal', value: 'true' })).toEqual([
      ['rule_type_mismatch', ['value']],
    ]);
    expect(codes({ fact: 'hukou', operator: 'equal', value: 1 })).toEqual([['rule_type_mismatch', ['value']]]);
    expect(codes({ fact: 'householdSize', operator: 'between', value: [1] })).toEqual([
      ['rule_type_mismatch', ['value']],
    ]);
    expect(codes({ fact: 'householdSize', operator: 'between', value: { fact: 'householdSize' } })).toEqual([
      ['rule_type_mismatch', ['value']],
    ]);
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'hukou' } })).toEqual([
      ['rule_type_mismatch', ['value', 'fact']],
    ]);
    const [issue] = checkCondition({ fact: 'hasSevereDisability', operator: 'lessThan', value: 1 }, symbols);
    expect(issue!.message.en).toContain('lessThan');
    expect(issue!.message.en).toContain('"hasSevereDisability"');
    expect(issue!.message.zh).toContain('布尔');
  });

  it('comparisons across scales (different units)', () => {
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'householdSize' } })).toEqual([
      ['rule_scale_mismatch', ['value', 'fact']],
    ]);
  });

  it('imprecise or out-of-range numbers and inverted ranges', () => {
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: '1e3' })).toEqual([
      ['rule_bad_number', ['value']],
    ]);
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: Number.NaN })).toEqual([
      ['rule_bad_number', ['value']],
    ]);
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: Number.POSITIVE_INFINITY })).toEqual([
      ['rule_bad_number', ['value']],
    ]);
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: '90071992547409.92' })).toEqual([
      ['rule_bad_number', ['value']],
    ]);
    expect(codes({ fact: 'incomePerPerson', operator: 'lessThan', value: 'abc' })).toEqual([
      ['rule_bad_number', ['value']],
    ]);
    expect(codes({ fact: 'householdSize', operator: 'between', value: [5, 'x'] })).toEqual([
      ['rule_bad_number', ['value', 1]],
    ]);
    expect(codes({ fact: 'householdSize', operator: 'between', value: [5, 1] })).toEqual([
      ['rule_bad_range', ['value']],
    ]);
  });

  it('values a string fact can never take', () => {
    const issues = checkCondition(
      {
        all: [
          { fact: 'hukou', operator: 'equal', value: 'urbn' },
          { fact: 'coverage', operator: 'contains', value: 'dibo' },
          { fact: 'hukou', operator: 'in', value: ['rural', 'city'] },
        ],
      },
      symbols,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['rule_unknown_value', ['all', 0, 'value']],
      ['rule_unknown_value', ['all', 1, 'value']],
      ['rule_unknown_value', ['all', 2, 'value', 1]],
    ]);
    expect(issues[0]!.args?.suggestion).toBe('urban');
  });

  it('path, params and condition references', () => {
    expect(codes({ all: [{ ...income, path: '$..[?(@.constructor)]' }] })).toEqual([
      ['rule_path_not_supported', ['all', 0, 'path']],
    ]);
    expect(codes({ ...income, value: { fact: 'param:dibao.standard', path: '$.a' } })).toEqual([
      ['rule_path_not_supported', ['value', 'path']],
    ]);
    expect(codes({ ...income, params: { x: 1 } })).toEqual([['rule_params_not_supported', ['params']]]);
    expect(codes({ ...income, value: { fact: 'param:dibao.standard', params: {} } })).toEqual([
      ['rule_params_not_supported', ['value', 'params']],
    ]);
    expect(codes({ all: [{ condition: 'sharedIncomeTest' }] })).toEqual([
      ['rule_condition_ref_not_supported', ['all', 0, 'condition']],
    ]);
  });

  it('unknown keys, with a suggestion, unless allowed', () => {
    const issues = checkCondition({ all: [{ ...income, nmae: 'x' }] }, symbols);
    expect(issues.map((i) => [i.code, i.path, i.args?.suggestion])).toEqual([
      ['rule_unknown_key', ['all', 0, 'nmae'], 'name'],
    ]);
    expect(codes({ all: [{ ...income, reason: { zh: '收入', en: 'income' } }] }, { allowKeys: ['reason'] })).toEqual(
      [],
    );
  });

  it('nesting deeper than 32 levels, and too many nodes', () => {
    let deep: unknown = income;
    for (let i = 0; i < 32; i++) deep = { not: deep };
    expect(codes(deep)).toEqual([['rule_too_deep', Array(32).fill('not')]]);
    let ok: unknown = income;
    for (let i = 0; i < 31; i++) ok = { not: ok };
    expect(codes(ok)).toEqual([]);
    expect(codes(ok, { maxDepth: 8 })[0]![0]).toBe('rule_too_deep');
    // A cyclic object (not JSON, but a caller could pass one) terminates.
    const cyclic: { all: unknown[] } = { all: [] };
    cyclic.all.push(cyclic);
    expect(codes(cyclic)[0]![0]).toBe('rule_too_deep');
    expect(codes({ all: Array(20).fill(income) }, { maxNodes: 10 })).toEqual([['rule_too_large', ['all', 9]]]);
  });

  it('reports every issue at once, prefixed with options.at', () => {
    const issues = checkCondition(
      { all: [{ fact: 'x', operator: 'y', value: 1 }, { any: [] }, { fact: 'hukou', operator: 'lessThan', value: 1 }] },
      symbols,
      { at: ['programmes', 'dibao', 'eligible'] },
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['rule_unknown_fact', ['programmes', 'dibao', 'eligible', 'all', 0, 'fact']],
      ['rule_unknown_operator', ['programmes', 'dibao', 'eligible', 'all', 0, 'operator']],
      ['rule_empty_any', ['programmes', 'dibao', 'eligible', 'all', 1, 'any']],
      ['rule_type_mismatch', ['programmes', 'dibao', 'eligible', 'all', 2, 'operator']],
    ]);
    for (const i of issues) {
      expect(i.severity).toBe('error');
      expect(i.message.zh.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });
});
