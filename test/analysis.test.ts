import { describe, expect, it } from 'vitest';
import { getBundledPack, InputError, validatePack, type Issue, type PolicyPack } from '../src/index.js';
import {
  analyzePack,
  ANALYSIS_CODES,
  buildBoxSet,
  decideBoxSet,
  decideCondition,
  intersectBoxSets,
  isIntervalEmpty,
  listChangeDates,
  pickInInterval,
  pickWitness,
  type AnalysisExample,
} from '../src/analysis/index.js';
import { buildSymbolTable } from '../src/pack/rule-vocabulary.js';

const BASE = `id: analysis-test
name: { zh: 分析测试, en: Analysis test }
version: 1.0.0
extends: cn
sources:
  s: { title: test figures, issuer: test, date: "2022", verified: true }
parameters:
  dibao.standard:
    unit: CNY/person/month
    values:
      - { from: 2022-01-01, value: "1000", source: s }
      - { from: 2023-01-01, value: "1100", source: s }
`;

/** A pack over the national baseline, built in memory; `more` is appended YAML (sections at top level). */
function packWith(more: string, base = BASE): PolicyPack {
  const r = validatePack(
    { text: base + more, file: 'analysis-test.yaml' },
    { resolveParent: () => getBundledPack('cn') },
  );
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path.join('.')}: ${i.message.en}`).join('\n'));
  return r.value;
}

const about = (issues: readonly Issue[], id: string): Issue[] =>
  issues.filter((i) => (i.args?.id ?? '') === id || (i.args?.ids as string[] | undefined)?.includes(id));
const codesOf = (issues: readonly Issue[]): string[] => issues.map((i) => i.code);

describe('interval reasoning: conditions that can never be true', () => {
  const member = buildSymbolTable(getBundledPack('cn').parameters, 'member');
  const household = buildSymbolTable(getBundledPack('cn').parameters, 'household');
  const age = (operator: string, value: unknown) => ({ fact: 'age', operator, value });

  it('age >= 60 and age < 16 is empty; age >= 60 or age < 16 is not', () => {
    expect(decideCondition({ all: [age('greaterThanInclusive', 60), age('lessThan', 16)] }, member)).toBe('empty');
    expect(decideCondition({ any: [age('greaterThanInclusive', 60), age('lessThan', 16)] }, member)).toBe('nonEmpty');
  });

  it('pushes not down: not(any) is all of the negations, not(all) is any', () => {
    // not (age < 60 or age >= 16)  =  age >= 60 and age < 16
    expect(decideCondition({ not: { any: [age('lessThan', 60), age('greaterThanInclusive', 16)] } }, member)).toBe(
      'empty',
    );
    // not (age >= 60 and age < 16)  =  age < 60 or age >= 16: always possible
    expect(decideCondition({ not: { all: [age('greaterThanInclusive', 60), age('lessThan', 16)] } }, member)).toBe(
      'nonEmpty',
    );
    // Double negation, and equal <-> notEqual.
    expect(decideCondition({ all: [{ not: { not: age('equal', 30) } }, { not: age('equal', 30) }] }, member)).toBe(
      'empty',
    );
    // not between = outside the range.
    expect(decideCondition({ all: [{ not: age('between', [10, 20]) }, age('between', [12, 15])] }, member)).toBe(
      'empty',
    );
    // in <-> notIn over a closed list of values: hukou is urban or rural.
    const hukou = {
      not: {
        any: [
          { fact: 'hukou', operator: 'equal', value: 'urban' },
          { fact: 'hukou', operator: 'in', value: ['rural'] },
        ],
      },
    };
    expect(decideCondition(hukou, household)).toBe('empty');
    // contains <-> doesNotContain.
    const fire = { fact: 'situations', operator: 'contains', value: 'fire' };
    expect(decideCondition({ all: [fire, { not: fire }] }, household)).toBe('empty');
    expect(decideCondition({ all: [fire, { not: { ...fire, value: 'accident' } }] }, household)).toBe('nonEmpty');
  });

  it('uses the domain: ages and counts are whole numbers from 0, money is exact', () => {
    expect(decideCondition({ all: [age('greaterThan', 59), age('lessThan', 60)] }, member)).toBe('empty');
    expect(decideCondition(age('lessThan', 0), member)).toBe('empty');
    expect(
      decideCondition({ all: [age('greaterThanInclusive', '59.5'), age('lessThanInclusive', '59.9')] }, member),
    ).toBe('empty');
    // 1159.99 < income < 1160 has room for fractions of a fen (income per person is a fraction).
    const income = (operator: string, value: string) => ({ fact: 'incomePerPerson', operator, value });
    const narrow = buildBoxSet({ all: [income('greaterThan', '1159.99'), income('lessThan', '1160')] }, household);
    expect(decideBoxSet(narrow)).toBe('nonEmpty');
    expect(pickWitness(narrow.boxes[0]!)?.get('incomePerPerson')).toEqual({ n: 231_999, d: 2 });
    expect(
      decideCondition(
        {
          all: [
            income('greaterThanInclusive', '1160'),
            income('lessThanInclusive', '1160'),
            income('notEqual', '1160.00'),
          ],
        },
        household,
      ),
    ).toBe('empty');
  });

  it('is exact far beyond float precision', () => {
    const iv = {
      domain: { integer: false },
      low: { value: { n: 9_007_199_254_740_991, d: 3 }, open: true },
      high: { value: { n: 9_007_199_254_740_990, d: 3 }, open: false },
      excluded: [],
    };
    expect(isIntervalEmpty(iv)).toBe(true);
    const iv2 = { ...iv, high: { value: { n: 9_007_199_254_740_991, d: 3 }, open: false } };
    expect(isIntervalEmpty(iv2)).toBe(true); // low is open at the same point
    expect(pickInInterval({ ...iv2, low: { value: { n: 9_007_199_254_740_989, d: 3 }, open: true } })).toEqual({
      n: 9_007_199_254_740_991,
      d: 3,
    });
  });

  it('parameters: a value on a date, or a symbolic bound', () => {
    const cond = {
      all: [
        { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } },
        { fact: 'incomePerPerson', operator: 'greaterThanInclusive', value: { fact: 'param:edge.incomeLimit' } },
      ],
    };
    expect(decideCondition(cond, household)).toBe('unknown'); // two unknown figures: cannot tell
    const values = new Map([
      ['param:dibao.standard', 100_000],
      ['param:edge.incomeLimit', 150_000],
    ]);
    expect(decideCondition(cond, household, { parameterValue: (n) => values.get(n) })).toBe('empty');
    // The same figure on both sides is decided without its value.
    const same = { all: [cond.all[0], { ...cond.all[1], value: { fact: 'param:dibao.standard' } }] };
    expect(decideCondition(same, household)).toBe('empty');
  });

  it('comparisons of two facts: contradictions between a pair are found, the rest is unknown', () => {
    const cmp = (fact: string, operator: string, other: string) => ({ fact, operator, value: { fact: other } });
    const two = cmp('incomeTotal', 'greaterThan', 'rigidExpenditure');
    expect(decideCondition(two, household)).toBe('unknown');
    expect(decideCondition({ all: [two, { not: two }] }, household)).toBe('empty'); // a leaf and its negation
    expect(
      decideCondition({ all: [two, cmp('rigidExpenditure', 'greaterThanInclusive', 'incomeTotal')] }, household),
    ).toBe('empty');
    expect(
      decideCondition({ all: [two, cmp('rigidExpenditure', 'lessThanInclusive', 'incomeTotal')] }, household),
    ).toBe('unknown');
    // With the intervals: income > expenditure cannot hold when income ≤ 100 and expenditure ≥ 100.
    const bounded = [
      { fact: 'incomeTotal', operator: 'lessThanInclusive', value: 100 },
      { fact: 'rigidExpenditure', operator: 'greaterThanInclusive', value: 100 },
    ];
    expect(decideCondition({ all: [two, ...bounded] }, household)).toBe('empty');
    // A cycle of three facts is beyond pairwise reasoning: unknown, left to sampling.
    const cycle = {
      all: [
        two,
        cmp('rigidExpenditure', 'greaterThan', 'medicalExpenditure'),
        cmp('medicalExpenditure', 'greaterThan', 'incomeTotal'),
      ],
    };
    expect(decideCondition(cycle, household)).toBe('unknown');
    expect(decideCondition(cmp('incomeTotal', 'lessThan', 'incomeTotal'), household)).toBe('empty');
  });

  it('beyond the cap on boxes the answer is unknown, never a guess; an impossible conjunct still decides', () => {
    const either = (i: number) => ({
      any: [
        { fact: 'incomeTotal', operator: 'greaterThan', value: i },
        { fact: 'rigidExpenditure', operator: 'greaterThan', value: i },
      ],
    });
    const wide = { all: Array.from({ length: 7 }, (_, i) => either(i)) }; // 2^7 = 128 combinations
    expect(decideCondition(wide, household)).toBe('nonEmpty');
    expect(decideBoxSet(buildBoxSet(wide, household, { maxBoxes: 16 }))).toBe('unknown');
    const impossible = { all: [...wide.all, { fact: 'membersUnder16', operator: 'lessThan', value: 0 }] };
    expect(decideBoxSet(buildBoxSet(impossible, household, { maxBoxes: 16 }))).toBe('empty');
  });

  it('intersects two conditions (both true for one case)', () => {
    const a = buildBoxSet({ fact: 'lifeAtRisk', operator: 'equal', value: true }, buildSymbolTable({}, 'report'));
    const b = buildBoxSet({ fact: 'lifeAtRisk', operator: 'notEqual', value: true }, buildSymbolTable({}, 'report'));
    expect(decideBoxSet(intersectBoxSets(a, a))).toBe('nonEmpty');
    expect(decideBoxSet(intersectBoxSets(a, b))).toBe('empty');
  });
});

describe('analyzePack: conditions that can never be true', () => {
  const pack = packWith(`  edge.incomeLimit:
    unit: CNY/person/month
    values:
      - { from: 2022-01-01, value: "1500", source: s }
      - { from: 2023-01-01, value: "900", source: s }
programmes:
  impossible-age:
    name: { zh: 年龄矛盾, en: impossible age }
    subject: member
    category: temporary
    rank: 60
    eligible:
      all:
        - { fact: age, operator: greaterThanInclusive, value: 60 }
        - { fact: age, operator: lessThan, value: 16 }
  impossible-not:
    name: { zh: 否定矛盾, en: impossible not }
    subject: member
    category: temporary
    rank: 61
    eligible: { not: { any: [ { fact: age, operator: lessThan, value: 60 }, { fact: age, operator: greaterThanInclusive, value: 16 } ] } }
  possible-not:
    name: { zh: 否定可满足, en: possible not }
    category: temporary
    rank: 62
    eligible: { not: { any: [ { fact: hukou, operator: equal, value: urban }, { fact: propertyTestPassed, operator: equal, value: false } ] } }
  no-hukou:
    name: { zh: 无户籍, en: no hukou }
    category: temporary
    rank: 63
    eligible: { not: { any: [ { fact: hukou, operator: equal, value: urban }, { fact: hukou, operator: in, value: [rural] } ] } }
  when-contradicts:
    name: { zh: 适用条件矛盾, en: when contradicts }
    subject: member
    category: temporary
    rank: 64
    when: { all: [ { fact: age, operator: greaterThanInclusive, value: 60 } ] }
    eligible: { all: [ { fact: age, operator: lessThan, value: 16 } ] }
  gap:
    name: { zh: 缺口, en: gap }
    category: temporary
    rank: 65
    eligible:
      all:
        - { fact: incomePerPerson, operator: lessThan, value: { fact: "param:dibao.standard" } }
        - { fact: incomePerPerson, operator: greaterThanInclusive, value: { fact: "param:edge.incomeLimit" } }
  paradox:
    name: { zh: 悖论, en: paradox }
    category: temporary
    rank: 66
    eligible:
      all:
        - { fact: incomeTotal, operator: greaterThan, value: { fact: rigidExpenditure } }
        - { fact: rigidExpenditure, operator: greaterThan, value: { fact: incomeTotal } }
  cycle:
    name: { zh: 循环, en: cycle }
    category: temporary
    rank: 68
    eligible:
      all:
        - { fact: incomeTotal, operator: greaterThan, value: { fact: rigidExpenditure } }
        - { fact: rigidExpenditure, operator: greaterThan, value: { fact: medicalExpenditure } }
        - { fact: medicalExpenditure, operator: greaterThan, value: { fact: incomeTotal } }
  plausible:
    name: { zh: 可能, en: plausible }
    category: temporary
    rank: 67
    eligible:
      all:
        - { fact: rigidExpenditure, operator: greaterThan, value: { fact: incomeTotal } }
        - { fact: incomeTotal, operator: greaterThan, value: "500" }
`);
  const issues = analyzePack(pack);

  it('age >= 60 and age < 16 (member programme): rule_never_true whatever the figures', () => {
    const found = about(issues, 'impossible-age');
    expect(codesOf(found)).toEqual(['rule_never_true']);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      path: ['programmes', 'impossible-age', 'eligible'],
      args: { target: 'programme', always: true },
    });
    expect(found[0]!.message.zh).toMatch(/不可能成立/);
    expect(found[0]!.message.en).toMatch(/can never be true/);
  });

  it('not { any: [...] }: found when the negations contradict, silent when they do not', () => {
    expect(codesOf(about(issues, 'impossible-not'))).toEqual(['rule_never_true']);
    expect(codesOf(about(issues, 'no-hukou'))).toEqual(['rule_never_true']);
    expect(about(issues, 'possible-not')).toEqual([]);
  });

  it("a programme's when and eligible are taken together", () => {
    expect(about(issues, 'when-contradicts')).toMatchObject([
      { code: 'rule_never_true', path: ['programmes', 'when-contradicts', 'eligible'] },
    ]);
  });

  it('income < dibao.standard and >= edge.incomeLimit: never true on the dates the limit is above the standard', () => {
    const found = about(issues, 'gap');
    expect(codesOf(found)).toEqual(['rule_never_true']);
    const args = found[0]!.args as { always: boolean; everywhere: boolean; contexts: { asOf: string }[] };
    expect(args.always).toBe(false);
    expect(args.everywhere).toBe(false);
    expect(args.contexts).toEqual([{ asOf: '2022-01-01' }]); // 1500 > 1000; from 2023 the limit 900 is below 1100
    expect(found[0]!.message.en).toContain('2022-01-01');

    const on2022 = about(analyzePack(pack, { asOf: '2022-06-01' }), 'gap');
    expect(on2022).toMatchObject([
      { code: 'rule_never_true', args: { everywhere: true, contexts: [{ asOf: '2022-06-01' }] } },
    ]);
    expect(about(analyzePack(pack, { asOf: '2023-06-01' }), 'gap')).toEqual([]);
  });

  it('finds the same problem in the national edge programme when the limit falls below the standard', () => {
    const edge = about(issues, 'edge');
    expect(edge).toMatchObject([{ code: 'rule_never_true', path: ['programmes', 'edge', 'eligible'] }]);
    expect((edge[0]!.args as { contexts: { asOf: string }[] }).contexts.map((c) => c.asOf)).toContain('2023-01-01');
  });

  it('two facts compared both ways: certain', () => {
    expect(about(issues, 'paradox')).toMatchObject([{ code: 'rule_never_true', args: { always: true } }]);
  });

  it('what intervals cannot decide is sampled: rule_never_true_sampled, worded as not certain', () => {
    const found = about(issues, 'cycle');
    expect(codesOf(found)).toEqual(['rule_never_true_sampled']);
    expect(found[0]!.args).toMatchObject({ samples: 2000 });
    expect(found[0]!.message.en).toMatch(/no sampled household satisfied it/);
    expect(found[0]!.message.en).toMatch(/not certain/);
    expect(about(issues, 'plausible')).toEqual([]); // sampling found a household
    // Without sampling nothing uncertain is claimed.
    expect(about(analyzePack(pack, { samples: 0 }), 'cycle')).toEqual([]);
  });

  it('urgency classes, tiers and referrals are checked too, each at the path of its condition', () => {
    const p = packWith(`urgency:
  classes:
    nobody:
      name: { zh: 无人, en: nobody }
      priority: 0
      when: { all: [ { fact: peopleAffected, operator: lessThan, value: 0 } ] }
difficulty:
  tiers:
    never:
      name: { zh: 从不, en: never }
      rank: 5
      when: { all: [ { fact: membersUnder16, operator: between, value: [3, 5] }, { fact: membersUnder16, operator: greaterThan, value: 5 } ] }
referrals:
  impossible:
    name: { zh: 不可能, en: impossible }
    department: { zh: 某部门, en: some bureau }
    when: { all: [ { fact: hasSevereIllness, operator: equal, value: true }, { fact: hasSevereIllness, operator: notEqual, value: true } ] }
`);
    const found = analyzePack(p).filter((i) => i.code === 'rule_never_true' && i.args?.always === true);
    expect(found.map((i) => i.path)).toEqual([
      ['urgency', 'classes', 'nobody', 'when'],
      ['difficulty', 'tiers', 'never', 'when'],
      ['referrals', 'impossible', 'when'],
    ]);
    expect(found.map((i) => i.args?.target)).toEqual(['urgency-class', 'tier', 'referral']);
  });

  it('every finding is a bilingual warning with a known code', () => {
    for (const i of issues) {
      expect(ANALYSIS_CODES).toContain(i.code);
      expect(i.severity).toBe('warning');
      expect(i.message.zh.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe('analyzePack: ties that policy does not decide', () => {
  const pack = packWith(`programmes:
  local-dibao:
    name: { zh: 本地低保, en: local dibao }
    category: edge
    rank: 10
    eligible: { all: [ { fact: incomePerPerson, operator: lessThan, value: "1200" } ] }
  elderly-top-up:
    name: { zh: 老年补贴, en: elderly top-up }
    subject: member
    category: elderly-disability-subsidy
    rank: 50
    eligible: { all: [ { fact: age, operator: greaterThanInclusive, value: 60 } ] }
  child-care:
    name: { zh: 儿童照料, en: child care }
    subject: member
    category: temporary
    rank: 50
    eligible: { all: [ { fact: age, operator: lessThan, value: 16 } ] }
urgency:
  classes:
    fire:
      name: { zh: 火灾, en: fire }
      priority: 0
      when: { any: [ { fact: situations, operator: contains, value: fire } ] }
    danger:
      name: { zh: 危险, en: danger }
      priority: 0
      when: { all: [ { fact: lifeAtRisk, operator: equal, value: true } ] }
    many:
      name: { zh: 多人, en: many people }
      priority: 1
      when: { fact: peopleAffected, operator: greaterThanInclusive, value: 10 }
    few:
      name: { zh: 少数人, en: few people }
      priority: 1
      when: { all: [ { fact: peopleAffected, operator: lessThan, value: 10 }, { not: { fact: lifeAtRisk, operator: equal, value: false } } ] }
    ordinary:
      name: { zh: 一般, en: ordinary }
      priority: 2
difficulty:
  tiers:
    general:
      name: { zh: 一般困难, en: general difficulty }
      rank: 1
      when: { all: [ { fact: eligibleCategories, operator: contains, value: dibao } ] }
    watch:
      name: { zh: 观察, en: watch }
      rank: 1
      when: { all: [ { fact: hasSevereIllness, operator: equal, value: true } ] }
`);
  const issues = analyzePack(pack);

  it('two urgency classes of equal priority that one report can meet: reported with an example', () => {
    const found = issues.filter((i) => i.code === 'urgency_overlap_same_priority');
    expect(found).toHaveLength(1);
    const issue = found[0]!;
    expect(issue.args).toMatchObject({ ids: ['danger', 'fire'], priority: 0, always: true, foundBy: 'intervals' });
    expect(issue.path).toEqual(['urgency', 'classes', 'fire', 'when']);
    const example = issue.args!.example as AnalysisExample;
    expect(example.facts).toEqual({ lifeAtRisk: true, situations: ['fire'] });
    expect(issue.message.en).toContain('lifeAtRisk = true');
  });

  it('equal priority but disjoint conditions: not reported', () => {
    expect(about(issues, 'many')).toEqual([]);
    expect(about(issues, 'few')).toEqual([]);
  });

  it('a catch-all class ties with every class of its priority', () => {
    const p = packWith(`urgency:
  classes:
    urgent:
      name: { zh: 紧急, en: urgent }
      priority: 0
      when: { all: [ { fact: basicNeedsUnmet, operator: equal, value: true } ] }
    anything:
      name: { zh: 兜底, en: anything }
      priority: 0
`);
    expect(analyzePack(p).filter((i) => i.code === 'urgency_overlap_same_priority')).toMatchObject([
      {
        path: ['urgency', 'classes', 'urgent', 'when'],
        args: { ids: ['anything', 'urgent'], example: { facts: { basicNeedsUnmet: true } } },
      },
    ]);
  });

  it('programmes of equal rank: a household with an elderly member and a child is eligible for both member programmes', () => {
    const found = issues.filter((i) => i.code === 'programme_overlap_same_rank' && i.args?.rank === 50);
    expect(found).toHaveLength(1);
    expect(found[0]!.args).toMatchObject({
      ids: ['child-care', 'elderly-top-up'],
      categories: ['temporary', 'elderly-disability-subsidy'],
    });
    const example = found[0]!.args!.example as AnalysisExample;
    expect(example.members).toHaveLength(2);
    const ages = example.members!.map((m) => Number(m.age)).sort((a, b) => a - b);
    expect(ages[0]).toBeLessThan(16);
    expect(ages[1]).toBeGreaterThanOrEqual(60);
  });

  it('programmes of equal rank depending on figures: found with the date of the figures', () => {
    const found = issues.filter((i) => i.code === 'programme_overlap_same_rank' && i.args?.rank === 10);
    expect(found).toHaveLength(1);
    expect(found[0]!.args).toMatchObject({
      ids: ['dibao', 'local-dibao'],
      always: false,
      foundBy: 'intervals',
      categories: ['dibao', 'edge'],
    });
    const example = found[0]!.args!.example as AnalysisExample;
    expect(example.asOf).toMatch(/^2022|^2023|^2024/);
    expect(Object.keys(example.parameters)).toEqual(['dibao.standard']);
    expect(Number(example.facts.incomePerPerson)).toBeLessThan(Number(example.parameters['dibao.standard']));
    expect(found[0]!.message.en).toMatch(/category is then dibao/);
  });

  it('difficulty tiers of equal rank', () => {
    const found = issues.filter((i) => i.code === 'tier_overlap_same_rank');
    expect(found).toHaveLength(1);
    expect(found[0]!.args).toMatchObject({ rank: 1 });
    expect((found[0]!.args!.ids as string[]).slice().sort()).toEqual(['general', 'watch']);
  });
});

describe('analyzePack: options and determinism', () => {
  const pack = packWith(`programmes:
  cycle:
    name: { zh: 循环, en: cycle }
    category: temporary
    rank: 68
    eligible:
      all:
        - { fact: incomeTotal, operator: greaterThan, value: { fact: rigidExpenditure } }
        - { fact: rigidExpenditure, operator: greaterThan, value: { fact: medicalExpenditure } }
        - { fact: medicalExpenditure, operator: greaterThan, value: { fact: incomeTotal } }
  income-above:
    name: { zh: 收入高于支出, en: income above }
    category: temporary
    rank: 69
    eligible: { all: [ { fact: incomeTotal, operator: greaterThan, value: { fact: rigidExpenditure } } ] }
  spending-above:
    name: { zh: 支出高于医疗, en: spending above }
    category: edge
    rank: 69
    eligible: { all: [ { fact: rigidExpenditure, operator: greaterThan, value: { fact: medicalExpenditure } } ] }
`);

  it('a tie intervals cannot decide is confirmed by sampling, with the sample as example', () => {
    const found = analyzePack(pack).filter((i) => i.code === 'programme_overlap_same_rank');
    expect(found).toMatchObject([{ args: { ids: ['income-above', 'spending-above'], foundBy: 'sampling' } }]);
    const { facts } = found[0]!.args!.example as AnalysisExample;
    expect(Number(facts.incomeTotal)).toBeGreaterThan(Number(facts.rigidExpenditure));
    expect(Number(facts.rigidExpenditure)).toBeGreaterThan(Number(facts.medicalExpenditure));
    expect(found[0]!.message.en).toMatch(/found by sampling/);
  });

  it('the same seed gives the same findings', () => {
    expect(analyzePack(pack, { seed: 7 })).toEqual(analyzePack(pack, { seed: 7 }));
    expect(analyzePack(pack, { samples: 50 })).toEqual(analyzePack(pack, { samples: 50 }));
  });

  it('rejects bad options', () => {
    expect(() => analyzePack(pack, { asOf: '2024-13' })).toThrow(InputError);
    expect(() => analyzePack(getBundledPack('chengdu'), { zones: ['C'] })).toThrow(
      expect.objectContaining({ code: 'analysis_unknown_zone' }),
    );
    expect(() => analyzePack(pack, { samples: -1 })).toThrow(expect.objectContaining({ code: 'analysis_bad_option' }));
    expect(() => analyzePack(pack, { samples: 1.5 })).toThrow(expect.objectContaining({ code: 'analysis_bad_option' }));
    expect(() => analyzePack(pack, { maxBoxes: 0 })).toThrow(expect.objectContaining({ code: 'analysis_bad_option' }));
  });

  it('analyses every zone of a pack with zones, and only those asked for', () => {
    const zoned = packWith(
      `zones:
  A: [north]
  B: [south]
parameters:
  dibao.standard:
    unit: CNY/person/month
    values:
      - { from: 2022-01-01, value: { A: "1000", B: "800" }, source: s }
programmes:
  band:
    name: { zh: 区间, en: band }
    category: temporary
    rank: 70
    eligible:
      all:
        - { fact: incomePerPerson, operator: lessThan, value: { fact: "param:dibao.standard" } }
        - { fact: incomePerPerson, operator: greaterThanInclusive, value: "900" }
`,
      BASE.split('parameters:')[0]!,
    );
    const found = about(analyzePack(zoned, { asOf: '2022-06-01' }), 'band');
    expect(found).toMatchObject([
      { code: 'rule_never_true', args: { everywhere: false, contexts: [{ asOf: '2022-06-01', zone: 'B' }] } },
    ]);
    expect(about(analyzePack(zoned, { asOf: '2022-06-01', zones: ['A'] }), 'band')).toEqual([]);
  });
});

describe('analyzePack: the bundled packs', () => {
  const ids = ['cn', 'zhongshan', 'chengdu', 'chongqing-yongchuan', 'qingyang'] as const;
  // What the analysis finds in each bundled pack (code and path). A change here is a finding to judge:
  // a real problem in a pack, or a false alarm of the analysis.
  const expected: Record<(typeof ids)[number], string[]> = {
    cn: [],
    zhongshan: [],
    chengdu: [],
    'chongqing-yongchuan': [],
    qingyang: [],
  };

  it('finds what it found before, the same on every run, in well under a second for all of them', () => {
    const packs = ids.map((id) => getBundledPack(id));
    const started = performance.now();
    const first = packs.map((p) => analyzePack(p));
    const elapsed = performance.now() - started;
    const second = packs.map((p) => analyzePack(p));
    expect(second).toEqual(first);
    ids.forEach((id, n) => {
      expect(
        first[n]!.map((i) => `${i.code} ${i.path.join('.')}`),
        id,
      ).toEqual(expected[id]);
    });
    expect(elapsed).toBeLessThan(1000);
  });

  it('analyses each date a figure changes', () => {
    expect(listChangeDates(getBundledPack('chengdu'))).toEqual(
      expect.arrayContaining(['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']),
    );
  });
});
