import type { Issue } from '../errors/index.js';
import type { Verdict } from './intervals.js';
import { contextArgs, createWarning, labelContexts, labelTarget } from './messages.js';
import type { AnalysisRun } from './analysis-run.js';
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
  const issues: Issue[] = [];
  run.targets.forEach((p, i) => {
    const label = labelTarget(p.target);
    const base = { target: p.target.kind, id: p.target.id };
    const v = verdicts[i]!;
    if (v[0] === 'empty') {
      issues.push(
        createWarning(
          'rule_never_true',
          p.target.path,
          {
            zh: `${label.zh}的条件自相矛盾，任何情况下都不可能成立`,
            en: `The condition of ${label.en} can never be true, whatever the facts and figures: its comparisons contradict each other`,
          },
          { ...base, always: true },
        ),
      );
      return;
    }
    const empty = run.datedIndices.filter((ci) => v[ci] === 'empty');
    if (empty.length) {
      const everywhere = empty.length === run.datedIndices.length;
      const where = labelContexts(empty.map((ci) => run.contexts[ci]!));
      issues.push(
        createWarning(
          'rule_never_true',
          p.target.path,
          {
            zh: everywhere
              ? `按所分析的每个日期的参数值（${where.zh}），${label.zh}的条件都不可能成立`
              : `按 ${where.zh} 的参数值，${label.zh}的条件不可能成立`,
            en: everywhere
              ? `With the figures in force on every date analysed (${where.en}), the condition of ${label.en} can never be true`
              : `With the figures in force on ${where.en}, the condition of ${label.en} can never be true`,
          },
          { ...base, always: false, everywhere, contexts: empty.map((ci) => contextArgs(run.contexts[ci]!)) },
        ),
      );
    }
    const tried = outcome.tried[i]!;
    if (open[i]!.length && tried > 0 && !outcome.satisfied[i]) {
      issues.push(
        createWarning(
          'rule_never_true_sampled',
          p.target.path,
          {
            zh: `${label.zh}的条件可能永远不成立：区间推理无法判定，且 ${tried} 个抽样情形中没有一个满足它（并非确定）`,
            en: `The condition of ${label.en} may never be true: interval reasoning could not decide it, and no sampled household satisfied it (${tried} samples; not certain)`,
          },
          { ...base, samples: tried, contexts: outcome.triedIn[i]!.map((ci) => contextArgs(run.contexts[ci]!)) },
        ),
      );
    }
  });
  return issues;
}
