import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../decision/index.js';
import { getBundledPack } from '../pack/index.js';
import { parsePopulation } from './parse-population.js';
import { CSV_COLUMNS } from './population-csv-columns.js';

const HEADER =
  'household,district,hukou,property_test_passed,medical,birth_date,income,disability_grade,disability_kind';

describe('parsePopulation: CSV', () => {
  it('reads one row per member into households, amounts kept as the decimal text of the file', () => {
    const csv = [
      HEADER,
      'h1,wenjiang,urban,TRUE,10,1972-03-01,1600.50,0,',
      'h2,,,否,,1950-01-01,,2,physical',
      'h1,wenjiang,,,,1974-05-01,0,,',
    ].join('\n');
    const { records, issues } = parsePopulation(csv, 'csv');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        id: 'h1',
        household: {
          id: 'h1',
          district: 'wenjiang',
          hukou: 'urban',
          propertyTestPassed: true,
          expenditure: { medical: '10' },
          members: [
            { birthDate: '1972-03-01', incomes: [{ type: 'wage', monthly: '1600.50' }], disability: null },
            { birthDate: '1974-05-01', incomes: [] },
          ],
        },
      },
      {
        id: 'h2',
        household: {
          id: 'h2',
          propertyTestPassed: false,
          members: [{ birthDate: '1950-01-01', disability: { grade: 2, kind: 'physical' } }],
        },
      },
    ]);
  });

  it('follows RFC 4180: quoted commas, quotes and line breaks, a byte-order mark, CRLF', () => {
    const csv =
      '\ufeffhousehold,member,birth_date\r\n"h,1","say ""hi""\r\nagain",1980-01-01\r\n\r\nh2,b,1990-01-01\r\n';
    const { records, issues } = parsePopulation(csv, 'csv', 'p.csv');
    expect(issues).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['h,1', 'h2']);
    expect((records[0]!.household as { members: { id: string }[] }).members[0]!.id).toBe('say "hi"\r\nagain');
  });

  it('takes strict booleans; anything else is an error at its line', () => {
    const ok = ['true', 'false', 'TRUE', 'FALSE', '1', '0', '是', '否'];
    const csv = ['household,property_test_passed', ...ok.map((v, i) => `h${i},${v}`), 'x,yes', 'y,Y'].join('\n');
    const { records, issues } = parsePopulation(csv, 'csv', 'p.csv');
    expect(records.slice(0, 8).map((r) => (r.household as { propertyTestPassed: boolean }).propertyTestPassed)).toEqual(
      [true, false, true, false, true, false, true, false],
    );
    expect(issues.map((i) => [i.code, i.line, i.args?.column, i.args?.value])).toEqual([
      ['population_csv_bad_value', 10, 'property_test_passed', 'yes'],
      ['population_csv_bad_value', 11, 'property_test_passed', 'Y'],
    ]);
  });

  it('reports a malformed row, an unknown column, a conflicting household value, with their lines', () => {
    const csv = [
      'household,birth_dat,district',
      'a,1980-01-01,wenjiang',
      'a,1981-01-01,jinjiang',
      'c,1990-01-01',
      'b,"unclosed"x,wenjiang',
    ].join('\n');
    const { records, issues } = parsePopulation(csv, 'csv', 'p.csv');
    expect(issues.map((i) => [i.code, i.line])).toEqual(
      expect.arrayContaining([
        ['population_csv_unknown_column', 1],
        ['population_csv_conflict', 3],
        ['population_csv_syntax', 4],
        ['population_csv_syntax', 5],
      ]),
    );
    expect(issues.find((i) => i.code === 'population_csv_unknown_column')?.args?.suggestion).toBe('birth_date');
    expect(issues.every((i) => i.file === 'p.csv')).toBe(true);
    expect(records.map((r) => r.id)).toEqual(['a']);
  });

  it('names the missing household column', () => {
    const { records, issues } = parsePopulation('birth_date\n1980-01-01', 'csv');
    expect(records).toEqual([]);
    expect(issues).toMatchObject([{ code: 'population_csv_columns', line: 1, args: { missing: ['household'] } }]);
  });

  it('gives age-based programmes their ages: a 70-year-old alone with no income is decided', () => {
    const csv = `household,district,property_test_passed,birth_date,income,disability_grade,severe_illness,has_able_supporter,labour_capacity\nold,wenjiang,是,1952-01-01,0,0,否,否,none`;
    const [record] = parsePopulation(csv, 'csv').records;
    const d = evaluate(getBundledPack('chengdu'), record!.household, { asOf: '2023-06-01' });
    expect(d.category).toBe('special-poverty');
  });
});

describe('parsePopulation: JSON Lines', () => {
  it('reads JSON Lines with their ids, or the line number; bad JSON is an issue at its line', () => {
    const { records, issues } = parsePopulation('{"id":"a"}\n\n{bad\n{"members":[]}', 'jsonl', 'x.jsonl');
    expect(records.map((r) => r.id)).toEqual(['a', 'line 4']);
    expect(issues.map((i) => [i.code, i.line, i.file])).toEqual([['population_bad_json', 3, 'x.jsonl']]);
  });
});

describe('docs/population-csv.md', () => {
  const doc = readFileSync('docs/population-csv.md', 'utf8');

  it('documents every column', () => {
    for (const c of CSV_COLUMNS) expect(doc).toContain(`| \`${c.name}\` |`);
  });

  it('shows an example that reads without an issue', () => {
    const example = /```csv\n([\s\S]*?)```/.exec(doc)![1]!;
    const { records, issues } = parsePopulation(example, 'csv');
    expect(issues).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['h1', 'h2']);
    const d = evaluate(getBundledPack('chengdu'), records[0]!.household, { asOf: '2022-06-01' });
    expect(d.facts.incomePerPerson).toBe('800.00');
  });
});
