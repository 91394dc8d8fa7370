import { InputError, type Bilingual, type Issue } from '../errors/index.js';
import { buildSymbolTable, type RuleScope } from '../pack/symbols.js';
import type { PolicyPack } from '../pack/types.js';
import { analyzeCondition, type ResolvedNode } from '../rules/check.js';
import { compileCondition } from '../rules/compile.js';
import { isParamName } from '../rules/symbols.js';
import type { CompiledCondition, KnownValue, SymbolTable } from '../rules/types.js';
import { buildContexts, type AnalysisContext } from './contexts.js';
import { createInterval, pickInInterval } from './exact-interval.js';
import { buildBoxSetOfTree, catalogDomain, decideBoxSet, intersectBoxSets, pickWitness, type BoxSet, type Verdict } from './intervals.js';
import { describeExample, labelContexts, labelTarget } from './messages.js';
import { createPrng, mixSeed } from './prng.js';
import { buildSampleEnv, describeSample, isMemberFact, type AnalysisExample, type Sample } from './sample.js';
import { drawSample, prepareSampler } from './sampler.js';
import { collectTargets, type RuleTarget, type TargetKind } from './targets.js';

/**
 * Options of {@link analyzePack}.
 *
 * @example
 * const opts: AnalyzePackOptions = { asOf: '2025-06-01', samples: 500, seed: 7 };
 */
export interface AnalyzePackOptions {
  /** Analyse the figures in force on this date (YYYY-MM-DD); default: on every date a figure of the pack changes. */
  readonly asOf?: string;
  /** Zones to analyse; default every zone of the pack. */
  readonly zones?: readonly string[];
  /** Random cases per date and zone for what interval reasoning cannot decide; default 2000. 0 turns sampling off. */
  readonly samples?: number;
  /** Seed of the case generator; default 1. The same seed gives the same findings. */
  readonly seed?: number;
  /** Cap on boxes per condition before interval reasoning answers "unknown"; default 256. */
  readonly maxBoxes?: number;
}

/**
 * Codes of the findings of {@link analyzePack}.
 *
 * @example
 * ANALYSIS_CODES.includes('rule_never_true'); // true
 */
export const ANALYSIS_CODES = [
  'rule_never_true',
  'rule_never_true_sampled',
  'urgency_overlap_same_priority',
  'tier_overlap_same_rank',
  'programme_overlap_same_rank',
] as const;

const DEFAULT_SAMPLES = 2000;
const DEFAULT_SEED = 1;
/** Suffix for the member facts of the second of two member programmes: another member may satisfy it. */
const SECOND_MEMBER = '#2';

interface Prepared {
  readonly target: RuleTarget;
  readonly symbols: SymbolTable;
  readonly tree: ResolvedNode;
  readonly compiled: CompiledCondition;
}

interface PairFinding {
  readonly a: number;
  readonly b: number;
  /** Context indices where the conjunction is proved satisfiable. */
  readonly proved: number[];
  readonly always: boolean;
  example?: AnalysisExample;
  exampleContext?: number;
  foundBy?: 'intervals' | 'sampling';
  /** Context indices left to sampling. */
  readonly pending: number[];
}

/**
 * Finds rule-set problems no single condition check can see, as warnings:
 *
 * - `rule_never_true`: a programme (its `when` and `eligible` together), urgency class, difficulty tier or
 *   referral whose condition no case can satisfy — whatever the figures (`args.always`), or with the
 *   figures in force on some dates (`args.contexts`; `args.everywhere` when on every date analysed).
 * - `rule_never_true_sampled`: interval reasoning could not decide the condition and no generated case
 *   satisfied it — likely, not certain.
 * - `urgency_overlap_same_priority`, `tier_overlap_same_rank`, `programme_overlap_same_rank`: two rules with
 *   the same priority or rank that one case can meet both of, so the tie is broken by id or pack order,
 *   not by policy. `args.example` is a case where both hold, checked with the compiled conditions.
 *
 * Interval reasoning is exact (no floats) and treats facts as independent; what it cannot decide
 * (comparisons of two facts, unknown figures, too many alternatives) is sampled with a seeded generator,
 * so results are deterministic.
 *
 * @throws {InputError} `bad_as_of`, `analysis_unknown_zone`, `analysis_bad_option`
 * @example
 * const issues = analyzePack(getBundledPack('zhongshan'), { asOf: '2025-06-01' });
 * for (const i of issues) console.log(formatIssue(i));
 */
export function analyzePack(pack: PolicyPack, options: AnalyzePackOptions = {}): Issue[] {
  const samples = checkCount(options.samples, DEFAULT_SAMPLES, 'samples');
  const seed = checkCount(options.seed, DEFAULT_SEED, 'seed');
  const maxBoxes = options.maxBoxes === undefined ? undefined : checkCount(options.maxBoxes, 1, 'maxBoxes');
  const { symbolic, dated } = buildContexts(pack, options);
  const contexts: AnalysisContext[] = [symbolic, ...dated];
  const datedIndices = dated.map((_, i) => i + 1);
  // With no dated context (a pack without figures), cases are drawn in the symbolic one.
  const samplingContexts = datedIndices.length ? datedIndices : [0];

  const tables: Record<RuleScope, SymbolTable> = {
    household: buildSymbolTable(pack.parameters, 'household'),
    member: buildSymbolTable(pack.parameters, 'member'),
    report: buildSymbolTable(pack.parameters, 'report'),
  };
  const prepared: Prepared[] = [];
  for (const target of collectTargets(pack)) {
    const symbols = tables[target.scope];
    const { tree } = analyzeCondition(target.condition, symbols);
    if (tree) prepared.push({ target, symbols, tree, compiled: compileCondition(target.condition, symbols) });
  }

  const boxCache = new Map<string, BoxSet>();
  const boxesOf = (i: number, ci: number, second: boolean): BoxSet => {
    const key = `${i}:${ci}:${second ? 1 : 0}`;
    let set = boxCache.get(key);
    if (!set) {
      const p = prepared[i]!;
      const ctx = contexts[ci]!;
      set = buildBoxSetOfTree(p.tree, p.symbols, {
        parameterValue: (name) => ctx.parameters.get(name),
        ...(maxBoxes !== undefined ? { maxBoxes } : {}),
        ...(second ? { keyOf: (fact: string) => (isMemberFact(fact) ? fact + SECOND_MEMBER : fact) } : {}),
      });
      boxCache.set(key, set);
    }
    return set;
  };

  // 1. Each condition on its own, in every context.
  const verdicts: Verdict[][] = prepared.map((_, i) => contexts.map((__, ci) => decideBoxSet(boxesOf(i, ci, false))));
  const neverAlways = verdicts.map((v) => v[0] === 'empty');
  const pendingTruth = verdicts.map((v, i) =>
    neverAlways[i] || v.includes('nonEmpty') ? [] : samplingContexts.filter((ci) => v[ci] === 'unknown'),
  );

  // 2. Pairs that tie: same kind, same rank or priority.
  const pairs: PairFinding[] = [];
  for (const kind of ['programme', 'urgency-class', 'tier'] as const) {
    const members = prepared.map((p, i) => ({ p, i })).filter(({ p, i }) => p.target.kind === kind && !neverAlways[i]);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!;
        const b = members[y]!;
        if (a.p.target.order !== b.p.target.order) continue;
        const second = a.p.target.scope === 'member' && b.p.target.scope === 'member';
        const both = contexts.map((_, ci) => intersectBoxSets(boxesOf(a.i, ci, false), boxesOf(b.i, ci, second), maxBoxes));
        const pv = both.map(decideBoxSet);
        const proved = pv[0] === 'nonEmpty' ? [0] : datedIndices.filter((ci) => pv[ci] === 'nonEmpty');
        const finding: PairFinding = { a: a.i, b: b.i, proved, always: pv[0] === 'nonEmpty', pending: [] };
        for (const ci of proved) {
          const sample = witnessSample(both[ci]!, contexts[ci]!, prepared[a.i]!, prepared[b.i]!, tables);
          const hit = sample && matchPair(prepared[a.i]!, prepared[b.i]!, sample, tables);
          if (sample && hit) {
            finding.example = describeSample(sample, contexts[ci]!, readBoth(prepared[a.i]!, prepared[b.i]!), hit, scaleIn(tables));
            finding.exampleContext = ci;
            finding.foundBy = 'intervals';
            break;
          }
        }
        if (!finding.example) finding.pending.push(...samplingContexts.filter((ci) => pv[ci] !== 'empty'));
        pairs.push(finding);
      }
    }
  }

  // 3. Cases for what intervals left open: undecided conditions, and ties not yet shown by an example.
  // One budget of `samples` cases for the whole pack, dealt round-robin over the dates still open.
  const sampledCount = prepared.map(() => 0);
  const sampledContexts: Set<number>[] = prepared.map(() => new Set());
  const satisfiedBySample = prepared.map(() => false);
  if (samples > 0) {
    const setup = prepareSampler(prepared, contexts);
    const streams = new Map(samplingContexts.map((ci) => [ci, createPrng(mixSeed(seed, ci))]));
    const openIn = (ci: number) => ({
      targets: prepared.map((_, i) => i).filter((i) => !satisfiedBySample[i] && pendingTruth[i]!.includes(ci)),
      pairs: pairs.filter((f) => !f.example && f.pending.includes(ci)),
    });
    for (let drawn = 0; drawn < samples; drawn++) {
      const live = samplingContexts.map((ci) => ({ ci, ...openIn(ci) })).filter((o) => o.targets.length || o.pairs.length);
      if (!live.length) break;
      const { ci, targets, pairs: open } = live[drawn % live.length]!;
      // Only the facts the open conditions read are drawn.
      const read = new Set<string>();
      for (const i of [...targets, ...open.flatMap((f) => [f.a, f.b])]) for (const name of prepared[i]!.compiled.facts) read.add(name);
      const sample = drawSample(setup, contexts[ci]!, streams.get(ci)!, read);
      const memo = new Map<number, number[]>();
      const holds = (i: number): number[] => {
        let r = memo.get(i);
        if (!r) memo.set(i, (r = satisfiedMembers(prepared[i]!, sample, tables)));
        return r;
      };
      for (const i of targets) {
        sampledCount[i] = sampledCount[i]! + 1;
        sampledContexts[i]!.add(ci);
        if (holds(i).length) satisfiedBySample[i] = true;
      }
      for (const f of open) {
        if (!holds(f.a).length || !holds(f.b).length) continue;
        const members = involvedMembers(prepared[f.a]!, prepared[f.b]!, holds(f.a), holds(f.b));
        f.example = describeSample(sample, contexts[ci]!, readBoth(prepared[f.a]!, prepared[f.b]!), members, scaleIn(tables));
        f.exampleContext = ci;
        f.foundBy = 'sampling';
      }
    }
  }

  // 4. Findings, in pack order.
  const issues: Issue[] = [];
  prepared.forEach((p, i) => {
    const label = labelTarget(p.target);
    const base = { target: p.target.kind, id: p.target.id };
    if (neverAlways[i]) {
      issues.push(warning('rule_never_true', p.target.path, {
        zh: `${label.zh}的条件自相矛盾，任何情况下都不可能成立`,
        en: `The condition of ${label.en} can never be true, whatever the facts and figures: its comparisons contradict each other`,
      }, { ...base, always: true }));
      return;
    }
    const empty = datedIndices.filter((ci) => verdicts[i]![ci] === 'empty');
    if (empty.length) {
      const everywhere = empty.length === datedIndices.length;
      const where = labelContexts(empty.map((ci) => contexts[ci]!));
      issues.push(warning('rule_never_true', p.target.path, {
        zh: everywhere
          ? `按所分析的每个日期的参数值（${where.zh}），${label.zh}的条件都不可能成立`
          : `按 ${where.zh} 的参数值，${label.zh}的条件不可能成立`,
        en: everywhere
          ? `With the figures in force on every date analysed (${where.en}), the condition of ${label.en} can never be true`
          : `With the figures in force on ${where.en}, the condition of ${label.en} can never be true`,
      }, { ...base, always: false, everywhere, contexts: empty.map((ci) => contextArgs(contexts[ci]!)) }));
    }
    if (samples > 0 && pendingTruth[i]!.length && !satisfiedBySample[i]) {
      const n = sampledCount[i]!;
      issues.push(warning('rule_never_true_sampled', p.target.path, {
        zh: `${label.zh}的条件可能永远不成立：区间推理无法判定，且 ${n} 个抽样情形中没有一个满足它（并非确定）`,
        en: `The condition of ${label.en} may never be true: interval reasoning could not decide it, and no sampled household satisfied it (${n} samples; not certain)`,
      }, { ...base, samples: n, contexts: [...sampledContexts[i]!].sort((x, y) => x - y).map((ci) => contextArgs(contexts[ci]!)) }));
    }
  });
  for (const f of pairs) if (f.example) issues.push(overlapIssue(f, prepared, contexts));
  return issues;
}

function checkCount(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (Number.isSafeInteger(value) && value >= 0) return value;
  throw new InputError('analysis_bad_option', `${name} must be a non-negative integer, got ${String(value)}`, [
    {
      code: 'analysis_bad_option',
      severity: 'error',
      path: ['options', name],
      message: { zh: `${name} 必须是非负整数，实际为 ${String(value)}`, en: `${name} must be a non-negative integer, got ${String(value)}` },
      args: { option: name, value },
    },
  ]);
}

function warning(code: string, path: readonly (string | number)[], message: Bilingual, args: Record<string, unknown>): Issue {
  return { code, severity: 'warning', path: [...path], message, args };
}

function contextArgs(c: AnalysisContext): { asOf?: string; zone?: string } {
  return { ...(c.asOf !== undefined ? { asOf: c.asOf } : {}), ...(c.zone !== undefined ? { zone: c.zone } : {}) };
}

const scaleIn = (tables: Record<RuleScope, SymbolTable>) => (name: string): number =>
  (tables.report.get(name) ?? tables.member.get(name))?.scale ?? 1;

/** Facts and parameters read by either condition. */
function readBoth(a: Prepared, b: Prepared): string[] {
  return [...new Set([...a.compiled.facts, ...b.compiled.facts])];
}

/**
 * The members for which a condition holds in a sample (`[0]` / `[]` for household and report conditions).
 * Member programmes are eligible when some member is.
 */
function satisfiedMembers(p: Prepared, sample: Sample, tables: Record<RuleScope, SymbolTable>): number[] {
  const symbols = tables[p.target.scope];
  if (p.target.scope !== 'member') return p.compiled.test(buildSampleEnv(sample, symbols)) === true ? [0] : [];
  const out: number[] = [];
  for (let m = 0; m < sample.members.length; m++) if (p.compiled.test(buildSampleEnv(sample, symbols, m)) === true) out.push(m);
  return out;
}

/** Which members an example shows: the first member satisfying each member condition. */
function involvedMembers(a: Prepared, b: Prepared, ha: readonly number[], hb: readonly number[]): number[] {
  const out = new Set<number>();
  if (a.target.scope === 'member') out.add(ha[0]!);
  if (b.target.scope === 'member') out.add(hb[0]!);
  return [...out].sort((x, y) => x - y);
}

/** Both conditions hold in the sample: the members shown, or `undefined`. */
function matchPair(a: Prepared, b: Prepared, sample: Sample, tables: Record<RuleScope, SymbolTable>): number[] | undefined {
  const ha = satisfiedMembers(a, sample, tables);
  const hb = satisfiedMembers(b, sample, tables);
  return ha.length && hb.length ? involvedMembers(a, b, ha, hb) : undefined;
}

/**
 * A case built from the first decided box of a conjunction: the box's values, and a default for every
 * other fact the conditions read (any value satisfies the box, but all must be known for the test).
 */
function witnessSample(set: BoxSet, context: AnalysisContext, a: Prepared, b: Prepared, tables: Record<RuleScope, SymbolTable>): Sample | undefined {
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
    const twoMembers = a.target.scope === 'member' && b.target.scope === 'member';
    const fill = (into: Map<string, KnownValue>, names: readonly string[]): void => {
      for (const name of names) if (!isParamName(name) && !into.has(name)) into.set(name, defaultValue(name, context, tables));
    };
    fill(facts, [...a.compiled.facts, ...b.compiled.facts].filter((n) => !isMemberFact(n)));
    fill(first, (twoMembers ? a.compiled.facts : [...a.compiled.facts, ...b.compiled.facts]).filter(isMemberFact));
    if (twoMembers) fill(second, b.compiled.facts.filter(isMemberFact));
    return { facts, members: twoMembers ? [first, second] : [first], parameters: context.parameters, assumed: [] };
  }
  return undefined;
}

function defaultValue(name: string, context: AnalysisContext, tables: Record<RuleScope, SymbolTable>): KnownValue {
  const sym = tables.report.get(name) ?? tables.member.get(name);
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

const OVERLAP_CODES: Readonly<Record<Exclude<TargetKind, 'referral'>, string>> = {
  programme: 'programme_overlap_same_rank',
  'urgency-class': 'urgency_overlap_same_priority',
  tier: 'tier_overlap_same_rank',
};

/** Which of two tied rules is taken when both hold (as `evaluate` and `classifyUrgency` order them). */
function tieWinner(a: RuleTarget, b: RuleTarget): [RuleTarget, RuleTarget] {
  let aFirst: boolean;
  if (a.kind === 'programme') aFirst = a.id.localeCompare(b.id) <= 0;
  else if (a.kind === 'urgency-class') aFirst = a.id <= b.id;
  else aFirst = a.position <= b.position;
  return aFirst ? [a, b] : [b, a];
}

function overlapIssue(f: PairFinding, prepared: readonly Prepared[], contexts: readonly AnalysisContext[]): Issue {
  const [winner, loser] = tieWinner(prepared[f.a]!.target, prepared[f.b]!.target);
  const kind = winner.kind as Exclude<TargetKind, 'referral'>;
  const lw = labelTarget(winner);
  const ll = labelTarget(loser);
  const example = f.example!;
  const ex = describeExample(example);
  const order = winner.order!;
  const shown = f.foundBy === 'intervals' ? f.proved.map((ci) => contexts[ci]!) : [contexts[f.exampleContext!]!];
  const figures = f.always || !Object.keys(example.parameters).length ? undefined : labelContexts(shown);
  const when: Bilingual = figures ? { zh: `（按 ${figures.zh} 的参数值）`, en: ` with the figures of ${figures.en}` } : { zh: '', en: '' };
  const how: Bilingual = f.foundBy === 'sampling' ? { zh: '（由抽样发现）', en: ' (found by sampling)' } : { zh: '', en: '' };
  let message: Bilingual;
  if (kind === 'urgency-class') {
    message = {
      zh: `${lw.zh}与${ll.zh}的优先级同为 ${order}，且同一报告可同时满足两者${when.zh}${how.zh}，例如：${ex.zh}。“最紧急者优先”无法在两者间选择，现按 id 取 ${winner.id}`,
      en: `${lw.en} and ${ll.en} both have priority ${order}, and one report can meet both${when.en}${how.en}, e.g. ${ex.en}. Most-urgent-wins cannot choose between them; the tie is broken by id, giving ${winner.id}`,
    };
  } else if (kind === 'tier') {
    message = {
      zh: `${lw.zh}与${ll.zh}的等级同为 ${order}，且同一家庭可同时满足两者${when.zh}${how.zh}，例如：${ex.zh}。现按政策包中的先后取 ${winner.id}`,
      en: `${lw.en} and ${ll.en} both have rank ${order}, and one household can meet both${when.en}${how.en}, e.g. ${ex.en}. The tie is broken by order in the pack, giving ${winner.id}`,
    };
  } else {
    const same = winner.category === loser.category;
    message = {
      zh: `${lw.zh}与${ll.zh}的等级同为 ${order}，且同一家庭可同时符合两者${when.zh}${how.zh}，例如：${ex.zh}。${same ? `两者类别相同（${winner.category}），决定类别不受影响，但项目先后按 id 排列` : `决定类别时按 id 取 ${winner.id}（${winner.category}），而非 ${loser.id}（${loser.category}）`}`,
      en: `${lw.en} and ${ll.en} both have rank ${order}, and one household can be eligible for both${when.en}${how.en}, e.g. ${ex.en}. ${same ? `Both give category ${winner.category}, so the decision's category is the same; only their order is by id` : `The decision's category is then ${winner.category} (from ${winner.id}, first by id), not ${loser.category} (${loser.id})`}`,
    };
  }
  return warning(OVERLAP_CODES[kind], loser.path, message, {
    target: kind,
    ids: [winner.id, loser.id],
    [kind === 'urgency-class' ? 'priority' : 'rank']: order,
    ...(kind === 'programme' ? { categories: [winner.category, loser.category] } : {}),
    always: f.always,
    ...(f.always ? {} : { contexts: shown.map(contextArgs) }),
    foundBy: f.foundBy,
    example,
  });
}
