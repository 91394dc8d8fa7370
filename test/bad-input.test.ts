import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/_lib/index.js';
import { computeSla, evaluate, getBundledPack, PackError, validatePack, type PolicyPack } from '../src/index.js';
import { BAD_PACKS, resolveParent } from './helpers/bad-packs.js';

describe('bad input never crashes and always names the problem', () => {
  for (const [name, input, code] of BAD_PACKS) {
    it(name, () => {
      const r = validatePack(input, { resolveParent });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(
        r.issues.map((i) => i.code).some((c) => c.startsWith(code)),
        `codes: ${r.issues.map((i) => i.code).join(', ')}`,
      ).toBe(true);
      for (const i of r.issues) {
        expect(i.message.zh).toBeTruthy();
        expect(i.message.en).toBeTruthy();
        if ('text' in input) expect(i.file).toBe('p.yaml');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("never mutates or freezes the caller's data", () => {
    const data = {
      id: 'city',
      name: { zh: 'c', en: 'c' },
      version: '1.0.0',
      extends: 'cn',
      programmes: {
        p: {
          name: { zh: 'p', en: 'p' },
          category: 'dibao',
          rank: 1,
          eligible: { all: [{ fact: 'householdSize', operator: 'equal', value: 1 }] },
        },
      },
    };
    const before = JSON.stringify(data);
    const r = validatePack({ data }, { resolveParent });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(data)).toBe(before);
    expect(Object.isFrozen(data.programmes.p.eligible)).toBe(false);
  });
});

/** The parts of a pack copy the tests below break. */
interface EditablePack {
  programmes: Record<string, { eligible: unknown }>;
  urgency: { classes: Record<string, { when?: unknown }> };
}

/** A pack that skipped validation: a bundled pack, copied, with one rule condition broken, frozen as packs are. */
function brokenPack(edit: (pack: EditablePack) => void): PolicyPack {
  const copy = structuredClone(getBundledPack('zhongshan')) as unknown as EditablePack;
  edit(copy);
  return deepFreeze(copy) as unknown as PolicyPack;
}

function thrown(f: () => unknown): PackError {
  try {
    f();
  } catch (err) {
    if (err instanceof PackError) return err;
    throw err;
  }
  throw new Error('did not throw');
}

describe('a pack whose rules were never checked', () => {
  it('is refused by evaluate and computeSla: pack_not_validated, with each problem by code and path', () => {
    const dibao = brokenPack((p) => {
      p.programmes.dibao!.eligible = { fact: 'incomePerPreson', operator: 'lessThan', value: '1' };
    });
    const household = { members: [{ birthDate: '1980-01-01', incomes: [] }] };
    const e = thrown(() => evaluate(dibao, household, { asOf: '2024-06-01' }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['pack_not_validated', ['programmes', 'dibao', 'eligible', 'fact']],
    ]);

    const urgency = brokenPack((p) => {
      const first = Object.values(p.urgency.classes)[0]!;
      first.when = { fact: 'lifeAtRisk', operator: 'equal', value: 'yes' };
    });
    const [id] = Object.keys(urgency.urgency!.classes);
    const f = thrown(() => computeSla(urgency, { receivedAt: '2024-06-03T09:00:00+08:00' }));
    expect(f.issues.map((i) => [i.code, i.path, i.args?.problem])).toEqual([
      ['pack_not_validated', ['urgency', 'classes', id, 'when', 'value'], 'rule_type_mismatch'],
    ]);
  });
});
