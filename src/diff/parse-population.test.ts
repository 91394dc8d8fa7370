import { describe, expect, it } from 'vitest';
import { parsePopulation } from './parse-population.js';

const HEADER = 'id,district,hukou,size,income,property_test_passed,medical,education,deposits';

describe('parsePopulation', () => {
  it('reads CSV rows into households, amounts kept as the decimal text of the file', () => {
    const { records, issues } = parsePopulation(
      `${HEADER}\nh1,wenjiang,urban,2,1600.50,yes,10,,500\n\n"h,2",,,1,,0,,,`,
      'csv',
    );
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        id: 'h1',
        household: {
          district: 'wenjiang',
          hukou: 'urban',
          propertyTestPassed: true,
          expenditure: { medical: '10' },
          assets: { deposits: '500' },
          members: [{ incomes: [{ type: 'wage', monthly: '1600.50' }] }, { incomes: [] }],
        },
      },
      { id: 'h,2', household: { propertyTestPassed: false, members: [{ incomes: [{ type: 'wage', monthly: '0' }] }] } },
    ]);
  });

  it('reports a bad size with its line, and reads the other rows', () => {
    const { records, issues } = parsePopulation(`${HEADER}\na,,,0,1,1,,,\nb,,,2,1,1,,,\nc,,,x,1,1,,,`, 'csv', 'p.csv');
    expect(records.map((r) => r.id)).toEqual(['b']);
    expect(issues.map((i) => [i.code, i.line, i.file])).toEqual([
      ['population_bad_size', 2, 'p.csv'],
      ['population_bad_size', 4, 'p.csv'],
    ]);
  });

  it('names the missing columns; district, hukou and deposits may be left out', () => {
    const { records, issues } = parsePopulation('id,size\n1,2', 'csv');
    expect(records).toEqual([]);
    expect(issues).toMatchObject([
      {
        code: 'population_csv_columns',
        line: 1,
        args: { missing: ['income', 'property_test_passed', 'medical', 'education'] },
      },
    ]);
  });

  it('reads JSON Lines with their ids, or the line number; bad JSON is an issue at its line', () => {
    const { records, issues } = parsePopulation('{"id":"a"}\n\n{bad\n{"members":[]}', 'jsonl', 'x.jsonl');
    expect(records.map((r) => r.id)).toEqual(['a', 'line 4']);
    expect(issues.map((i) => [i.code, i.line, i.file])).toEqual([['population_bad_json', 3, 'x.jsonl']]);
  });
});
