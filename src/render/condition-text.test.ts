import { describe, expect, it } from 'vitest';
import { getBundledPack, resolveParameter } from '../pack/index.js';
import { CATEGORIES, COVERAGE_KINDS } from '../schema/index.js';
import { conditionItems } from './condition-text.js';
import { RESULT_WORDS } from './result-words.js';

const pack = getBundledPack('chengdu');
const test = { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } };

/** The figures of `dibao.standard` on a day as conditionItems shows them. */
function figures(asOf: string): string {
  const { value } = resolveParameter(pack, 'dibao.standard', asOf);
  return Object.entries(value as Record<string, string>)
    .map(([zone, v]) => `${zone} ${v}`)
    .join(' · ');
}

describe('conditionItems', () => {
  it('names facts and parameters by label and name, as the policy book does', () => {
    const [item] = conditionItems({ all: [test] }, pack, 'en');
    expect(item?.text).toContain('(`incomePerPerson`)');
    expect(item?.text).toContain('(`dibao.standard`)');
    expect(item?.children).toBeUndefined();
  });

  it('leaves the names out and shows a parameter’s figures on a day when asked', () => {
    const [item] = conditionItems(test, pack, 'zh', { names: false, asOf: '2022-06-01' });
    expect(item?.text).not.toContain('`');
    expect(item?.text.endsWith(`[${figures('2022-06-01')}]`)).toBe(true);
  });

  it('shows an unknown figure as unknown, and none before the parameter’s first value', () => {
    const unknownDay = pack.parameters['dibao.standard']?.values.find((v) => v.unknown)?.from;
    expect(unknownDay).toBeDefined();
    const [unknown] = conditionItems(test, pack, 'en', { asOf: unknownDay });
    const [plain] = conditionItems(test, pack, 'en');
    expect(unknown?.text).toBe(`${plain?.text} [unknown]`);
    const [before] = conditionItems(test, pack, 'en', { asOf: '1990-01-01' });
    expect(before?.text).toBe(plain?.text);
  });
});

describe('RESULT_WORDS', () => {
  // Statuses and states are typed as complete records; categories are keyed by string, so they are checked here.
  it('names every category and kind of coverage in both languages', () => {
    const unnamed = [...CATEGORIES, ...COVERAGE_KINDS].filter(
      (id) => !RESULT_WORDS.category[id]?.zh || !RESULT_WORDS.category[id]?.en,
    );
    expect(unnamed).toEqual([]);
  });
});
