import { diffPacks, parsePopulation, type DiffOptions, type PackDiff } from '../diff/index.js';
import { formatIssue } from '../errors/index.js';
import { renderDiffMarkdown } from '../render/index.js';
import { type CliIo, readTextFile } from './io.js';
import { notePack } from './notice.js';
import { packOrRevisionFromArg } from './pack-arg.js';
import { createProgress, type ProgressReporter } from './progress.js';

/** The flags of `safetynet diff`. */
export interface DiffFlags {
  population?: string;
  reports?: string;
  asOf?: string;
  newAsOf?: string;
  json: boolean;
  overrides: Record<string, string | Record<string, string>>;
  lastKnown: boolean;
  examples?: number;
}

/** `safetynet diff <old> <new> [--population f] [--as-of d] [--new-as-of d] [--set k=v] [--json|--format markdown|text]`. */
export function diffCommand(args: readonly string[], flags: DiffFlags, io: CliIo): number {
  if (args.length !== 2) {
    io.err(
      'usage: safetynet diff <old> <new> [--population file.jsonl|csv] [--as-of YYYY-MM-DD] [--new-as-of YYYY-MM-DD]',
    );
    return 2;
  }
  const oldArg = packOrRevisionFromArg(args[0]!);
  const newArg = packOrRevisionFromArg(args[1]!);
  notePack(io, oldArg, 'old');
  notePack(io, newArg, 'new');
  const skipped = { lines: 0 };
  const diff = diffPacks(oldArg.pack, newArg.pack, diffOptions(flags, io, skipped));
  io.out(flags.json ? JSON.stringify(diff, null, 2) : renderDiffMarkdown(diff));
  return reportLost(diff, skipped.lines, io);
}

/**
 * Exit 1 when any line or household was left out (after the whole diff was written), with a summary on
 * stderr: a diff over part of a population must not pass for a diff over all of it.
 */
function reportLost(diff: PackDiff, badLines: number, io: CliIo): number {
  const households = diff.population?.errors.length ?? 0;
  const reports = diff.deadlines?.errors.length ?? 0;
  if (badLines + households + reports === 0) return 0;
  const parts = [
    ...(badLines ? [`${badLines} issue(s) in the input files`] : []),
    ...(households ? [`${households} household(s) that could not be evaluated`] : []),
    ...(reports ? [`${reports} report(s) that could not be read`] : []),
  ];
  const first = [...(diff.population?.errors ?? []), ...(diff.deadlines?.errors ?? [])][0];
  const example = first ? ` (first: ${first.id}, ${first.code}: ${first.message})` : '';
  if (io.json) io.err(JSON.stringify({ error: { code: 'diff_incomplete', badLines, households, reports } }));
  else io.err(`Incomplete: ${parts.join(', ')} left out of the diff${example}`);
  return 1;
}

/** The options of `diffPacks` from the flags: the population and reports read from their files. */
function diffOptions(flags: DiffFlags, io: CliIo, skipped: { lines: number }): DiffOptions {
  const records = flags.population ? readRecords(flags.population, io, skipped) : undefined;
  const population = records ? counted(records, createProgress(io, 'diff', { total: records.length })) : undefined;
  const reports = flags.reports
    ? readRecords(flags.reports, io, skipped, 'jsonl').map((r) => ({ id: r.id, report: r.household }))
    : undefined;
  return {
    ...(reports ? { reports } : {}),
    ...(population ? { population, asOf: flags.asOf ?? io.today } : flags.asOf ? { asOf: flags.asOf } : {}),
    ...(flags.newAsOf ? { newAsOf: flags.newAsOf } : {}),
    ...(Object.keys(flags.overrides).length ? { overrides: flags.overrides } : {}),
    ...(flags.lastKnown ? { lastKnown: true } : {}),
    ...(flags.examples !== undefined ? { maxExamples: flags.examples } : {}),
  };
}

/** The records, reporting progress (on a terminal) as `diffPacks` takes each one. */
function* counted<T>(records: readonly T[], progress: ProgressReporter): Generator<T> {
  for (let i = 0; i < records.length; i++) {
    progress.update(i);
    yield records[i]!;
  }
  progress.end();
}

/** Reads a JSONL or CSV file of records (`-`: standard input); bad lines are reported and skipped. */
function readRecords(
  file: string,
  io: CliIo,
  skipped: { lines: number },
  format: 'csv' | 'jsonl' = file.endsWith('.csv') ? 'csv' : 'jsonl',
) {
  const text = file === '-' ? io.readStdin() : readTextFile(file);
  const parsed = parsePopulation(text, format, file);
  for (const i of parsed.issues) io.err(formatIssue(i));
  skipped.lines += parsed.issues.length;
  return parsed.records;
}
