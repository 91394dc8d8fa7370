/**
 * `safetynet-cn/json-rules-engine`: the pack's rules for a date, run by json-rules-engine itself with the exact
 * operators, fire exactly for the programmes the engine finds eligible by their rules — on generated households of
 * every bundled pack, household and member programmes alike. What the engine decides beyond a programme's own
 * rule is left out of the comparison, as the export documents: a programme set aside by precedence
 * (`precededBy`), the other programmes of a family with members assessed apart, a verdict reached by cases over
 * an open income rule, and (json-rules-engine being two-valued) an undetermined one.
 */
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { bundledPackIds, evaluate, getBundledPack, packDigest, type PolicyPack } from '../src/index.js';
import { decide, type Judgements } from '../src/engine/index.js';
import { resolvePackOn } from '../src/pack/index.js';
import { parseHousehold } from '../src/schema/index.js';
import { toJsonRulesEngine, type JsonRulesEngineExport } from '../src/interop/index.js';
import { packMemberFields, yuan } from './helpers/households.js';

const DATES = ['2022-06-01', '2023-03-01', '2023-10-01', '2025-08-01'] as const;

/** Every money figure of the pack on the test dates, and one fen either side: where a wrong figure shows. */
function figuresOf(pack: PolicyPack): string[] {
  const out = new Set<string>();
  for (const asOf of DATES) {
    for (const p of resolvePackOn(pack, asOf).parameters.values()) {
      if (!p?.unit.startsWith('CNY') || p.value === undefined) continue;
      for (const text of typeof p.value === 'string' ? [p.value] : Object.values(p.value)) {
        const fen = Math.round(Number(text) * 100);
        for (const f of [fen - 1, fen, fen + 1]) if (f >= 0) out.add(yuan(f));
      }
    }
  }
  return [...out].sort();
}

/** Incomes spread widely, near a city's standard, or exactly at a figure or one fen from it. */
const moneyOf = (figures: readonly string[]) =>
  fc.oneof(
    fc.integer({ min: 0, max: 400_000 }).map(yuan),
    fc.integer({ min: 65_000, max: 200_000 }).map(yuan),
    fc.constantFrom(...figures),
  );

const memberOf = (money: fc.Arbitrary<string>) => fc.record(packMemberFields(money));

/** Households with every fact known, in a district of the pack (so zone-keyed figures apply). */
function households(pack: PolicyPack) {
  const districts = Object.values(pack.zones).flat();
  const money = moneyOf(figuresOf(pack));
  const member = memberOf(money);
  return fc.record({
    ...(districts.length ? { district: fc.constantFrom(...districts) } : {}),
    hukou: fc.constantFrom('urban', 'rural'),
    propertyTestPassed: fc.boolean(),
    // Often one member, whose income is the income per person: exactly at a figure, or one fen from it.
    members: fc.oneof(
      fc.array(member, { minLength: 1, maxLength: 1 }),
      fc.array(member, { minLength: 1, maxLength: 4 }),
    ),
    expenditure: fc.record({ medical: money, education: money, other: money }),
    assets: fc.record({ deposits: money, housingUnits: fc.integer({ min: 0, max: 2 }), vehicles: fc.constant([]) }),
    situations: fc.subarray(['fire', 'severe-illness', 'loss-of-income'] as const),
    coverage: fc.subarray(['dibao', 'edge', 'temporary', 'special-poverty'] as const),
  });
}

/** The engine's verdicts that come from a programme's own rule alone: programme id → eligible, per member too. */
function ruleVerdicts(j: Judgements): { id: string; eligible: boolean; members?: (boolean | undefined)[] }[] {
  return (
    j.programmes
      .filter((p) => p.status !== 'undetermined' && !p.decidedByCases && !p.precededBy)
      // With members assessed apart (special poverty), only the programmes that assess them are judged on the whole family.
      .filter((p) => !j.apart.length || p.programme.def.assessedApart)
      .map((p) => ({
        id: p.programme.def.id,
        eligible: p.status === 'eligible',
        ...(p.members
          ? { members: p.members.map((m) => (m.status === 'undetermined' ? undefined : m.status === 'eligible')) }
          : {}),
      }))
  );
}

describe('toJsonRulesEngine', () => {
  for (const id of bundledPackIds) {
    const pack = getBundledPack(id);
    const exports = new Map<string, JsonRulesEngineExport>(
      DATES.map((asOf) => [asOf, toJsonRulesEngine(pack, { asOf })]),
    );

    it(`${id}: json-rules-engine fires exactly for the programmes evaluate finds eligible`, async () => {
      let compared = 0;
      await fc.assert(
        fc.asyncProperty(households(pack), fc.constantFrom(...DATES), async (h, asOf) => {
          const jre = exports.get(asOf)!;
          const run = await jre.run(h);
          for (const v of ruleVerdicts(decide(pack, parseHousehold(h), { asOf }))) {
            compared++;
            expect(run.eligible.includes(v.id), `${v.id} on ${asOf}`).toBe(v.eligible);
            v.members?.forEach((eligible, i) => {
              if (eligible !== undefined) expect(run.members[i]!.includes(v.id), `${v.id} member ${i}`).toBe(eligible);
            });
          }
        }),
        { numRuns: 120, seed: 20261126 },
      );
      expect(compared).toBeGreaterThan(500);
    });
  }

  for (const id of bundledPackIds) {
    it(`${id}: agrees at every money figure of the pack and one fen either side, in every zone and hukou`, async () => {
      const pack = getBundledPack(id);
      const districts = Object.values(pack.zones).map((list) => list[0]!);
      let compared = 0;
      for (const asOf of DATES) {
        const jre = toJsonRulesEngine(pack, { asOf });
        for (const monthly of figuresOf(pack))
          for (const district of districts.length ? districts : [undefined])
            for (const hukou of ['urban', 'rural'] as const) {
              const h = {
                ...(district ? { district } : {}),
                hukou,
                propertyTestPassed: true,
                members: [{ birthDate: '1980-01-01', labourCapacity: 'full', incomes: [{ type: 'wage', monthly }] }],
              };
              const run = await jre.run(h);
              for (const v of ruleVerdicts(decide(pack, parseHousehold(h), { asOf }))) {
                compared++;
                expect(run.eligible.includes(v.id), `${v.id} at ${monthly} in ${district}/${hukou} on ${asOf}`).toBe(
                  v.eligible,
                );
              }
            }
      }
      expect(compared).toBeGreaterThan(50);
    });
  }

  it('writes the figures of the date into the rules, one branch per zone', () => {
    const chengdu = toJsonRulesEngine(getBundledPack('chengdu'), { asOf: '2023-06-01' });
    const text = JSON.stringify(chengdu.householdRules.find((r) => r.name === 'dibao'));
    expect(text).not.toContain('param:dibao.standard');
    expect(text).toContain('{"fact":"zone","operator":"equal","value":"A"}');
    expect(text).toContain('"value":"910"');
    expect(text).toContain('"value":"860"');
    expect(chengdu.packDigest).toBe(packDigest(getBundledPack('chengdu')));
    expect(Object.keys(chengdu.operators)).toEqual(
      expect.arrayContaining(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'between']),
    );
  });

  it('lists the figures unknown on the date (Chengdu 2024) and keeps them out of the rule values', () => {
    const chengdu = toJsonRulesEngine(getBundledPack('chengdu'), { asOf: '2024-06-01' });
    expect(chengdu.unknownFigures).toContain('dibao.standard');
  });

  it('gives rules a plain json-rules-engine Engine can run with the exported operators', async () => {
    const zhongshan = toJsonRulesEngine(getBundledPack('zhongshan'), { asOf: '2022-08-03' });
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const [name, fn] of Object.entries(zhongshan.operators)) engine.addOperator(name, fn);
    for (const rule of zhongshan.householdRules) engine.addRule(rule);
    const household = {
      propertyTestPassed: true,
      members: [
        { birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '2000' }] },
        { birthDate: '1982-01-01', incomes: [{ type: 'wage', monthly: '1479.99' }] },
        { birthDate: '2010-01-01', incomes: [] },
      ],
    };
    // 3479.99 / 3 = 1159.996… < 1160: eligible, exactly (a float sum of the incomes could say otherwise).
    const { events } = await engine.run(zhongshan.facts(household).household);
    expect(events.map((e) => e.type)).toContain('dibao');
    expect(evaluate(getBundledPack('zhongshan'), household, { asOf: '2022-08-03' }).programmes[0]).toBeDefined();
    expect(
      evaluate(getBundledPack('zhongshan'), household, { asOf: '2022-08-03' }).programmes.find((p) => p.id === 'dibao')
        ?.status,
    ).toBe('eligible');
  });
});
