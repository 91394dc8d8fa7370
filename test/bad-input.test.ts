import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/_lib/index.js';
import {
  computeSla,
  evaluate,
  getBundledPack,
  PackError,
  validatePack,
  type PackInput,
  type PolicyPack,
} from '../src/index.js';

const resolveParent = (id: string) => (id === 'cn' ? getBundledPack('cn') : undefined);
const head = 'id: city\nname: { zh: 城市, en: City }\nversion: 1.0.0\nextends: cn\n';
const src = 'sources:\n  s: { title: t, issuer: i, date: "2022", verified: true }\n';
const std = (values: string) =>
  `${head}${src}parameters:\n  dibao.standard:\n    unit: CNY/person/month\n    values:\n${values}`;

const cases: [string, PackInput, string][] = [
  ['malformed YAML', { text: 'id: [unclosed\nname: {', file: 'p.yaml' }, 'yaml_syntax'],
  ['a tab-indented mess', { text: 'id: a\n\tname: b', file: 'p.yaml' }, 'yaml_syntax'],
  ['duplicate YAML key', { text: `${head}id: again\n`, file: 'p.yaml' }, 'yaml_duplicate_key'],
  [
    'a custom YAML tag',
    { text: `${head}jurisdiction: !!js/function "function () {}"\n`, file: 'p.yaml' },
    'yaml_tag_not_allowed',
  ],
  ['unknown key', { text: `${head}colour: red\n`, file: 'p.yaml' }, 'pack_unknown_key'],
  [
    'unknown key in a parameter',
    { text: std('      - { from: 2022-01-01, value: "1", source: s, amount: 2 }\n'), file: 'p.yaml' },
    'pack_unknown_key',
  ],
  [
    'duplicate dates',
    {
      text: std(
        '      - { from: 2022-01-01, value: "1", source: s }\n      - { from: 2022-01-01, value: "2", source: s }\n',
      ),
      file: 'p.yaml',
    },
    'param_duplicate_date',
  ],
  [
    'out-of-order dates',
    {
      text: std(
        '      - { from: 2023-01-01, value: "1", source: s }\n      - { from: 2022-01-01, value: "2", source: s }\n',
      ),
      file: 'p.yaml',
    },
    'param_dates_out_of_order',
  ],
  [
    'negative money',
    { text: std('      - { from: 2022-01-01, value: "-870", source: s }\n'), file: 'p.yaml' },
    'pack_invalid_format',
  ],
  [
    'NaN money',
    { text: std('      - { from: 2022-01-01, value: .nan, source: s }\n'), file: 'p.yaml' },
    'pack_wrong_type',
  ],
  ['infinite money', { text: std('      - { from: 2022-01-01, value: .inf, source: s }\n'), file: 'p.yaml' }, 'pack_'],
  [
    'money in thousandths',
    { text: std('      - { from: 2022-01-01, value: "870.001", source: s }\n'), file: 'p.yaml' },
    'param_money_precision',
  ],
  [
    'an impossible date',
    { text: std('      - { from: 2022-02-30, value: "870", source: s }\n'), file: 'p.yaml' },
    'date_not_real',
  ],
  ['__proto__ key in YAML', { text: `${head}__proto__: { polluted: true }\n`, file: 'p.yaml' }, 'yaml_forbidden_key'],
  [
    'constructor key in data',
    {
      data: JSON.parse(
        '{"id":"x","name":{"zh":"x","en":"x"},"version":"1.0.0","constructor":{"prototype":{"polluted":true}}}',
      ),
    },
    'pack_forbidden_key',
  ],
  [
    '__proto__ key in data',
    { data: JSON.parse('{"id":"x","name":{"zh":"x","en":"x"},"version":"1.0.0","__proto__":{"polluted":true}}') },
    'pack_forbidden_key',
  ],
  [
    'deep nesting in YAML',
    { text: `${head}x: ${'['.repeat(200)}${']'.repeat(200)}\n`, file: 'p.yaml' },
    'yaml_too_deep',
  ],
  ['deep nesting in data', { data: JSON.parse(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`) }, 'pack_too_deep'],
  [
    'deep nesting in a rule',
    {
      text: `${head}programmes:\n  p:\n    name: { zh: p, en: p }\n    category: dibao\n    rank: 1\n    eligible: ${'{ not: '.repeat(40)}{ fact: householdSize, operator: equal, value: 1 }${' }'.repeat(40)}\n`,
      file: 'p.yaml',
    },
    'rule_too_deep',
  ],
  [
    'unknown operator',
    {
      text: `${head}programmes:\n  p:\n    name: { zh: p, en: p }\n    category: dibao\n    rank: 1\n    eligible: { all: [ { fact: householdSize, operator: biggerThan, value: 1 } ] }\n`,
      file: 'p.yaml',
    },
    'rule_unknown_operator',
  ],
  [
    'unknown fact',
    {
      text: `${head}programmes:\n  p:\n    name: { zh: p, en: p }\n    category: dibao\n    rank: 1\n    eligible: { all: [ { fact: salary, operator: lessThan, value: 1 } ] }\n`,
      file: 'p.yaml',
    },
    'rule_unknown_fact',
  ],
  [
    'a jsonpath in a rule',
    {
      text: `${head}programmes:\n  p:\n    name: { zh: p, en: p }\n    category: dibao\n    rank: 1\n    eligible: { all: [ { fact: householdSize, path: "$..x", operator: equal, value: 1 } ] }\n`,
      file: 'p.yaml',
    },
    'rule_path_not_supported',
  ],
  [
    'circular extends',
    { text: 'id: loop\nname: { zh: l, en: l }\nversion: 1.0.0\nextends: loop\n', file: 'p.yaml' },
    'pack_extends_cycle',
  ],
  ['a non-object document', { text: '- just\n- a list\n', file: 'p.yaml' }, 'pack_wrong_type'],
  ['an empty file', { text: '', file: 'p.yaml' }, 'pack_wrong_type'],
  [
    'a huge number of aliases',
    {
      text: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      file: 'p.yaml',
    },
    'yaml',
  ],
];

describe('bad input never crashes and always names the problem', () => {
  for (const [name, input, code] of cases) {
    it(name, () => {
      const r = validatePack(input, { resolveParent });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(
        r.issues.map((i) => i.code).some((c) => c.startsWith(code)),
        `codes: ${r.issues.map((i) => i.code).join(', ')}`,
      ).toBe(true);
      for (const i of r.issues) {
        expect(i.message.zh).toBeTruthy();
        expect(i.message.en).toBeTruthy();
        if ('text' in input) expect(i.file).toBe('p.yaml');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("never mutates or freezes the caller's data", () => {
    const data = {
      id: 'city',
      name: { zh: 'c', en: 'c' },
      version: '1.0.0',
      extends: 'cn',
      programmes: {
        p: {
          name: { zh: 'p', en: 'p' },
          category: 'dibao',
          rank: 1,
          eligible: { all: [{ fact: 'householdSize', operator: 'equal', value: 1 }] },
        },
      },
    };
    const before = JSON.stringify(data);
    const r = validatePack({ data }, { resolveParent });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(data)).toBe(before);
    expect(Object.isFrozen(data.programmes.p.eligible)).toBe(false);
  });
});

/** The parts of a pack copy the tests below break. */
interface EditablePack {
  programmes: Record<string, { eligible: unknown }>;
  urgency: { classes: Record<string, { when?: unknown }> };
}

/** A pack that skipped validation: a bundled pack, copied, with one rule condition broken, frozen as packs are. */
function brokenPack(edit: (pack: EditablePack) => void): PolicyPack {
  const copy = structuredClone(getBundledPack('zhongshan')) as unknown as EditablePack;
  edit(copy);
  return deepFreeze(copy) as unknown as PolicyPack;
}

function thrown(f: () => unknown): PackError {
  try {
    f();
  } catch (err) {
    if (err instanceof PackError) return err;
    throw err;
  }
  throw new Error('did not throw');
}

describe('a pack whose rules were never checked', () => {
  it('is refused by evaluate and computeSla: pack_not_validated, with each problem by code and path', () => {
    const dibao = brokenPack((p) => {
      p.programmes.dibao!.eligible = { fact: 'incomePerPreson', operator: 'lessThan', value: '1' };
    });
    const household = { members: [{ birthDate: '1980-01-01', incomes: [] }] };
    const e = thrown(() => evaluate(dibao, household, { asOf: '2024-06-01' }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['pack_not_validated', ['programmes', 'dibao', 'eligible', 'fact']],
    ]);

    const urgency = brokenPack((p) => {
      const first = Object.values(p.urgency.classes)[0]!;
      first.when = { fact: 'lifeAtRisk', operator: 'equal', value: 'yes' };
    });
    const [id] = Object.keys(urgency.urgency!.classes);
    const f = thrown(() => computeSla(urgency, { receivedAt: '2024-06-03T09:00:00+08:00' }));
    expect(f.issues.map((i) => [i.code, i.path, i.args?.problem])).toEqual([
      ['pack_not_validated', ['urgency', 'classes', id, 'when', 'value'], 'rule_type_mismatch'],
    ]);
  });
});
