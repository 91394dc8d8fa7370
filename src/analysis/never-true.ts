import type { Issue } from '../errors/index.js';
import type { AnalysisRun, PreparedTarget } from './prepare-run.js';
import { contextArgs } from './contexts.js';
import type { Verdict } from './intervals.js';
import { analysisIssue } from './messages.js';
import type { SamplingOutcome } from './sample-open-questions.js';

/**
 * The contexts where sampling must settle whether target `i` can be true: none when interval reasoning
 * proved it never true whatever the figures, or possible somewhere; else the sampling contexts where it is
 * undecided.
 *
 * @example
 * const open = run.targets.map((_, i) => openTruthQuestions(run, verdicts[i]!));
 */
export function openTruthQuestions(run: AnalysisRun, verdicts: readonly Verdict[]): number[] {
  if (verdicts[0] === 'empty' || verdicts.includes('nonEmpty')) return [];
  return run.samplingContexts.filter((ci) => verdicts[ci] === 'unknown');
}

/**
 * `rule_never_true` for conditions proved impossible — whatever the figures, or with the figures of some
 * dates — and `rule_never_true_sampled` for those left open that no case satisfied.
 *
 * @example
 * const issues = reportNeverTrue(run, verdicts, open, outcome);
 */
export function reportNeverTrue(
  run: AnalysisRun,
  verdicts: readonly (readonly Verdict[])[],
  open: readonly (readonly number[])[],
  outcome: SamplingOutcome,
): Issue[] {
  return run.targets.flatMap((p, i) => {
    if (verdicts[i]![0] === 'empty')
      return [analysisIssue('rule_never_true', p.target.path, { ...about(p), always: true }, 'warning')];
    const proved = provedOnDates(run, p, verdicts[i]!);
    const sampled = open[i]!.length ? neverSampled(run, p, outcome, i) : undefined;
    return [...(proved ? [proved] : []), ...(sampled ? [sampled] : [])];
  });
}

/** What a finding is about: the kind of rule, its id and its name. */
function about(p: PreparedTarget): { target: string; id: string; name: PreparedTarget['target']['name'] } {
  return { target: p.target.kind, id: p.target.id, name: p.target.name };
}

/** `rule_never_true` on the dates (and zones) whose figures make the condition impossible, if any. */
function provedOnDates(run: AnalysisRun, p: PreparedTarget, verdicts: readonly Verdict[]): Issue | undefined {
  const empty = run.datedIndices.filter((ci) => verdicts[ci] === 'empty');
  if (!empty.length) return undefined;
  const everywhere = empty.length === run.datedIndices.length;
  const contexts = empty.map((ci) => contextArgs(run.contexts[ci]!));
  return analysisIssue(
    'rule_never_true',
    p.target.path,
    { ...about(p), always: false, everywhere, contexts },
    'warning',
  );
}

/** `rule_never_true_sampled` when cases were drawn for an undecided condition and none satisfied it. */
function neverSampled(run: AnalysisRun, p: PreparedTarget, outcome: SamplingOutcome, i: number): Issue | undefined {
  const samples = outcome.tried[i]!;
  if (samples === 0 || outcome.satisfied[i]) return undefined;
  const contexts = outcome.triedIn[i]!.map((ci) => contextArgs(run.contexts[ci]!));
  return analysisIssue('rule_never_true_sampled', p.target.path, { ...about(p), samples, contexts }, 'warning');
}
