import { isParamName, type LeafTrace } from '../rules/index.js';

/** One part of a programme's test: its `when` (applicability) or its `eligible` condition, with the leaves seen. */
export interface ConditionPart {
  readonly condition: unknown;
  readonly trace: readonly LeafTrace[];
}

type Tri = boolean | undefined;

const MAX_FACTS = 10;
const MAX_ASSIGNABLE_LEAVES = 12;

/**
 * The smallest set of facts that settles a programme whatever their values: the fewest unknown facts such
 * that, once they are known, every unknown test they feed becomes true or false and the programme's status
 * is decided in every combination. Tests are treated as independent, which can only make the set larger,
 * never too small. Parameters are not facts one can ask for: when no set of facts settles the programme
 * (e.g. the pack lacks a figure) the answer is empty, and the decision's notes say why.
 *
 * @param when the applicability condition and its trace, if the programme has one
 * @param eligible the eligibility condition and its trace
 */
export function minimalMissingFacts(when: ConditionPart | undefined, eligible: ConditionPart): string[] {
  const parts = when ? [when, eligible] : [eligible];
  const leaves = parts.map((p) => indexLeaves(p.trace));
  const unknownFacts = new Set<string>();
  for (const byPath of leaves) {
    for (const leaf of byPath.values()) {
      if (leaf.result !== undefined) continue;
      for (const f of leaf.unknown) unknownFacts.add(f);
    }
  }
  const candidates = [...unknownFacts].filter((f) => !isParamName(f));
  if (candidates.length > MAX_FACTS) return candidates;

  // Whether the status is decided when each test's outcome comes from `outcome(part, key)`.
  const decided = (outcome: (part: number, key: string) => Tri): boolean => {
    const w = when ? evaluateTree(when.condition, [], (k) => outcome(0, k)) : true;
    if (w === false) return true;
    const e = evaluateTree(eligible.condition, [], (k) => outcome(parts.length - 1, k));
    return w === undefined ? e === false : e !== undefined;
  };

  for (let size = 1; size <= candidates.length; size++) {
    for (const set of combinations(candidates, size)) {
      const chosen = new Set(set);
      // Tests that become known once `chosen` is known; every true/false combination must decide.
      const assignable: string[] = [];
      leaves.forEach((byPath, pi) => {
        for (const [key, leaf] of byPath) {
          if (leaf.result === undefined && leaf.unknown.every((f) => chosen.has(f))) assignable.push(`${pi}|${key}`);
        }
      });
      if (assignable.length > MAX_ASSIGNABLE_LEAVES) continue;
      let settles = true;
      for (let mask = 0; mask < 1 << assignable.length && settles; mask++) {
        const value = new Map(assignable.map((k, i) => [k, (mask & (1 << i)) !== 0]));
        settles = decided((pi, key) => {
          const leaf = leaves[pi]!.get(key);
          if (!leaf) return undefined;
          return leaf.result !== undefined ? leaf.result : value.get(`${pi}|${key}`);
        });
      }
      if (settles) return set;
    }
  }
  return [];
}

interface IndexedLeaf {
  readonly result: Tri;
  /** Facts of this test that are unknown. */
  readonly unknown: readonly string[];
}

function indexLeaves(trace: readonly LeafTrace[]): Map<string, IndexedLeaf> {
  const out = new Map<string, IndexedLeaf>();
  for (const t of trace) {
    const unknown: string[] = [];
    if (t.left === undefined) unknown.push(t.fact);
    if (t.rightFact !== undefined && t.right === undefined) unknown.push(t.rightFact);
    out.set(t.path.join('.'), { result: t.result, unknown });
  }
  return out;
}

/** Three-valued evaluation of a json-rules-engine condition with leaf outcomes supplied by path. */
function evaluateTree(node: unknown, path: (string | number)[], leaf: (key: string) => Tri): Tri {
  const n = node as { all?: unknown[]; any?: unknown[]; not?: unknown; fact?: string };
  if (Array.isArray(n.all)) {
    let unknown = false;
    for (let i = 0; i < n.all.length; i++) {
      const r = evaluateTree(n.all[i], [...path, 'all', i], leaf);
      if (r === false) return false;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }
  if (Array.isArray(n.any)) {
    let unknown = false;
    for (let i = 0; i < n.any.length; i++) {
      const r = evaluateTree(n.any[i], [...path, 'any', i], leaf);
      if (r === true) return true;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  if (n.not !== undefined) {
    const r = evaluateTree(n.not, [...path, 'not'], leaf);
    return r === undefined ? undefined : !r;
  }
  return leaf(path.join('.'));
}

function* combinations<T>(items: readonly T[], size: number, start = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === size) {
    yield [...acc];
    return;
  }
  for (let i = start; i < items.length; i++) {
    acc.push(items[i]!);
    yield* combinations(items, size, i + 1, acc);
    acc.pop();
  }
}
