import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  getBundledPack,
  parseReport,
  SafetynetError,
  validateHousehold,
  validatePack,
} from '../src/index.js';
import { completeHousehold } from './helpers/households.js';

// Properties of issue 12: any JSON value is answered with issues (or a SafetynetError), never a raw
// TypeError or RangeError; a decision depends on the household's data only, not on how it is held.
const SEED = 20261126;
const resolveParent = (id: string) => (id === 'cn' ? getBundledPack('cn') : undefined);

/** Runs `f`; a throw other than a SafetynetError fails the property. */
function onlyTypedErrors(f: () => unknown): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof SafetynetError)) throw err;
    expect(err.code).toMatch(/^[a-z]+(_[a-z0-9]+)+$/);
  }
}

/** JSON values, and JSON values in the places a household, report or pack has its fields. */
const json = fc.jsonValue({ maxDepth: 4 });
const member = fc.dictionary(
  fc.constantFrom('birthDate', 'incomes', 'disability', 'labourCapacity', 'relation', '__proto__', 'constructor'),
  json,
);
const householdLike = fc.oneof(
  json,
  fc.record(
    { members: fc.oneof(json, fc.array(member, { maxLength: 3 })), district: json, assets: json, hukou: json },
    { requiredKeys: [] },
  ),
);
const reportLike = fc.oneof(
  json,
  fc.record({ receivedAt: fc.oneof(json, fc.string()), channel: json, situations: json }, { requiredKeys: [] }),
);
const packLike = fc.oneof(
  json,
  fc.record(
    {
      id: json,
      name: json,
      version: json,
      extends: fc.constantFrom('cn', 'nope', 42),
      zones: json,
      parameters: fc.oneof(json, fc.dictionary(fc.constantFrom('dibao.standard', 'toString'), json)),
      programmes: json,
      timezone: fc.oneof(json, fc.constantFrom('Asia/Shanghai', 'Mars/Phobos')),
    },
    { requiredKeys: [] },
  ),
);

describe('any JSON value is answered with issues, never a raw error', () => {
  it('validatePack({ data })', () => {
    fc.assert(
      fc.property(packLike, (data) => {
        const r = validatePack({ data }, { resolveParent });
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('validateHousehold', () => {
    fc.assert(
      fc.property(householdLike, (h) => {
        const r = validateHousehold(h);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('parseReport throws only its typed error', () => {
    fc.assert(
      fc.property(reportLike, (r) => onlyTypedErrors(() => parseReport(r))),
      { numRuns: 500, seed: SEED },
    );
  });

  it('evaluate throws only typed errors, whatever the household', () => {
    const pack = getBundledPack('chengdu');
    fc.assert(
      fc.property(householdLike, (h) => onlyTypedErrors(() => evaluate(pack, h, { asOf: '2023-06-01' }))),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('a decision depends on the data only', () => {
  for (const id of ['chengdu', 'zhongshan'] as const) {
    it(`${id}: evaluate(pack, h) equals evaluate(pack, JSON.parse(JSON.stringify(h)))`, () => {
      const pack = getBundledPack(id);
      fc.assert(
        fc.property(completeHousehold, fc.constantFrom('2022-06-01', '2023-10-01', '2025-08-01'), (h, asOf) => {
          const once = evaluate(pack, h, { asOf });
          expect(evaluate(pack, JSON.parse(JSON.stringify(h)), { asOf })).toEqual(once);
        }),
        { numRuns: 150, seed: SEED },
      );
    });
  }
});
