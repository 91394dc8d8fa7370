/**
 * One engine under every view: the warnings `screen` emits are exactly what `evaluate`'s decision implies,
 * and the fast (unexplained) and explained paths of the engine reach the same verdicts, on every bundled pack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../src/engine/index.js';
import {
  bundledPackIds,
  createScreener,
  evaluate,
  getBundledPack,
  parseHousehold,
  type Decision,
  type PolicyPack,
  type ScreenWarning,
} from '../src/index.js';
import { packMemberFields, yuan } from './helpers/households.js';

/** Incomes spread widely, and often close to a city's standard (700–2000 yuan), to reach the margins. */
const money = fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: 65_000, max: 200_000 })).map(yuan);

// Facts left out are unknown: the engine decides by cases or says what is missing, the same on every path.
const member = fc.record(packMemberFields(money), { requiredKeys: ['birthDate'] });

function households(pack: PolicyPack) {
  const districts = Object.values(pack.zones).flat();
  return fc.record(
    {
      district: districts.length ? fc.constantFrom(...districts) : fc.constant(undefined),
      hukou: fc.constantFrom('urban', 'rural'),
      propertyTestPassed: fc.boolean(),
      members: fc.array(member, { minLength: 1, maxLength: 4 }),
      expenditure: fc.record({ medical: money, education: money }),
      assets: fc.record({ deposits: money, housingUnits: fc.integer({ min: 0, max: 2 }) }),
      situations: fc.subarray(['fire', 'severe-illness', 'loss-of-income'] as const),
      coverage: fc.subarray(['dibao', 'edge', 'temporary', 'special-poverty'] as const),
    },
    { requiredKeys: ['members'] },
  );
}

const AS_OF = fc.constantFrom('2022-06-01', '2023-03-01', '2023-10-01', '2025-08-01', '2026-02-01');

/** The warnings a decision implies, derived from its programmes, actions and near-threshold tests alone. */
function impliedWarnings(d: Decision, h: ReturnType<typeof parseHousehold>): string[] {
  const coverage = new Set<string>(h.coverage ?? []);
  const benefits = h.members.map((m) => new Set<string>(m.benefits ?? []));
  const receives = (cat: string) => coverage.has(cat) || benefits.some((b) => b.has(cat));
  const out: string[] = [];
  for (const p of d.programmes) {
    if (p.members) {
      for (const m of p.members)
        if (m.status === 'eligible' && !benefits[m.index]!.has(p.category) && !coverage.has(p.category))
          out.push(`missed:${p.id}:${m.index}`);
    } else if (p.status === 'eligible' && !receives(p.category)) out.push(`missed:${p.id}`);
  }
  for (const cat of new Set([...coverage, ...benefits.flatMap((b) => [...b])])) {
    const of = d.programmes.filter((p) => p.category === cat);
    if (of.length && of.every((p) => p.status === 'ineligible' || p.status === 'not-applicable'))
      out.push(`wrong:${of[0]!.id}`);
  }
  for (const a of d.actions) if (a.kind === 'transition') out.push(`transition:${a.transition}:${a.members![0]}`);
  const strongest = d.programmes.findIndex((p) => p.status === 'eligible');
  d.programmes.forEach((p, i) => {
    if (p.members || p.status !== 'ineligible' || (strongest >= 0 && i >= strongest)) return;
    const failed = p.reasons.filter((r) => r.result === false);
    const near = (r: (typeof failed)[number]) =>
      d.nearThreshold.some(
        (n) => n.programme === p.id && n.fact === r.fact && n.parameter === r.parameter?.key && n.margin === r.margin,
      );
    if (failed.length && failed.every(near)) out.push(`edge-watch:${p.id}`);
  });
  return out.sort();
}

const key = (w: ScreenWarning) =>
  w.kind === 'missed'
    ? `missed:${w.programme}${w.member !== undefined ? `:${w.member}` : ''}`
    : w.kind === 'wrong'
      ? `wrong:${w.programme}`
      : w.kind === 'transition'
        ? `transition:${w.transition}:${w.member}`
        : `edge-watch:${w.programme}`;

describe('one engine: screen ≡ evaluate', () => {
  for (const id of bundledPackIds) {
    const pack = getBundledPack(id);
    it(`${id}: every screening warning is what the decision implies, and none is left out`, () => {
      fc.assert(
        fc.property(households(pack), AS_OF, (h, asOf) => {
          const d = evaluate(pack, h, { asOf });
          const item = createScreener(pack, { asOf }).screen('x', h);
          if ('code' in item) throw new Error(item.message);
          expect(item.category).toBe(d.category);
          expect(item.categoryCertain).toBe(d.categoryCertain);
          expect(item.warnings.map(key).sort()).toEqual(impliedWarnings(d, parseHousehold(h)));
        }),
        { numRuns: 300, seed: 20261126 },
      );
    });

    it(`${id}: the fast and the explained path reach the same verdicts, margins and near misses`, () => {
      fc.assert(
        fc.property(households(pack), AS_OF, (h, asOf) => {
          const hh = parseHousehold(h);
          const fast = decide(pack, hh, { asOf });
          const full = decide(pack, hh, { asOf, explain: true });
          const verdicts = (j: typeof fast) => ({
            statuses: j.programmes.map((p) => [p.programme.def.id, p.status, p.members?.map((m) => m.status)]),
            category: j.category,
            certain: j.categoryCertain,
            near: j.near,
            nearMisses: j.nearMisses.map((m) => [m.judgement.programme.def.id, m.failed]),
            transitions: j.transitions.map((t) => [t.rule.id, t.member]),
          });
          expect(verdicts(fast)).toEqual(verdicts(full));
        }),
        { numRuns: 300, seed: 7 },
      );
    });
  }

  it('Zhongshan, one adult earning 1160.07, margin 0.07: a near miss for both views (was a float disagreement)', () => {
    const pack = getBundledPack('zhongshan');
    const h = { members: [{ birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '1160.07' }] }] };
    const options = { asOf: '2022-06-01', overrides: { 'monitoring.nearMargin': '0.07' } };
    const d = evaluate(pack, h, options);
    expect(d.actions.some((a) => a.kind === 'key-concern-list' && a.programme === 'dibao')).toBe(true);
    const item = createScreener(pack, options).screen('one', h);
    expect('warnings' in item && item.warnings.filter((w) => w.kind === 'edge-watch').map((w) => w.margin)).toEqual([
      '-0.07',
    ]);
    // 0.08 is outside a 0.07 margin, exactly.
    const far = { members: [{ birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '1160.08' }] }] };
    expect(evaluate(pack, far, options).nearThreshold.filter((n) => n.programme === 'dibao')).toEqual([]);
  });
});
