import { isNumeric, isWithin, type Numeric } from '../money/index.js';
import type { LeafTrace, RuleValue } from '../rules/index.js';
import type { ProgrammeJudgement } from './decide.js';

/** A money test within the pack's near-threshold margin (`monitoring.nearMargin`): the basis of watch lists. */
export interface NearThreshold {
  readonly programme: string;
  /** Where the test sits in the programme's `eligible` condition. */
  readonly path: readonly (string | number)[];
  readonly fact: string;
  readonly parameter: string;
  /** The household's value and the figure, exact (money in fen). */
  readonly left: Numeric;
  readonly right: Numeric;
}

/**
 * Every money-against-figure test of an applicable household programme whose two sides lie within the
 * margin of each other, on the household's own figures. Exact: 0.07 yuan apart is within a 0.07 margin.
 */
export function findNearThresholds(
  programmes: readonly ProgrammeJudgement[],
  env: readonly RuleValue[],
  margin: RuleValue,
): NearThreshold[] {
  if (!isNumeric(margin)) return [];
  const out: NearThreshold[] = [];
  for (const p of programmes) {
    if (p.status === 'not-applicable') continue;
    for (const leaf of p.programme.thresholds) {
      const left = env[leaf.factSlot];
      const right = env[leaf.parameterSlot];
      if (!isNumeric(left) || !isNumeric(right) || !isWithin(left, right, margin)) continue;
      out.push({
        programme: p.programme.def.id,
        path: leaf.path,
        fact: leaf.fact,
        parameter: leaf.parameter,
        left,
        right,
      });
    }
  }
  return out;
}

/** A stronger programme narrowly missed, and the near tests it failed (in condition order). */
export interface NearMiss {
  readonly judgement: ProgrammeJudgement;
  readonly failed: readonly NearThreshold[];
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The stronger programmes a household narrowly misses: household programmes ranked above its strongest
 * eligible one, ineligible, where every failed test is a money test within the margin. Being near a
 * threshold one passes is not a miss, nor is failing a test of another kind (the property test).
 */
export function findNearMisses(
  programmes: readonly ProgrammeJudgement[],
  near: readonly NearThreshold[],
  strongestRank: number,
  env: readonly RuleValue[],
): NearMiss[] {
  const out: NearMiss[] = [];
  for (const p of programmes) {
    const def = p.programme.def;
    if (p.status !== 'ineligible' || p.programme.scope !== 'household' || def.rank >= strongestRank) continue;
    const mine = near.filter((n) => n.programme === def.id);
    if (!mine.length) continue;
    const trace: LeafTrace[] = [];
    p.programme.eligible.explain(env, trace);
    const failed = trace.filter((t) => t.result === false).map((t) => mine.find((n) => samePath(n.path, t.path)));
    if (failed.length && failed.every((n) => n !== undefined))
      out.push({ judgement: p, failed: failed as NearThreshold[] });
  }
  return out;
}
