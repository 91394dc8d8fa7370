import { describe, expect, it } from 'vitest';
import { PackError } from '../errors/index.js';
import { createSymbolTable } from '../rules/index.js';
import { compilePackRule } from './compile-rule.js';

const symbols = createSymbolTable([['age', { type: 'number' }]]);

function thrown(f: () => unknown): PackError {
  try {
    f();
  } catch (err) {
    if (err instanceof PackError) return err;
    throw err;
  }
  throw new Error('did not throw');
}

describe('compilePackRule', () => {
  it('compiles a valid condition', () => {
    const c = compilePackRule({ id: 'x' }, { fact: 'age', operator: 'greaterThan', value: 59 }, symbols, ['when']);
    expect(c.test([60])).toBe(true);
    expect(c.test([undefined])).toBeUndefined();
  });

  it('says the pack was not validated, with each problem by code, path and arguments', () => {
    const e = thrown(() =>
      compilePackRule({ id: 'x' }, { all: [{ fact: 'agee', operator: 'lt', value: 1 }] }, symbols, ['when']),
    );
    expect(e.code).toBe('rule_invalid');
    expect(e.issues.map((i) => [i.code, i.path, i.args?.problem])).toEqual([
      ['pack_not_validated', ['when', 'all', 0, 'fact'], 'rule_unknown_fact'],
      ['pack_not_validated', ['when', 'all', 0, 'operator'], 'rule_unknown_operator'],
    ]);
    expect(e.issues[0]!.args).toMatchObject({ pack: 'x', fact: 'agee', suggestion: 'age' });
  });
});
