import type { Issue } from '../errors/index.js';
import { isParamName } from '../rules/index.js';
import type { KnownValue } from '../rules/index.js';
import { contextArgs, type AnalysisContext } from './contexts.js';
import { createInterval, pickInInterval } from './exact-interval.js';
import { catalogDomain, decideBoxSet, intersectBoxSets, pickWitness, type BoxSet } from './intervals.js';
import { analysisIssue, type ANALYSIS_MESSAGES } from './messages.js';
import { readBy, satisfiedMembers, scaleOf, SECOND_MEMBER, type AnalysisRun } from './prepare-run.js';
import { describeSample, isMemberFact, type AnalysisExample, type Sample } from './sample.js';
import type { RuleTarget, TargetKind } from './targets.js';

/**
 * Ties: two programmes of equal rank, urgency classes of equal priority or tiers of equal rank that one case
 * can meet at once. Then the order among them is decided by id or by pack order — not by policy.
 */

/**
 * Two tied rules, what interval reasoning proved about them, and an example once one is found.
 * `example` and the fields after it are filled by interval reasoning or, later, by sampling.
 *
 * @example
 * const t: TieFinding = { a: 0, b: 1, proved: [0], always: true, pending: [] };
 */
export interface TieFinding {
  readonly a: number;
  readonly b: number;
  /** Contexts where both conditions are proved to hold together. */
  readonly proved: readonly number[];
  /** Proved in the symbolic context: whatever the figures. */
  readonly always: boolean;
  /** Contexts left to sampling. */
  readonly pending: number[];
  example?: AnalysisExample;
  exampleContext?: number;
  foundBy?: 'intervals' | 'sampling';
}

/**
 * Finds the tied pairs of programmes, urgency classes and tiers, and proves by intervals which can hold
 * together (with an example checked on the compiled conditions). `skip[i]` leaves out rules already known
 * to be never true.
 *
 * @example
 * const ties = findTies(run, run.targets.map(() => false));
 */
export function findTies(run: AnalysisRun, skip: readonly boolean[]): TieFinding[] {
  const out: TieFinding[] = [];
  for (const kind of ['programme', 'urgency-class', 'tier'] as const) {
    const same = run.targets.map((p, i) => ({ p, i })).filter(({ p, i }) => p.target.kind === kind && !skip[i]);
    for (let x = 0; x < same.length; x++) {
      for (let y = x + 1; y < same.length; y++) {
        const { p: pa, i: a } = same[x]!;
        const { p: pb, i: b } = same[y]!;
        if (pa.target.order !== pb.target.order) continue;
        const second = pa.target.scope === 'member' && pb.target.scope === 'member';
        const both = run.contexts.map((_, ci) =>
          intersectBoxSets(run.boxesOf(a, ci, false), run.boxesOf(b, ci, second), run.maxBoxes),
        );
        const verdicts = both.map(decideBoxSet);
        const always = verdicts[0] === 'nonEmpty';
        const proved = always ? [0] : run.datedIndices.filter((ci) => verdicts[ci] === 'nonEmpty');
        const finding: TieFinding = { a, b, proved, always, pending: [] };
        for (const ci of proved) {
          const sample = witnessSample(run, both[ci]!, run.contexts[ci]!, a, b);
          const members = sample && matchPair(run, a, b, sample);
          if (sample && members) {
            finding.example = describeSample(sample, run.contexts[ci]!, readBy(run, [a, b]), members, (n) =>
              scaleOf(run, n),
            );
            finding.exampleContext = ci;
            finding.foundBy = 'intervals';
            break;
          }
        }
        if (!finding.example) finding.pending.push(...run.samplingContexts.filter((ci) => verdicts[ci] !== 'empty'));
        out.push(finding);
      }
    }
  }
  return out;
}

/**
 * Which members an example shows: the first member satisfying each member condition.
 *
 * @example
 * involvedMembers(run, a, b, [2], [0]); // [0, 2]
 */
export function involvedMembers(
  run: AnalysisRun,
  a: number,
  b: number,
  ha: readonly number[],
  hb: readonly number[],
): number[] {
  const out = new Set<number>();
  if (run.targets[a]!.target.scope === 'member') out.add(ha[0]!);
  if (run.targets[b]!.target.scope === 'member') out.add(hb[0]!);
  return [...out].sort((x, y) => x - y);
}

/**
 * The tie as a warning: `programme_overlap_same_rank`, `urgency_overlap_same_priority` or
 * `tier_overlap_same_rank`, at the condition of the rule that loses the tie.
 *
 * @example
 * const issue = describeTie(run, finding);
 */
export function describeTie(run: AnalysisRun, f: TieFinding): Issue {
  const [winner, loser] = orderTie(run.targets[f.a]!.target, run.targets[f.b]!.target);
  const kind = winner.kind as Exclude<TargetKind, 'referral'>;
  const shown = f.foundBy === 'intervals' ? f.proved : [f.exampleContext!];
  return analysisIssue(
    TIE_CODES[kind],
    loser.path,
    {
      target: kind,
      ids: [winner.id, loser.id],
      names: [winner.name, loser.name],
      [kind === 'urgency-class' ? 'priority' : 'rank']: winner.order!,
      ...(kind === 'programme' ? { categories: [winner.category, loser.category] } : {}),
      always: f.always,
      ...(f.always ? {} : { contexts: shown.map((ci) => contextArgs(run.contexts[ci]!)) }),
      foundBy: f.foundBy,
      example: f.example!,
    },
    'warning',
  );
}

const TIE_CODES = {
  programme: 'programme_overlap_same_rank',
  'urgency-class': 'urgency_overlap_same_priority',
  tier: 'tier_overlap_same_rank',
} as const satisfies Readonly<Record<Exclude<TargetKind, 'referral'>, keyof typeof ANALYSIS_MESSAGES>>;

/** Which of two tied rules is taken when both hold, as `evaluate` and `classifyUrgency` order them. */
function orderTie(a: RuleTarget, b: RuleTarget): [RuleTarget, RuleTarget] {
  let aFirst: boolean;
  if (a.kind === 'programme') aFirst = a.id.localeCompare(b.id) <= 0;
  else if (a.kind === 'urgency-class') aFirst = a.id <= b.id;
  else aFirst = a.position <= b.position; // tiers: a stable sort by rank keeps pack order
  return aFirst ? [a, b] : [b, a];
}

/** Both conditions hold in the sample: the members to show, or `undefined`. */
function matchPair(run: AnalysisRun, a: number, b: number, sample: Sample): number[] | undefined {
  const ha = satisfiedMembers(run, a, sample);
  const hb = satisfiedMembers(run, b, sample);
  return ha.length && hb.length ? involvedMembers(run, a, b, ha, hb) : undefined;
}

/**
 * A case built from the first decided box of a conjunction: the box's values, and a default for every
 * other fact the conditions read (any value satisfies the box, but all must be known for the test).
 */
function witnessSample(
  run: AnalysisRun,
  set: BoxSet,
  context: AnalysisContext,
  a: number,
  b: number,
): Sample | undefined {
  const readA = run.targets[a]!.compiled.facts;
  const readB = run.targets[b]!.compiled.facts;
  const twoMembers = run.targets[a]!.target.scope === 'member' && run.targets[b]!.target.scope === 'member';
  for (const box of set.boxes) {
    const w = pickWitness(box);
    if (!w) continue;
    const facts = new Map<string, KnownValue>();
    const first = new Map<string, KnownValue>();
    const second = new Map<string, KnownValue>();
    for (const [key, value] of w) {
      if (key.endsWith(SECOND_MEMBER)) second.set(key.slice(0, -SECOND_MEMBER.length), value);
      else if (isMemberFact(key)) first.set(key, value);
      else facts.set(key, value);
    }
    const fill = (into: Map<string, KnownValue>, names: readonly string[]): void => {
      for (const name of names)
        if (!isParamName(name) && !into.has(name)) into.set(name, defaultValue(run, name, context));
    };
    fill(
      facts,
      [...readA, ...readB].filter((n) => !isMemberFact(n)),
    );
    fill(first, (twoMembers ? readA : [...readA, ...readB]).filter(isMemberFact));
    if (twoMembers) fill(second, readB.filter(isMemberFact));
    return { facts, members: twoMembers ? [first, second] : [first], parameters: context.parameters, assumed: [] };
  }
  return undefined;
}

function defaultValue(run: AnalysisRun, name: string, context: AnalysisContext): KnownValue {
  const sym = run.tables.report.get(name) ?? run.tables.member.get(name);
  switch (sym?.type) {
    case 'number':
      return pickInInterval(createInterval(catalogDomain(name))) ?? 0;
    case 'string':
      return name === 'zone' && context.zone !== undefined ? context.zone : (sym.values?.[0] ?? 'other');
    case 'string[]':
      return Object.freeze([]);
    default:
      return false;
  }
}
