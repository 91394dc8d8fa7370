import { describeSample } from './sample.js';
import { createPrng, mixSeed } from './prng.js';
import { readBy, satisfiedMembers, scaleOf, type AnalysisRun } from './prepare-run.js';
import { drawSample, prepareSampler } from './draw-samples.js';
import { involvedMembers, type TieFinding } from './ties.js';

/**
 * What sampling settled: which undecided conditions some case satisfied, and how many cases each was
 * tried on, where.
 *
 * @example
 * const o: SamplingOutcome = { satisfied: [true], tried: [12], triedIn: [[1, 2]] };
 */
export interface SamplingOutcome {
  readonly satisfied: readonly boolean[];
  readonly tried: readonly number[];
  readonly triedIn: readonly (readonly number[])[];
}

/**
 * Draws cases for what interval reasoning left open: conditions it could not decide (`open[i]` lists the
 * contexts where target `i` is undecided) and ties without an example (filled in on the tie). One budget of
 * `samples` cases for the whole run, dealt round-robin over the contexts that still have open questions;
 * each context has its own seeded stream, so the outcome depends only on the pack and the options.
 *
 * @example
 * const outcome = sampleOpenQuestions(run, open, ties, { samples: 2000, seed: 1 });
 */
export function sampleOpenQuestions(
  run: AnalysisRun,
  open: readonly (readonly number[])[],
  ties: readonly TieFinding[],
  options: { readonly samples: number; readonly seed: number },
): SamplingOutcome {
  const satisfied = run.targets.map(() => false);
  const tried = run.targets.map(() => 0);
  const triedIn = run.targets.map(() => new Set<number>());
  if (options.samples > 0 && (open.some((o) => o.length) || ties.some((t) => !t.example && t.pending.length))) {
    const setup = prepareSampler(run.targets, run.contexts);
    const streams = new Map(run.samplingContexts.map((ci) => [ci, createPrng(mixSeed(options.seed, ci))]));
    const openIn = (ci: number) => ({
      ci,
      targets: run.targets.map((_, i) => i).filter((i) => !satisfied[i] && open[i]!.includes(ci)),
      ties: ties.filter((t) => !t.example && t.pending.includes(ci)),
    });
    for (let drawn = 0; drawn < options.samples; drawn++) {
      const live = run.samplingContexts.map(openIn).filter((o) => o.targets.length || o.ties.length);
      if (!live.length) break;
      const { ci, targets, ties: openTies } = live[drawn % live.length]!;
      const involved = [...targets, ...openTies.flatMap((t) => [t.a, t.b])];
      // Only the facts the open conditions read are drawn.
      const sample = drawSample(setup, run.contexts[ci]!, streams.get(ci)!, new Set(readBy(run, involved)));
      const memo = new Map<number, number[]>();
      const holds = (i: number): number[] => {
        let r = memo.get(i);
        if (!r) memo.set(i, (r = satisfiedMembers(run, i, sample)));
        return r;
      };
      for (const i of targets) {
        tried[i]!++;
        triedIn[i]!.add(ci);
        if (holds(i).length) satisfied[i] = true;
      }
      for (const t of openTies) {
        if (!holds(t.a).length || !holds(t.b).length) continue;
        const members = involvedMembers(run, t.a, t.b, holds(t.a), holds(t.b));
        t.example = describeSample(sample, run.contexts[ci]!, readBy(run, [t.a, t.b]), members, (n) => scaleOf(run, n));
        t.exampleContext = ci;
        t.foundBy = 'sampling';
      }
    }
  }
  return { satisfied, tried, triedIn: triedIn.map((s) => [...s].sort((x, y) => x - y)) };
}
