import { assertIsoDay } from '../dates/index.js';
import { InputError, type Issue } from '../errors/index.js';
import { listChangeDates } from './contexts.js';
import { collectTargets } from './targets.js';
import { analysisIssue } from './messages.js';
import type { PolicyPack } from '../pack/index.js';
import { decideBoxSet, DEFAULT_MAX_BOXES } from './intervals.js';
import { openTruthQuestions, reportNeverTrue } from './never-true.js';
import { prepareRun } from './prepare-run.js';
import { sampleOpenQuestions } from './sample-open-questions.js';
import { describeTie, findTies } from './ties.js';

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
  /**
   * Cases drawn for what interval reasoning cannot decide: one budget for the whole run, dealt round-robin
   * over the dates and zones still open; default 2000. 0 turns sampling off.
   */
  readonly samples?: number;
  /** Seed of the case generator; default 1. The same seed gives the same findings. */
  readonly seed?: number;
  /** Cap on boxes per condition before interval reasoning answers "unknown"; default 256. */
  readonly maxBoxes?: number;
  /**
   * Most (condition, date and zone) pairs to analyse; a larger pack gets one `analysis_too_large` warning
   * instead of findings, rather than running out of memory. Default 5 000 (a bundled pack needs at most about 300).
   */
  readonly budget?: number;
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
  'analysis_too_large',
] as const;

const DEFAULT_SAMPLES = 2000;
const DEFAULT_BUDGET = 5_000;
const DEFAULT_SEED = 1;

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
 * A pack too large to analyse within `budget` gets one `analysis_too_large` warning and no findings.
 *
 * @throws {InputError} `bad_date`, `analysis_unknown_zone`, `analysis_bad_option`
 * @example
 * const issues = analyzePack(getBundledPack('zhongshan'), { asOf: '2025-06-01' });
 * for (const i of issues) console.log(formatIssue(i));
 */
export function analyzePack(pack: PolicyPack, options: AnalyzePackOptions = {}): Issue[] {
  const samples = checkCount(options.samples, DEFAULT_SAMPLES, 'samples', 0);
  const seed = checkCount(options.seed, DEFAULT_SEED, 'seed', 0);
  const maxBoxes =
    options.maxBoxes === undefined ? undefined : checkCount(options.maxBoxes, DEFAULT_MAX_BOXES, 'maxBoxes', 1);
  const budget = checkCount(options.budget, DEFAULT_BUDGET, 'budget', 1);
  const tooLarge = checkBudget(pack, options, budget);
  if (tooLarge) return [tooLarge];
  const run = prepareRun(pack, { ...options, maxBoxes });
  // 1. Each condition on its own, in every context (index 0: whatever the figures).
  const verdicts = run.targets.map((_, i) => run.contexts.map((__, ci) => decideBoxSet(run.boxesOf(i, ci, false))));
  const open = verdicts.map((v) => openTruthQuestions(run, v));
  // 2. Ties, leaving out what can never be true anyway.
  const ties = findTies(
    run,
    verdicts.map((v) => v[0] === 'empty'),
  );
  // 3. Cases for what intervals left open.
  const outcome = sampleOpenQuestions(run, open, ties, { samples, seed });
  // 4. Findings, in pack order.
  return [
    ...reportNeverTrue(run, verdicts, open, outcome),
    ...ties.filter((t) => t.example).map((t) => describeTie(run, t)),
  ];
}

function checkCount(value: number | undefined, fallback: number, option: string, min: number): number {
  if (value === undefined) return fallback;
  if (Number.isSafeInteger(value) && value >= min) return value;
  const issue = analysisIssue('analysis_bad_option', ['options', option], { option, value, min });
  throw new InputError('analysis_bad_option', issue.message.en, [issue]);
}

/** `analysis_too_large` when conditions × (dates × zones + 1) is over the budget, counted before anything is built. */
function checkBudget(pack: PolicyPack, options: AnalyzePackOptions, budget: number): Issue | undefined {
  if (options.asOf !== undefined) assertIsoDay(options.asOf, 'asOf');
  const dates = options.asOf !== undefined ? 1 : listChangeDates(pack).length;
  const zones = options.zones?.length ?? Math.max(Object.keys(pack.zones).length, 1);
  const contexts = 1 + dates * zones;
  const conditions = collectTargets(pack).length;
  if (conditions * contexts <= budget) return undefined;
  return analysisIssue('analysis_too_large', [], { conditions, contexts, budget });
}
