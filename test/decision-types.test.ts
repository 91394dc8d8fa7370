/** The decision's types help TypeScript callers: facts typed per fact, unions for categories and actions. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ACTION_KINDS,
  CATEGORIES,
  evaluate,
  FACT_CATALOG,
  getBundledPack,
  type ActionKind,
  type Category,
  type Decision,
  type Household,
} from '../src/index.js';

describe('decision types', () => {
  const household: Household = {
    propertyTestPassed: true,
    members: [{ birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '900' }] }],
  };
  const d = evaluate(getBundledPack('zhongshan'), household, { asOf: '2022-06-01' });

  it('types each fact by its kind, and holds exactly the catalogue’s household facts', () => {
    expectTypeOf(d.facts.incomePerPerson).toEqualTypeOf<string | null>();
    expectTypeOf(d.facts.propertyTestPassed).toEqualTypeOf<boolean | null>();
    expectTypeOf(d.facts.coverage).toEqualTypeOf<readonly string[] | null>();
    // @ts-expect-error — a misspelt fact is a type error
    void d.facts.incomePerPersn;
    const names = FACT_CATALOG.filter((f) => f.scope === 'household' && f.name !== 'eligibleCategories').map(
      (f) => f.name,
    );
    expect(Object.keys(d.facts).sort()).toEqual([...names].sort());
    expect(typeof d.facts.propertyTestPassed).toBe('boolean');
    expect(d.facts.incomePerPerson).toBe('900.00');
  });

  it('categories and action kinds are unions derived from one const list', () => {
    expectTypeOf<Decision['category']>().toEqualTypeOf<Category>();
    expectTypeOf<Category>().toEqualTypeOf<(typeof CATEGORIES)[number]>();
    expectTypeOf<Decision['actions'][number]['kind']>().toEqualTypeOf<ActionKind>();
    expectTypeOf<ActionKind>().toEqualTypeOf<(typeof ACTION_KINDS)[number]>();
    expect(CATEGORIES).toContain(d.category);
  });

  it('checks a typed household at compile time, and takes raw JSON as unknown', () => {
    // @ts-expect-error — members must be an array of members
    void (() => evaluate(getBundledPack('zhongshan'), { members: 'none' } satisfies Household, { asOf: '2022-06-01' }));
    const raw: unknown = JSON.parse(JSON.stringify(household));
    expect(evaluate(getBundledPack('zhongshan'), raw, { asOf: '2022-06-01' }).category).toBe(d.category);
  });
});
