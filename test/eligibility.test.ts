import { describe, expect, it } from 'vitest';
import { evaluate, InputError, type Decision } from '../src/index.js';
import { testCityPack } from './helpers/city-pack.js';

const pack = testCityPack();
const status = (d: Decision, id: string) => d.programmes.find((p) => p.id === id)?.status;

/** A household of `n` adults of working age with total wage `total` (yuan text). */
function family(total: string, n = 3, extra: Record<string, unknown> = {}) {
  return {
    propertyTestPassed: true,
    members: Array.from({ length: n }, (_, i) => ({
      birthDate: '1980-01-01',
      disability: null,
      labourCapacity: 'full',
      hasAbleSupporter: true,
      incomes: i === 0 ? [{ type: 'wage', monthly: total }] : [],
    })),
    ...extra,
  };
}

describe('dibao boundary, exact to the fen', () => {
  it('exactly at the standard is not dibao (income must be below it)', () => {
    const d = evaluate(pack, family('3480'), { asOf: '2022-06-01' });
    expect(d.facts.incomePerPerson).toBe('1160.00');
    expect(status(d, 'dibao')).toBe('ineligible');
    expect(status(d, 'edge')).toBe('eligible');
    expect(d.category).toBe('edge');
  });

  it('one fen under the standard is dibao', () => {
    // 3479.97 / 3 = 1159.99
    const d = evaluate(pack, family('3479.97'), { asOf: '2022-06-01' });
    expect(d.facts.incomePerPerson).toBe('1159.99');
    expect(status(d, 'dibao')).toBe('eligible');
    expect(d.category).toBe('dibao');
    const reason = d.programmes.find((p) => p.id === 'dibao')!.reasons[0]!;
    expect(reason.text.en).toBe('monthly income per person 1159.99 < dibao standard 1160.00 (met)');
    expect(reason.margin).toBe('0.01');
    expect(reason.parameter?.source?.title).toBe('2022 standard');
  });

  it('a total that is not a whole number of fen per person is compared exactly', () => {
    // 3479.99 / 3 = 1159.9966… < 1160, displayed as 1160.00 but still dibao
    const d = evaluate(pack, family('3479.99'), { asOf: '2022-06-01' });
    expect(d.facts.incomePerPerson).toBe('1160.00');
    expect(status(d, 'dibao')).toBe('eligible');
    // 3480.01 / 3 = 1160.0033… — not dibao
    expect(status(evaluate(pack, family('3480.01'), { asOf: '2022-06-01' }), 'dibao')).toBe('ineligible');
  });

  it('one fen over is the edge band; the edge limit is 1.5 × the standard', () => {
    const d = evaluate(pack, family('3480.03'), { asOf: '2022-06-01' });
    expect(status(d, 'dibao')).toBe('ineligible');
    expect(status(d, 'edge')).toBe('eligible');
    // at 1740.00 per person: not edge; one fen under: edge
    expect(status(evaluate(pack, family('5220'), { asOf: '2022-06-01' }), 'edge')).toBe('ineligible');
    expect(status(evaluate(pack, family('5219.97'), { asOf: '2022-06-01' }), 'edge')).toBe('eligible');
  });

  it('uses the standard in force: the day before and the day of a change', () => {
    const h = family('3600'); // 1200 per person
    expect(status(evaluate(pack, h, { asOf: '2024-12-31' }), 'dibao')).toBe('undetermined');
    expect(status(evaluate(pack, h, { asOf: '2025-01-01' }), 'dibao')).toBe('eligible');
    expect(status(evaluate(pack, h, { asOf: '2023-12-31' }), 'dibao')).toBe('ineligible');
  });

  it('an unknown period is undetermined and says why; lastKnown makes it provisional', () => {
    const d = evaluate(pack, family('3000'), { asOf: '2024-06-01' });
    expect(status(d, 'dibao')).toBe('undetermined');
    expect(d.categoryCertain).toBe(false);
    expect(d.notes.map((n) => n.code)).toContain('param_value_unknown');
    const p = evaluate(pack, family('3000'), { asOf: '2024-06-01', lastKnown: true });
    expect(status(p, 'dibao')).toBe('eligible');
    expect(p.notes.map((n) => n.code)).toContain('param_provisional');
  });

  it('flags a figure from an unverified source', () => {
    const d = evaluate(pack, family('3000'), { asOf: '2025-06-01' });
    expect(d.notes.map((n) => n.code)).toContain('figure_unverified');
    expect(d.programmes.find((p) => p.id === 'dibao')!.reasons[0]!.text.en).toContain('figure not verified');
  });

  it('a failed property test rules dibao out whatever the income', () => {
    expect(status(evaluate(pack, family('0', 3, { propertyTestPassed: false }), { asOf: '2022-06-01' }), 'dibao')).toBe(
      'ineligible',
    );
  });
});

describe('special poverty', () => {
  const alone = (birthDate: string, extra: Record<string, unknown> = {}) => ({
    propertyTestPassed: true,
    members: [{ birthDate, incomes: [], disability: null, labourCapacity: 'full', hasAbleSupporter: false, ...extra }],
  });
  const sp = (h: unknown, asOf = '2022-06-01') => status(evaluate(pack, h, { asOf }), 'special-poverty');

  it('age 59 with capacity to work is not; age 60 is', () => {
    expect(sp(alone('1962-06-02'))).toBe('ineligible'); // 59 on 2022-06-01
    expect(sp(alone('1962-06-01'))).toBe('eligible'); // 60 that day
  });

  it('age 15 is; age 16 is not', () => {
    expect(sp(alone('2006-06-02'))).toBe('eligible'); // 15
    expect(sp(alone('2006-06-01'))).toBe('ineligible'); // 16
  });

  it('physical disability grade 2 means no capacity to work; grade 3 does not; intellectual grade 3 does', () => {
    expect(sp(alone('1980-01-01', { disability: { grade: 2, kind: 'physical' }, labourCapacity: undefined }))).toBe(
      'eligible',
    );
    expect(sp(alone('1980-01-01', { disability: { grade: 3, kind: 'physical' }, labourCapacity: undefined }))).toBe(
      'ineligible',
    );
    expect(sp(alone('1980-01-01', { disability: { grade: 3, kind: 'intellectual' }, labourCapacity: undefined }))).toBe(
      'eligible',
    );
  });

  it('a supporter able to support rules it out', () => {
    expect(sp(alone('1950-01-01', { hasAbleSupporter: true }))).toBe('ineligible');
  });

  it('centralized care for a person who cannot fully care for themselves', () => {
    const d = evaluate(pack, alone('1940-01-01', { selfCare: 'none' }), { asOf: '2022-06-01' });
    expect(d.category).toBe('special-poverty');
    expect(d.actions.map((a) => a.kind)).toEqual(expect.arrayContaining(['grant', 'centralized-care']));
    expect(d.actions.find((a) => a.kind === 'centralized-care')!.members).toEqual([0]);
  });
});

describe('single-person and whole-household coverage, temporary assistance, referrals', () => {
  it('covers a severely disabled member of an edge family alone', () => {
    const h = family('3600', 3);
    (h.members[2] as Record<string, unknown>).disability = { grade: 1, kind: 'physical' };
    const d = evaluate(pack, h, { asOf: '2022-06-01' });
    expect(status(d, 'single-person')).toBe('eligible');
    expect(
      d.programmes
        .find((p) => p.id === 'single-person')!
        .members!.filter((m) => m.status === 'eligible')
        .map((m) => m.index),
    ).toEqual([2]);
  });

  it('covers the whole household when only some members receive dibao', () => {
    const h = family('3000', 3);
    (h.members[0] as Record<string, unknown>).benefits = ['dibao'];
    const d = evaluate(pack, h, { asOf: '2022-06-01' });
    expect(status(d, 'whole-household')).toBe('eligible');
    expect(
      evaluate(pack, family('3000', 3), { asOf: '2022-06-01' }).programmes.find((p) => p.id === 'whole-household')!
        .status,
    ).toBe('not-applicable');
  });

  it('the Zhongshan family: medical costs over 1000, two children in school, income just above the standard', () => {
    const h = {
      propertyTestPassed: true,
      expenditure: { medical: '1200', education: '300' },
      members: [
        {
          birthDate: '1982-04-01',
          incomes: [{ type: 'wage', monthly: '4700' }],
          disability: null,
          labourCapacity: 'full',
          hasAbleSupporter: true,
          inSchool: false,
        },
        {
          birthDate: '1984-09-01',
          incomes: [],
          disability: null,
          severeIllness: true,
          labourCapacity: 'partial',
          hasAbleSupporter: true,
          inSchool: false,
        },
        { birthDate: '2010-03-01', incomes: [], disability: null, hasAbleSupporter: true, inSchool: true },
        { birthDate: '2013-07-01', incomes: [], disability: null, hasAbleSupporter: true, inSchool: true },
      ],
    };
    const d = evaluate(pack, h, { asOf: '2022-06-01' });
    expect(d.facts.incomePerPerson).toBe('1175.00');
    expect(status(d, 'dibao')).toBe('ineligible');
    expect(status(d, 'edge')).toBe('eligible');
    expect(status(d, 'temporary-expenditure')).toBe('eligible');
    // The seriously ill spouse of an edge family, with no income of her own, is covered alone (参照单人户).
    expect(status(d, 'single-person')).toBe('eligible');
    expect(d.category).toBe('dibao');
    expect(d.outcome).toMatchObject({ programme: 'single-person', category: 'dibao', members: [1] });
    // A family on dibao or the edge list is not an expenditure-hardship family (民发〔2024〕57号).
    expect(status(d, 'expenditure-hardship')).toBe('not-applicable');
    expect(d.programmes.find((p) => p.id === 'expenditure-hardship')!.precededBy?.category).toBe('dibao');
    const kinds = d.actions.map((a) => (a.department ? `${a.kind}:${a.department.id}` : a.kind));
    expect(kinds).toEqual(
      expect.arrayContaining(['key-concern-list', 'refer:medical-assistance', 'refer:education-assistance', 'inform']),
    );
    expect(d.actions.find((a) => a.kind === 'inform')!.text.en).toContain(
      'monthly income per person 1175.00 < dibao standard 1160.00 (not met)',
    );
  });

  it('a sudden fire gives temporary assistance, assist first, approve later', () => {
    const d = evaluate(pack, family('9000', 3, { situations: ['fire'] }), { asOf: '2022-06-01' });
    expect(status(d, 'temporary-emergency')).toBe('eligible');
    expect(d.actions.map((a) => a.kind)).toContain('assist-first-approve-later');
  });
});

describe('partial information', () => {
  it('an unknown income leaves dibao undetermined and asks for it', () => {
    const h = family('1000', 2);
    delete (h.members[1] as Record<string, unknown>).incomes;
    const d = evaluate(pack, h, { asOf: '2022-06-01' });
    expect(status(d, 'dibao')).toBe('undetermined');
    expect(d.missing.map((m) => m.fact)).toContain('incomePerPerson');
  });

  it('a failed test settles a programme even when other facts are unknown', () => {
    const h = family('1000', 2, { propertyTestPassed: false });
    delete (h.members[1] as Record<string, unknown>).incomes;
    expect(status(evaluate(pack, h, { asOf: '2022-06-01' }), 'dibao')).toBe('ineligible');
  });
});

describe('input handling', () => {
  it('rejects a bad household with every problem and its path', () => {
    try {
      evaluate(
        pack,
        {
          members: [
            {
              birthDate: '1980-02-30',
              incomes: [
                { type: 'wage', monthly: '-5' },
                { type: 'salary', monthly: 'NaN' },
              ],
            },
          ],
          colour: 'red',
        },
        { asOf: '2022-06-01' },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const paths = (e as InputError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(
        expect.arrayContaining([
          'colour',
          'members.0.birthDate',
          'members.0.incomes.0.monthly',
          'members.0.incomes.1.type',
          'members.0.incomes.1.monthly',
        ]),
      );
    }
  });

  it('rejects NaN, Infinity, negative and sub-fen numbers as money', () => {
    for (const monthly of [Number.NaN, Number.POSITIVE_INFINITY, -1, 0.001]) {
      expect(() =>
        evaluate(pack, { members: [{ incomes: [{ type: 'wage', monthly }] }] }, { asOf: '2022-06-01' }),
      ).toThrow(InputError);
    }
  });

  it('rejects a malformed asOf', () => {
    expect(() => evaluate(pack, family('1'), { asOf: '2022/06/01' })).toThrow(InputError);
  });

  it('is JSON-serialisable and never mutates its input', () => {
    const h = family('3000');
    const before = JSON.stringify(h);
    const d = evaluate(pack, h, { asOf: '2022-06-01' });
    expect(JSON.stringify(h)).toBe(before);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('hostile household input', () => {
  it('rejects prototype keys, cycles and functions without crashing or polluting', () => {
    const proto = JSON.parse('{"members":[{"incomes":[]}],"__proto__":{"polluted":true}}');
    expect(() => evaluate(pack, proto, { asOf: '2022-06-01' })).toThrow(InputError);
    const ctor = JSON.parse('{"members":[{"incomes":[],"constructor":{"prototype":{"polluted":true}}}]}');
    expect(() => evaluate(pack, ctor, { asOf: '2022-06-01' })).toThrow(InputError);
    const cyclic: Record<string, unknown> = { members: [] };
    (cyclic.members as unknown[]).push(cyclic);
    expect(() => evaluate(pack, cyclic, { asOf: '2022-06-01' })).toThrow(InputError);
    expect(() => evaluate(pack, { members: [{ incomes: () => 1 }] }, { asOf: '2022-06-01' })).toThrow(InputError);
    for (const bad of [null, undefined, 42, 'household', [], { members: [] }])
      expect(() => evaluate(pack, bad, { asOf: '2022-06-01' })).toThrow(InputError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('relatively difficult (disabled in cn until a city sets its income limit)', () => {
  it('is left out in cn and applies in a city that enables it with a figure', async () => {
    const { getBundledPack, validatePack } = await import('../src/index.js');
    const cn = getBundledPack('cn');
    const { id: _id, definedIn: _definedIn, ...def } = cn.programmes['relatively-difficult']!;
    expect(def.enabled).toBe(false);
    const r = validatePack(
      {
        data: {
          id: 'city-rd',
          name: { zh: '市', en: 'City' },
          version: '1.0.0',
          extends: 'test-city',
          sources: { rd: { title: 'local rule', issuer: 'city', date: '2022', verified: false } },
          parameters: {
            'relativelyDifficult.incomeLimit': {
              unit: 'CNY/person/month',
              values: [{ from: '2022-01-01', value: '2320', source: 'rd' }],
            },
          },
          programmes: { 'relatively-difficult': { ...def, enabled: true } },
        },
      },
      { resolveParent: (id) => (id === 'test-city' ? pack : id === 'cn' ? cn : undefined) },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ill = {
      propertyTestPassed: true,
      members: [
        {
          birthDate: '1980-01-01',
          disability: null,
          labourCapacity: 'full',
          hasAbleSupporter: true,
          severeIllness: true,
          incomes: [{ type: 'wage', monthly: '2000' }],
        },
      ],
    };
    const d = evaluate(r.value, ill, { asOf: '2022-06-01' });
    expect(d.category).toBe('relatively-difficult');
    expect(d.actions.map((a) => a.kind)).toContain('key-concern-list');
    expect(evaluate(pack, ill, { asOf: '2022-06-01' }).programmes.map((p) => p.id)).not.toContain(
      'relatively-difficult',
    );
  });
});
