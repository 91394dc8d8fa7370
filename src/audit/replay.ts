import { evaluate } from '../decision/index.js';
import type { Decision, DecisionLanguage } from '../decision/index.js';
import type { PackNames, PolicyPack } from '../pack/index.js';
import { canonicalJson } from '../_lib/index.js';
import { packDigest } from '../pack/index.js';

/** One way a stored decision differs from the same decision made again. */
export interface ReplayDifference {
  /** `category`, `programmes.<id>`, `facts.<name>`, `parameters.<key>`, `packDigest`, `packVersion`, `sdkVersion`, `actions`. */
  readonly field: string;
  readonly stored: unknown;
  readonly now: unknown;
}

/** Whether a stored decision still reproduces, and if not, what changed. */
export interface ReplayResult<L extends DecisionLanguage = 'both'> {
  readonly reproduces: boolean;
  /** True when the pack content is byte-for-byte what the decision was made with. */
  readonly samePack: boolean;
  readonly differences: readonly ReplayDifference[];
  /** The decision made now with the same household, date and options. */
  readonly decision: Decision<PackNames, L>;
}

/**
 * Re-makes a stored decision with the same household, date and options, and says whether it reproduces:
 * the same pack digest, parameter values used, facts, programme statuses, category and actions. When it
 * does not, the differences name the parameter or rule that changed.
 *
 * @example
 * const r = replay(storedDecision, packs.zhongshan, storedHousehold);
 * r.reproduces; // false
 * r.differences; // [{ field: 'parameters.dibao.standard', stored: '1160', now: '1160.01' }, …]
 */
export function replay<L extends DecisionLanguage = 'both'>(
  stored: Decision<PackNames, L>,
  pack: PolicyPack,
  household: unknown,
): ReplayResult<L> {
  // The same options, languages included (a decision records them when they are not both).
  const now = evaluate(pack, household, { asOf: stored.asOf, ...stored.options }) as Decision<
    PackNames,
    DecisionLanguage
  >;
  const differences: ReplayDifference[] = [];
  const add = (field: string, a: unknown, b: unknown) => {
    if (canonicalJson(a) !== canonicalJson(b)) differences.push({ field, stored: a, now: b });
  };
  add('packId', stored.packId, now.packId);
  add('packVersion', stored.packVersion, now.packVersion);
  add('packDigest', stored.packDigest, packDigest(pack));
  add('sdkVersion', stored.sdkVersion, now.sdkVersion);
  const usedParams = (d: Decision<PackNames, DecisionLanguage>) => {
    const out: Record<string, unknown> = {};
    for (const p of d.programmes) for (const r of p.reasons) if (r.parameter) out[r.parameter.key] = r.parameter.value;
    return out;
  };
  const pa = usedParams(stored);
  const pb = usedParams(now);
  for (const key of [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort())
    add(`parameters.${key}`, pa[key], pb[key]);
  const factsOf = (d: Decision<PackNames, DecisionLanguage>): Readonly<Record<string, unknown>> => d.facts;
  const fa = factsOf(stored);
  const fb = factsOf(now);
  for (const key of [...new Set([...Object.keys(fa), ...Object.keys(fb)])].sort())
    add(`facts.${key}`, fa[key], fb[key]);
  const rules = (d: Decision<PackNames, DecisionLanguage>) =>
    Object.fromEntries(d.programmes.map((p) => [p.id, p.status]));
  const ra = rules(stored);
  const rb = rules(now);
  for (const id of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort())
    add(`programmes.${id}`, ra[id], rb[id]);
  add('category', stored.category, now.category);
  add('actions', stored.actions.map((a) => a.kind).sort(), now.actions.map((a) => a.kind).sort());
  const reproducing = differences.filter((d) => d.field !== 'sdkVersion');
  return {
    reproduces: reproducing.length === 0,
    samePack: stored.packDigest === packDigest(pack),
    differences,
    decision: now as Decision<PackNames, L>,
  };
}
