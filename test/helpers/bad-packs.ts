// Bad packs, each with the issue code it must be refused with: test/bad-input.test.ts checks every issue's
// wording and file, test/helpers/bad-input-matrix.ts counts them with the rest of the bad inputs.
import { getBundledPack, type PackInput } from '../../src/index.js';

export const resolveParent = (id: string) => (id === 'cn' ? getBundledPack('cn') : undefined);
const head = 'id: city\nname: { zh: 城市, en: City }\nversion: 1.0.0\nextends: cn\n';
const src = 'sources:\n  s: { title: t, issuer: i, date: "2022", verified: true }\n';
const std = (values: string) =>
  `${head}${src}parameters:\n  dibao.standard:\n    unit: CNY/person/month\n    values:\n${values}`;

/** [case, input, the code one of its issues has]. */
export const BAD_PACKS: [string, PackInput, string][] = [
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
  [
    'infinite money',
    { text: std('      - { from: 2022-01-01, value: .inf, source: s }\n'), file: 'p.yaml' },
    'pack_wrong_type',
  ],
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
    'yaml_alias_limit',
  ],
];
