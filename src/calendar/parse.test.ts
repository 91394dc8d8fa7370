import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isWorkingDay } from './isWorkingDay.js';
import { calendarFileSchema } from '../schema/index.js';
import { validateCalendar } from './validateCalendar.js';

const VALID = `id: demo
name: { zh: 示例, en: Demo }
timezone: Asia/Shanghai
weekend: [saturday, sunday]
years:
  2024:
    source: { title: 通知, issuer: 国务院办公厅, date: 2023-10-25, verified: true }
    holidays:
      - { name: { zh: 元旦, en: "New Year's Day" }, from: 2024-01-01, to: 2024-01-01 }
      - { name: { zh: 春节, en: Spring Festival }, from: 2024-02-10, to: 2024-02-17 }
    workdays: [2024-02-04, 2024-02-18]
`;

/** Replaces one exact fragment of the valid file (failing loudly if it is not there). */
function edit(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`fixture has no ${from}`);
  return VALID.replace(from, to);
}

describe('parseCalendar', () => {
  it('accepts a valid file and keeps unquoted dates as strings', () => {
    const result = validateCalendar(VALID);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.holidays.map((h) => h.from)).toEqual(['2024-01-01', '2024-02-10']);
    expect(typeof result.value.sources[2024]?.date).toBe('string');
    expect(isWorkingDay(result.value, '2024-02-04')).toBe(true);
  });

  const matrix: [name: string, text: string, code: string, path: (string | number)[], line: number][] = [
    [
      'malformed YAML',
      edit('weekend: [saturday, sunday]', 'weekend: [saturday, sunday'),
      'calendar_yaml_syntax',
      [],
      5,
    ],
    [
      'unknown key',
      edit('timezone: Asia/Shanghai\n', 'timezone: Asia/Shanghai\ncolour: red\n'),
      'calendar_unknown_key',
      ['colour'],
      4,
    ],
    [
      'unknown key in a holiday',
      edit('to: 2024-01-01 }', 'to: 2024-01-01, paid: true }'),
      'calendar_unknown_key',
      ['years', '2024', 'holidays', 0, 'paid'],
      9,
    ],
    [
      'invalid date 2024-02-30',
      edit('to: 2024-02-17', 'to: 2024-02-30'),
      'calendar_bad_date',
      ['years', '2024', 'holidays', 1, 'to'],
      10,
    ],
    [
      'malformed date',
      edit('date: 2023-10-25', 'date: 23-10-25'),
      'calendar_bad_date',
      ['years', '2024', 'source', 'date'],
      7,
    ],
    [
      'date as a number',
      edit('date: 2023-10-25', 'date: 20231025'),
      'calendar_wrong_type',
      ['years', '2024', 'source', 'date'],
      7,
    ],
    [
      'range with from > to',
      edit('from: 2024-02-10, to: 2024-02-17', 'from: 2024-02-17, to: 2024-02-10'),
      'calendar_bad_range',
      ['years', '2024', 'holidays', 1, 'to'],
      10,
    ],
    [
      'range far too long',
      edit('to: 2024-02-17', 'to: 2024-12-17'),
      'calendar_holiday_too_long',
      ['years', '2024', 'holidays', 1, 'to'],
      10,
    ],
    [
      'day both holiday and workday',
      edit('[2024-02-04, 2024-02-18]', '[2024-02-04, 2024-02-11, 2024-02-18]'),
      'calendar_holiday_workday_conflict',
      ['years', '2024', 'workdays', 1],
      11,
    ],
    [
      '__proto__ key',
      edit('id: demo\n', 'id: demo\n__proto__: { polluted: true }\n'),
      'calendar_yaml_forbidden_key',
      ['__proto__'],
      2,
    ],
    [
      'constructor key',
      edit('verified: true }', 'verified: true, constructor: x }'),
      'calendar_yaml_forbidden_key',
      ['years', '2024', 'source', 'constructor'],
      7,
    ],
    [
      'workday on a weekday',
      edit('[2024-02-04, 2024-02-18]', '[2024-02-04, 2024-02-05, 2024-02-18]'),
      'calendar_workday_not_weekend',
      ['years', '2024', 'workdays', 1],
      11,
    ],
    [
      'date outside its year',
      edit('[2024-02-04, 2024-02-18]', '[2024-02-04, 2024-02-18, 2025-03-01]'),
      'calendar_date_outside_year',
      ['years', '2024', 'workdays', 2],
      11,
    ],
    [
      'workday listed twice',
      edit('[2024-02-04, 2024-02-18]', '[2024-02-04, 2024-02-04, 2024-02-18]'),
      'calendar_duplicate_day',
      ['years', '2024', 'workdays', 1],
      11,
    ],
    [
      'holidays out of order',
      edit('from: 2024-01-01, to: 2024-01-01', 'from: 2024-03-02, to: 2024-03-02'),
      'calendar_dates_out_of_order',
      ['years', '2024', 'holidays', 1, 'from'],
      10,
    ],
    [
      'overlapping holidays',
      edit('from: 2024-01-01, to: 2024-01-01', 'from: 2024-02-09, to: 2024-02-10'),
      'calendar_duplicate_day',
      ['years', '2024', 'holidays', 1, 'from'],
      10,
    ],
    ['duplicate key', edit('id: demo\n', 'id: demo\nid: other\n'), 'calendar_yaml_duplicate_key', ['id'], 2],
    [
      'missing field',
      edit('issuer: 国务院办公厅, ', ''),
      'calendar_missing_field',
      ['years', '2024', 'source', 'issuer'],
      7,
    ],
    ['bad year key', edit('  2024:', '  24:'), 'calendar_invalid_format', ['years', '24'], 6],
    ['unknown time zone', edit('Asia/Shanghai', 'Asia/Beijing'), 'calendar_bad_timezone', ['timezone'], 3],
    ['unknown weekday', edit('[saturday, sunday]', '[saturday, sundae]'), 'calendar_invalid_value', ['weekend', 1], 4],
    [
      'custom tag',
      edit('verified: true', 'verified: !js/eval true'),
      'calendar_yaml_tag_not_allowed',
      ['years', '2024', 'source', 'verified'],
      7,
    ],
  ];

  it.each(matrix.map(([name, text, code, path, line]) => ({ name, text, code, path, line })))(
    '$name → $code',
    ({ text, code, path, line }) => {
      const result = validateCalendar(text, { file: 'demo.yaml' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const issue = result.issues.find((i) => i.code === code);
      expect(issue, JSON.stringify(result.issues, null, 1)).toBeDefined();
      expect(issue?.path).toEqual(path);
      expect(issue?.line).toBe(line);
      expect(issue?.col).toBeGreaterThanOrEqual(1);
      expect(issue?.file).toBe('demo.yaml');
      expect(issue?.severity).toBe('error');
      expect(issue?.message.zh).toBeTruthy();
      expect(issue?.message.en).toBeTruthy();
      for (const i of result.issues) expect(i.code).toMatch(/^calendar_[a-z_]+$/);
    },
  );

  it('does not pollute prototypes', () => {
    validateCalendar(edit('id: demo\n', 'id: demo\n__proto__: { polluted: true }\n'));
    validateCalendar(edit('verified: true }', 'verified: true, __proto__: { polluted: true } }'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects YAML 1.1 timestamps instead of turning them into Dates silently', () => {
    const result = validateCalendar(`%YAML 1.1\n---\n${VALID}`);
    expect(result.ok).toBe(false);
  });

  it('rejects an empty calendar and non-text input without throwing', () => {
    expect(validateCalendar('').ok).toBe(false);
    expect(validateCalendar('years: {}\n').ok).toBe(false);
    const noYears = validateCalendar(`${VALID.slice(0, VALID.indexOf('years:'))}years: {}\n`);
    expect(!noYears.ok && noYears.issues.map((i) => i.code)).toEqual(['calendar_no_years']);
    const notText = validateCalendar(42 as unknown as string);
    expect(!notText.ok && notText.issues[0]?.code).toBe('calendar_not_text');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = validateCalendar(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a mutated valid file, and a mutant that passes still answers queries', () => {
    fc.assert(
      fc.property(fc.nat(VALID.length - 1), fc.nat(8), fc.string({ maxLength: 6 }), (at, cut, insert) => {
        const text = VALID.slice(0, at) + insert + VALID.slice(at + cut);
        const result = validateCalendar(text);
        if (result.ok) expect(typeof isWorkingDay(result.value, '2024-02-04')).toBe('boolean');
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('survives deep nesting and alias bombs', () => {
    expect(validateCalendar('['.repeat(5000) + ']'.repeat(5000)).ok).toBe(false);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const p = String.fromCharCode(97 + i);
        const n = String.fromCharCode(98 + i);
        return `${n}: &${n} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`;
      }),
    ].join('\n');
    expect(validateCalendar(bomb).ok).toBe(false);
  });
});

describe('validateCalendar', () => {
  it('validates plain data and never throws on exotic input', () => {
    expect(validateCalendar({ data: undefined }).ok).toBe(false);
    expect(validateCalendar({ data: null }).ok).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const result = validateCalendar({ data: hostile });
    expect(result.ok).toBe(false);
  });
});

describe('calendarFileSchema', () => {
  it('exports to JSON Schema (for editors) with strict objects and date formats', () => {
    const schema = z.toJSONSchema(calendarFileSchema) as { $defs?: Record<string, { additionalProperties?: boolean }> };
    for (const def of ['CalendarFile', 'CalendarYear', 'CalendarSource', 'CalendarHoliday']) {
      expect(schema.$defs?.[def]?.additionalProperties, def).toBe(false);
    }
    expect(JSON.stringify(schema)).toContain('"format":"date"');
  });
});
