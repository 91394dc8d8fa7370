/**
 * `evaluate` in one language and `evaluateCompact` are the same decision as `evaluate` in both languages:
 * the one-language decision is the bilingual one with every text cut to that language; the compact decision
 * is the bilingual one without texts and reasons, and stays small.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOf } from '../src/decision/index.js';
import { bundledPackIds, evaluate, evaluateCompact, getBundledPack, InputError } from '../src/index.js';
import { completeHousehold } from './helpers/households.js';

/** Every bilingual text `{ zh, en }` cut to one language. */
function cut(value: unknown, lang: 'zh' | 'en'): unknown {
  if (Array.isArray(value)) return value.map((v) => cut(v, lang));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && keys[0] === 'zh' && keys[1] === 'en')
    return { [lang]: (value as Record<string, string>)[lang] };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v, lang)]));
}

const cases = fc.record({
  pack: fc.constantFrom(...bundledPackIds),
  asOf: fc.constantFrom('2022-06-01', '2023-06-01', '2025-08-01', '2026-02-01'),
  household: completeHousehold,
  unknowns: fc.subarray(['expenditure', 'assets', 'propertyTestPassed', 'hukou'] as const),
});

type Case = typeof cases extends fc.Arbitrary<infer T> ? T : never;

function input({ pack, household, unknowns }: Case) {
  const districts = Object.values(getBundledPack(pack).zones).flat();
  const h: Record<string, unknown> = { ...household, ...(districts.length ? { district: districts[0] } : {}) };
  for (const k of unknowns) delete h[k];
  return h;
}

describe('evaluate in one language', () => {
  it('is the bilingual decision with every text in that language only', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom('zh' as const, 'en' as const), (c, lang) => {
        const pack = getBundledPack(c.pack);
        const both = evaluate(pack, input(c), { asOf: c.asOf });
        const one = evaluate(pack, input(c), { asOf: c.asOf, lang });
        expect(JSON.stringify(one)).toBe(
          JSON.stringify({ ...(cut(both, lang) as object), options: { ...both.options, lang } }),
        );
      }),
      { seed: 20261126, numRuns: 150 },
    );
  });

  it('is typed by its language, and records it', () => {
    const pack = getBundledPack('chengdu');
    const h = {
      district: 'wenjiang',
      members: [{ birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '700' }] }],
    };
    const en = evaluate(pack, h, { asOf: '2023-06-01', lang: 'en' });
    const text: string = en.programmes[0]!.reasons[0]!.text.en;
    expect(text).toMatch(/\(met\)|\(not met\)|\(unknown\)/);
    expect(en.options.lang).toBe('en');
    expect(evaluate(pack, h, { asOf: '2023-06-01', lang: 'both' })).toEqual(evaluate(pack, h, { asOf: '2023-06-01' }));
  });

  it('refuses a language it does not have', () => {
    const pack = getBundledPack('chengdu');
    const h = { members: [{ birthDate: '1980-01-01' }] };
    expect(() => evaluate(pack, h, { asOf: '2023-06-01', lang: 'fr' as never })).toThrow(InputError);
    try {
      evaluate(pack, h, { asOf: '2023-06-01', lang: 'EN' as never });
    } catch (e) {
      expect((e as InputError).code).toBe('decision_bad_lang');
    }
  });
});

describe('evaluateCompact', () => {
  it('keeps the verdicts, actions, missing facts, margins and provenance of the explained decision', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const pack = getBundledPack(c.pack);
        expect(evaluateCompact(pack, input(c), { asOf: c.asOf })).toEqual(
          compactOf(evaluate(pack, input(c), { asOf: c.asOf })),
        );
      }),
      { seed: 20261127, numRuns: 150 },
    );
  });

  it('is at most 3 KB of JSON for households of up to six members (about 1.5 KB on average)', () => {
    let largest = 0;
    let total = 0;
    const runs = 300;
    fc.assert(
      fc.property(cases, (c) => {
        const size = JSON.stringify(evaluateCompact(getBundledPack(c.pack), input(c), { asOf: c.asOf })).length;
        largest = Math.max(largest, size);
        total += size;
      }),
      { seed: 20261128, numRuns: runs },
    );
    expect(largest).toBeLessThanOrEqual(3 * 1024);
    expect(total / runs).toBeLessThan(2048);
  });
});
