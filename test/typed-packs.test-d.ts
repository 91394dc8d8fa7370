/**
 * Typed packs (checked by `tsc` in `npm run typecheck`, and by vitest's expectTypeOf): the bundled packs carry
 * their names, so a misspelt parameter is a type error and programme ids are a union, while packs without
 * names (loaded from disk) keep accepting any string.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  evaluate,
  getBundledPack,
  packs,
  resolveParameter,
  type Decision,
  type PackNames,
  type PolicyPack,
  type ProgrammeResult,
} from '../src/index.js';
import { loadPack } from '../src/node/index.js';

const household = { members: [{ birthDate: '1980-01-01', incomes: [] }] };

describe('typed packs', () => {
  it('rejects an override of a parameter the bundled pack lacks', () => {
    evaluate(packs.chengdu, household, { asOf: '2023-06-01', overrides: { 'dibao.standard': '1200' } });
    // @ts-expect-error — a misspelt parameter key is a type error
    evaluate(packs.chengdu, household, { asOf: '2023-06-01', overrides: { 'dibao.standrd': '1200' } });
    // @ts-expect-error — and so is one the pack does not have
    resolveParameter(packs.zhongshan, 'dibao.standrd', '2022-06-01');
    resolveParameter(packs.zhongshan, 'dibao.standard', '2022-06-01');
  });

  it('gives decision.programmes ids as a union of the pack’s programme ids', () => {
    const d = evaluate(packs.chengdu, household, { asOf: '2023-06-01' });
    type Id = (typeof d.programmes)[number]['id'];
    expectTypeOf<'dibao'>().toExtend<Id>();
    expectTypeOf<'single-person'>().toExtend<Id>();
    expectTypeOf<'no-such-programme'>().not.toExtend<Id>();
    expectTypeOf<Id>().not.toEqualTypeOf<string>();
    // @ts-expect-error — not a Chengdu programme
    d.programmes.filter((p) => p.id === 'no-such-programme');
    // @ts-expect-error — not a fact
    d.facts.incomPerPerson;
    expectTypeOf(packs.chengdu.zones).toHaveProperty('A');
    // @ts-expect-error — Chengdu has zones A and B only
    packs.chengdu.zones.C;
    expectTypeOf(getBundledPack('qingyang')).toEqualTypeOf(packs.qingyang);
  });

  it('keeps untyped packs working: any name, any override', () => {
    const pack: PolicyPack = loadPack('policies/chengdu');
    const d = evaluate(pack, household, { asOf: '2023-06-01', overrides: { 'anything.at.all': '1' } });
    expectTypeOf(d).toEqualTypeOf<Decision>();
    expectTypeOf(d.programmes[0]!.id).toEqualTypeOf<string>();
    resolveParameter(pack, 'whatever', '2023-06-01');
    expectTypeOf(getBundledPack('some-id-only-known-at-run-time' as string)).toEqualTypeOf<PolicyPack>();
  });

  it('lets a typed pack be used wherever a pack is, and a decision wherever a decision is', () => {
    const wide: PolicyPack = packs.chengdu;
    const d: Decision = evaluate(packs.chengdu, household, { asOf: '2023-06-01' });
    const r: ProgrammeResult = d.programmes[0]!;
    expectTypeOf(wide).toEqualTypeOf<PolicyPack<PackNames>>();
    expectTypeOf(r.id).toEqualTypeOf<string>();
  });

  it('types a pack loaded from disk with the names `safetynet types` writes', () => {
    interface CityNames {
      readonly programmes: 'dibao' | 'edge';
      readonly parameters: 'dibao.standard';
      readonly zones: never;
      readonly facts: 'incomePerPerson';
    }
    const city = loadPack('policies/zhongshan') as PolicyPack<CityNames>;
    evaluate(city, household, { asOf: '2022-06-01', overrides: { 'dibao.standard': '1' } });
    // @ts-expect-error — not one of its parameters
    evaluate(city, household, { asOf: '2022-06-01', overrides: { 'edge.incomeLimit': '1' } });
  });
});
