import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { householdSchema } from '../src/index.js';
import { isValidHouseholdFast } from '../src/schema/household-fast-check.js';
import { completeHousehold } from './helpers/households.js';

// The fast check must never accept what the schema rejects, and should accept the households the schema accepts.
const zodAccepts = (x: unknown) => householdSchema.safeParse(x).success;

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  fc.constantFrom(
    '',
    'x',
    '1160',
    '-1',
    '1.234',
    '1e3',
    '2022-02-30',
    '2022-02-28',
    'urban',
    'wage',
    'dibao',
    'fire',
    'physical',
    'none',
    'full',
    '__proto__',
  ),
  fc.array(fc.constantFrom('dibao', 'edge', 'fire', 'x'), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('grade', 'kind', 'type', 'monthly', 'purpose', 'x'),
    fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('physical', 'wage', '12.5', 'daily')),
  ),
);

/** Sets a random path of a household to a random value (or adds a key). */
function mutate(h: unknown, path: number[], value: unknown, key: string): unknown {
  const copy = structuredClone(h) as Record<string, unknown>;
  let node: unknown = copy;
  for (const step of path) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (!keys.length) break;
    const k = keys[step % keys.length]!;
    const next = (node as Record<string, unknown>)[k];
    if (next === null || typeof next !== 'object') {
      (node as Record<string, unknown>)[k] = value;
      return copy;
    }
    node = next;
  }
  if (node !== null && typeof node === 'object') (node as Record<string, unknown>)[key] = value;
  return copy;
}

describe('isValidHouseholdFast', () => {
  it('accepts the generated valid households, as the schema does', () => {
    fc.assert(
      fc.property(completeHousehold, (h) => {
        expect(zodAccepts(h)).toBe(true);
        expect(isValidHouseholdFast(h)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts what the schema rejects (random damage at random places)', () => {
    fc.assert(
      fc.property(
        completeHousehold,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        junk,
        fc.constantFrom('x', 'grade', 'monthly', 'members', 'constructor', 'incomes', 'note'),
        (h, path, value, key) => {
          const damaged = mutate(h, path, value, key);
          if (isValidHouseholdFast(damaged)) expect(zodAccepts(damaged)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rejects the classic hostile inputs', () => {
    for (const bad of [
      null,
      [],
      'x',
      1,
      { members: [] },
      JSON.parse('{"members":[{}],"__proto__":{"a":1}}'),
      { members: [{ incomes: [{ type: 'wage', monthly: 'NaN' }] }] },
      { members: [{ incomes: [{ type: 'wage', monthly: Number.NaN }] }] },
      { members: [{ incomes: [{ type: 'wage', monthly: -0.5 }] }] },
      { members: [{ birthDate: '2023-02-29' }] },
      { members: [{ disability: { grade: 2.5, kind: 'physical' } }] },
      { members: [{}], assets: { housingUnits: 101 } },
    ]) {
      expect(isValidHouseholdFast(bad)).toBe(false);
    }
  });
});
