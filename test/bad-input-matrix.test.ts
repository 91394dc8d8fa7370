import { describe, expect, it } from 'vitest';
import {
  type BadInputCase,
  CASES,
  classify,
  countOutcomes,
  expectedOutcome,
  type Group,
  OUTCOMES,
} from './helpers/bad-input-matrix.js';

// Issue 12's matrix: every bad input, by input, held to its outcome — the exact error code (typed errors), the
// exit code and message (CLI), or the right result (by design). No case may crash, hang or pass silently.
const GROUPS: readonly Group[] = ['household', 'options', 'report', 'pack', 'calendar', 'CLI'];

/** What a case must produce, in words for the test name. */
function expectation(c: BadInputCase): string {
  if ('check' in c) return `by design: ${c.byDesign}`;
  if ('args' in c) return `exit ${c.exit}`;
  return c.code;
}

for (const group of GROUPS) {
  const cases = CASES.filter((c) => c.group === group);
  // CLI cases are processes: run a few at once, each with time for a slow, shared machine.
  const run = group === 'CLI' ? it.concurrent : it;
  describe(`bad ${group} input`, () => {
    for (const c of cases) {
      run(`${c.name} → ${expectation(c)}`, { timeout: 120_000 }, async () => {
        const r = await classify(c);
        expect({ outcome: r.outcome, seen: r.seen }).toMatchObject({ outcome: expectedOutcome(c) });
      });
    }
  });
}

describe('the matrix', () => {
  it('covers every group, and names each case once', () => {
    for (const group of GROUPS) expect(CASES.filter((c) => c.group === group).length).toBeGreaterThan(3);
    const names = CASES.map((c) => `${c.group}: ${c.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('expects only right outcomes', () => {
    const expected = countOutcomes(CASES.map((c) => ({ outcome: expectedOutcome(c), seen: '' })));
    expect(OUTCOMES.filter((o) => expected[o] > 0).sort()).toEqual(['by-design', 'cli-error', 'typed-error']);
  });
});
