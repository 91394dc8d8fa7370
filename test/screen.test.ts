import { describe, expect, it } from 'vitest';
import { createScreener, getBundledPack, screen } from '../src/index.js';
import { testCityPack } from './helpers/city-pack.js';

const pack = testCityPack();
const person = (monthly: string, extra: Record<string, unknown> = {}) => ({
  birthDate: '1980-01-01',
  disability: null,
  labourCapacity: 'full',
  hasAbleSupporter: true,
  severeIllness: false,
  incomes: [{ type: 'wage', monthly }],
  ...extra,
});

describe('screen', () => {
  const population = [
    { id: 'missed-dibao', household: { propertyTestPassed: true, members: [person('900')] } },
    {
      id: 'covered-dibao',
      household: { propertyTestPassed: true, coverage: ['dibao'], members: [person('900', { benefits: ['dibao'] })] },
    },
    {
      id: 'wrong-dibao',
      household: { propertyTestPassed: true, coverage: ['dibao'], members: [person('3000', { benefits: ['dibao'] })] },
    },
    { id: 'near-dibao', household: { propertyTestPassed: true, coverage: ['edge'], members: [person('1180')] } },
    { id: 'fine', household: { propertyTestPassed: true, members: [person('8000')] } },
    { id: 'invalid', household: { members: [person('-5')] } },
  ];
  const r = screen(pack, population, { asOf: '2022-06-01' });
  const byId = new Map(r.items.map((i) => [i.id, i]));
  const kinds = (id: string) => byId.get(id)?.warnings.map((w) => `${w.kind}:${w.category ?? w.transition}`) ?? [];

  it('warns about missed assistance: eligible, not received', () => {
    expect(kinds('missed-dibao')).toContain('missed:dibao');
    expect(kinds('covered-dibao')).not.toContain('missed:dibao');
  });

  it('warns about wrong assistance: received, no longer eligible', () => {
    expect(kinds('wrong-dibao')).toContain('wrong:dibao');
  });

  it('watches households just over a stronger programme’s threshold', () => {
    const w = byId.get('near-dibao')!.warnings.find((x) => x.kind === 'edge-watch')!;
    expect(w).toMatchObject({ programme: 'dibao', margin: '-20.00' });
  });

  it('lists invalid households as errors and counts everything', () => {
    expect(r.errors.map((e) => e.id)).toEqual(['invalid']);
    expect(r.summary.households).toBe(6);
    expect(r.summary.errors).toBe(1);
    expect(byId.has('fine')).toBe(false);
    expect(r.summary.warnings.missed).toBeGreaterThanOrEqual(1);
    expect(r.summary.categories.dibao).toBe(2);
  });

  it('matches evaluate on the category of every household', async () => {
    const { evaluate } = await import('../src/index.js');
    const s = createScreener(pack, { asOf: '2022-06-01' });
    for (const rec of population.slice(0, 5)) {
      const item = s.screen(rec.id, rec.household);
      expect('category' in item && item.category).toBe(evaluate(pack, rec.household, { asOf: '2022-06-01' }).category);
    }
  });

  it('finds Yongchuan’s transition: a disabled dibao recipient aged 60 without the elderly-disability subsidy', () => {
    const yc = getBundledPack('chongqing-yongchuan');
    const old = {
      birthDate: '1963-01-01',
      disability: { grade: 3, kind: 'physical' },
      hasAbleSupporter: true,
      incomes: [],
      benefits: ['dibao'],
    };
    const res = screen(
      yc,
      [
        {
          id: 'turned-60',
          household: { hukou: 'urban', propertyTestPassed: true, coverage: ['dibao'], members: [old] },
        },
        {
          id: 'has-subsidy',
          household: {
            hukou: 'urban',
            propertyTestPassed: true,
            coverage: ['dibao'],
            members: [{ ...old, benefits: ['dibao', 'elderly-disability-subsidy'] }],
          },
        },
        {
          id: 'aged-59',
          household: {
            hukou: 'urban',
            propertyTestPassed: true,
            coverage: ['dibao'],
            members: [{ ...old, birthDate: '1964-01-02' }],
          },
        },
      ],
      { asOf: '2024-01-01' },
    );
    const transitions = res.items.flatMap((i) =>
      i.warnings.filter((w) => w.kind === 'transition').map((w) => `${i.id}:${w.transition}:${w.member}`),
    );
    expect(transitions).toEqual(['turned-60:elderly-disability-subsidy:0']);
  });
});

describe('screen and evaluate agree with unknown keys', () => {
  it('decides by cases when the district is missing, like evaluate', async () => {
    const { evaluate } = await import('../src/index.js');
    const cd = getBundledPack('chengdu');
    const s = createScreener(cd, { asOf: '2023-06-01' });
    for (const monthly of ['800', '880', '2000']) {
      const h = { propertyTestPassed: true, members: [person(monthly)] };
      const item = s.screen(monthly, h);
      const d = evaluate(cd, h, { asOf: '2023-06-01' });
      expect('category' in item && [item.category, item.categoryCertain]).toEqual([d.category, d.categoryCertain]);
    }
  });
});
