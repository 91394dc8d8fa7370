import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseHousehold } from '../src/index.js';
import { compilePack, envToFacts, prepareEnvironments } from '../src/engine/index.js';
import { resolvePackOn } from '../src/pack/index.js';
import { createReferenceEngine } from '../src/interop/reference-engine.js';
import { testCityPack } from './helpers/city-pack.js';
import { completeHousehold } from './helpers/households.js';

const pack = testCityPack();
const compiled = compilePack(pack);
const asOf = fc.constantFrom('2022-06-01', '2023-12-31', '2025-03-01');

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

describe('evaluate: properties over generated households', () => {
  it('compiled programmes agree with json-rules-engine on every programme (complete households)', async () => {
    // One reference engine per scope, holding every programme's eligibility rule.
    const refs = {
      household: createReferenceEngine(
        compiled.programmes
          .filter((p) => p.scope !== 'member')
          .map((p) => ({ name: p.def.id, condition: p.def.eligible as never })),
        { symbols: compiled.symbols.household },
      ),
      member: createReferenceEngine(
        compiled.programmes
          .filter((p) => p.scope === 'member')
          .map((p) => ({ name: p.def.id, condition: p.def.eligible as never })),
        { symbols: compiled.symbols.member },
      ),
    };
    await fc.assert(
      fc.asyncProperty(completeHousehold, asOf, async (h, day) => {
        const envs = prepareEnvironments(resolvePackOn(pack, day), compiled, parseHousehold(h));
        const fired = await refs.household.run(envToFacts(compiled.symbols.household, envs.household));
        for (const p of compiled.programmes.filter((x) => x.scope !== 'member')) {
          // A programme that does not apply may leave facts of its own test unknown (no rise through work).
          if (p.when?.test(envs.household) === false) continue;
          const mine = p.eligible.test(envs.household);
          expect(mine, p.def.id).not.toBeUndefined();
          expect(mine, p.def.id).toBe(fired.has(p.def.id));
        }
        for (const env of envs.members) {
          const firedM = await refs.member.run(envToFacts(compiled.symbols.member, env));
          for (const p of compiled.programmes.filter((x) => x.scope === 'member')) {
            const mine = p.eligible.test(env);
            expect(mine, p.def.id).not.toBeUndefined();
            expect(mine, p.def.id).toBe(firedM.has(p.def.id));
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a complete household never yields an undetermined programme when the figures are known', () => {
    fc.assert(
      fc.property(completeHousehold, asOf, (h, day) => {
        const d = evaluate(pack, h, { asOf: day });
        expect(d.programmes.filter((p) => p.status === 'undetermined').map((p) => p.id)).toEqual([]);
        expect(d.missing).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic and never mutates (even frozen) input', () => {
    fc.assert(
      fc.property(completeHousehold, asOf, (h, day) => {
        const before = JSON.stringify(h);
        const a = evaluate(pack, deepFreeze(h), { asOf: day });
        const b = evaluate(pack, h, { asOf: day });
        expect(b).toEqual(a);
        expect(JSON.stringify(h)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('raising any income never turns a household that is not eligible for dibao eligible', () => {
    fc.assert(
      fc.property(
        completeHousehold,
        asOf,
        fc.nat({ max: 9 }),
        fc.integer({ min: 1, max: 500_000 }),
        (h, day, who, raiseFen) => {
          const before = evaluate(pack, h, { asOf: day }).programmes.find((p) => p.id === 'dibao')!.status;
          const member = h.members[who % h.members.length]!;
          const raised = {
            ...h,
            members: h.members.map((m) =>
              m === member
                ? { ...m, incomes: [...m.incomes, { type: 'wage' as const, monthly: (raiseFen / 100).toFixed(2) }] }
                : m,
            ),
          };
          const after = evaluate(pack, raised, { asOf: day }).programmes.find((p) => p.id === 'dibao')!.status;
          if (before !== 'eligible') expect(after).not.toBe('eligible');
        },
      ),
      { numRuns: 500 },
    );
  });
});
