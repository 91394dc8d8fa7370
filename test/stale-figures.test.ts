import { describe, expect, it } from 'vitest';
import { evaluate, getBundledPack } from '../src/index.js';

const chengdu = getBundledPack('chengdu');
/** One adult in Chengdu's centre earning 1000 a month: dibao under the 2026 standard (1120). */
const householdOn = (asOf: string) => ({
  district: 'wuhou',
  propertyTestPassed: true,
  members: [
    // 46 on asOf: an adult of working age on any date, 9999-12-31 included.
    {
      birthDate: `${Number(asOf.slice(0, 4)) - 46}-01-01`,
      disability: null,
      severeIllness: false,
      incomes: [{ type: 'wage', monthly: '1000' }],
    },
  ],
});
const household = householdOn('2027-06-01');
const standardOf = (asOf: string) => {
  const d = evaluate(chengdu, householdOn(asOf), { asOf });
  const dibao = d.programmes.find((p) => p.id === 'dibao')!;
  const reason = dibao.reasons.find((r) => r.parameter?.key === 'dibao.standard')!;
  return { d, parameter: reason.parameter!, stale: d.notes.filter((n) => n.code === 'param_stale') };
};

describe('a yearly figure used in a later year says so (issue 12, item 10)', () => {
  it.each(['2027-06-01', '9999-12-31'])('at %s the 2026 standard is used, with a note', (asOf) => {
    const { d, parameter, stale } = standardOf(asOf);
    expect(d.category).toBe('dibao');
    expect(parameter).toMatchObject({ value: '1120', from: '2026-01-01', status: 'known', staleFor: asOf.slice(0, 4) });
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ code: 'param_stale', parameter: 'dibao.standard' });
    // The note names the figure in force, since when, and the year whose notice the pack lacks.
    for (const text of [stale[0]!.text.en, stale[0]!.text.zh]) {
      expect(text).toContain('1120');
      expect(text).toContain('2026-01-01');
      expect(text).toContain(asOf.slice(0, 4));
    }
  });

  it.each(['2026-01-01', '2026-06-01', '2026-12-31'])('no note at %s, when the year has its figure', (asOf) => {
    const { parameter, stale } = standardOf(asOf);
    expect(parameter.staleFor).toBeUndefined();
    expect(stale).toEqual([]);
  });

  it('a what-if value is not stale', () => {
    const d = evaluate(chengdu, household, { asOf: '2027-06-01', overrides: { 'dibao.standard': '1200' } });
    expect(d.notes.map((n) => n.code)).not.toContain('param_stale');
  });

  it('an unknown year is not stale either: it is unknown, or provisional with lastKnown', () => {
    const unknown = evaluate(chengdu, household, { asOf: '2024-06-01' });
    expect(unknown.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['param_value_unknown']));
    expect(unknown.notes.map((n) => n.code)).not.toContain('param_stale');
    const provisional = evaluate(chengdu, household, { asOf: '2024-06-01', lastKnown: true });
    expect(provisional.notes.map((n) => n.code)).toContain('param_provisional');
    expect(provisional.notes.map((n) => n.code)).not.toContain('param_stale');
  });
});
