import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from './suggest.js';

describe('suggestName', () => {
  it('suggests close names, counting a transposition as one edit', () => {
    expect(editDistance('incomePerPreson', 'incomePerPerson')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(suggestName('incomePerPreson', ['age', 'incomePerPerson'])).toBe('incomePerPerson');
    expect(suggestName('lessThen', ['lessThan', 'greaterThan'])).toBe('lessThan');
    expect(suggestName('Age', ['age'])).toBe('age');
  });
  it('stays silent when nothing is close', () => {
    expect(suggestName('zzzzzz', ['age', 'hukou'])).toBeUndefined();
    expect(suggestName('x', [])).toBeUndefined();
  });
});
