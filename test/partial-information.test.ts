import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHousehold } from '../src/index.js';
import { compilePack, judgeInEnv, prepareEnvironments } from '../src/engine/index.js';
import { resolvePackOn } from '../src/pack/index.js';
import type { RuleValue } from '../src/rules/index.js';
import { testCityPack } from './helpers/city-pack.js';
import { completeHousehold } from './helpers/households.js';

const pack = testCityPack();
const compiled = compilePack(pack);
const AS_OF = '2023-06-01';
const householdProgrammes = compiled.programmes.filter((p) => p.scope !== 'member');
const symbols = compiled.symbols.household;
const factSlots = [...symbols].filter(([name]) => !name.startsWith('param:') && name !== 'eligibleCategories');

/** A pool of complete environments to draw values from. */
const pool = fc
  .sample(completeHousehold, { numRuns: 400, seed: 42 })
  .map((h) => prepareEnvironments(resolvePackOn(pack, AS_OF), compiled, parseHousehold(h)).household);

const fill = (env: readonly RuleValue[], from: readonly RuleValue[], facts: readonly string[]) => {
  const out = env.slice();
  for (const f of facts) out[symbols.get(f)!.slot] = from[symbols.get(f)!.slot];
  return out;
};

describe('partial information: the missing facts', () => {
  it('supplying every listed fact settles the programme; leaving out any one of them can leave it unsettled', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        completeHousehold,
        fc.array(fc.nat({ max: factSlots.length - 1 }), { minLength: 1, maxLength: 6 }),
        (h, blanks) => {
          const complete = prepareEnvironments(resolvePackOn(pack, AS_OF), compiled, parseHousehold(h)).household;
          const partial = complete.slice();
          for (const i of blanks) partial[factSlots[i]![1].slot] = undefined;
          for (const prog of householdProgrammes) {
            const j = judgeInEnv(prog, partial, true);
            if (j.status !== 'undetermined') continue;
            checked++;
            const missing = [...j.missing];
            expect(missing.length).toBeGreaterThan(0);
            expect(missing.every((f) => !f.startsWith('param:'))).toBe(true);
            // Sufficient: with the listed facts known (whatever their values), the programme is decided.
            const knows = (source: readonly RuleValue[]) =>
              missing.every((f) => source[symbols.get(f)!.slot] !== undefined);
            for (const source of [complete, ...pool.slice(0, 25)].filter(knows)) {
              expect(
                judgeInEnv(prog, fill(partial, source, missing), true).status,
                `${prog.def.id} missing ${missing.join(',')}`,
              ).not.toBe('undetermined');
            }
            // Minimal: for each listed fact there are values of the others that still leave it undetermined.
            for (const f of missing) {
              const others = missing.filter((x) => x !== f);
              const stillOpen = [complete, ...pool].some(
                (source) => judgeInEnv(prog, fill(partial, source, others), true).status === 'undetermined',
              );
              expect(stillOpen, `${prog.def.id}: ${f} is listed but never needed (missing ${missing.join(',')})`).toBe(
                true,
              );
            }
          }
        },
      ),
      { numRuns: 400, seed: 7 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('lists the facts most programmes need first', async () => {
    const { evaluate } = await import('../src/index.js');
    const d = evaluate(
      pack,
      { members: [{ birthDate: '1980-01-01' }, { birthDate: '1982-01-01', incomes: [] }] },
      { asOf: AS_OF },
    );
    const counts = d.missing.map((m) => m.programmes.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(d.missing[0]!.label.zh.length).toBeGreaterThan(0);
  });
});

describe('partial information: what to ask', () => {
  it('names the household fields behind each missing fact', async () => {
    const { evaluate } = await import('../src/index.js');
    const d = evaluate(
      pack,
      {
        members: [
          { birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '900' }] },
          { birthDate: '1982-01-01' },
        ],
      },
      { asOf: AS_OF },
    );
    const income = d.missing.find((m) => m.fact === 'incomePerPerson')!;
    expect(income.inputs).toEqual(['members[1].incomes']);
    expect(d.missing.find((m) => m.fact === 'propertyTestPassed')!.inputs).toEqual(['propertyTestPassed']);
  });
});
