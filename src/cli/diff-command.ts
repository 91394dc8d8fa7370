import { readFileSync } from 'node:fs';
import { diffPacks, parsePopulation, type DiffOptions } from '../diff/index.js';
import { formatIssue } from '../errors/index.js';
import { renderDiffMarkdown } from '../render/index.js';
import type { CliIo } from './io.js';
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
  const diff = diffPacks(oldArg.pack, newArg.pack, diffOptions(flags, io));
  io.out(flags.json ? JSON.stringify(diff, null, 2) : renderDiffMarkdown(diff));
  return 0;
}

/** The options of `diffPacks` from the flags: the population and reports read from their files. */
function diffOptions(flags: DiffFlags, io: CliIo): DiffOptions {
  const records = flags.population ? readRecords(flags.population, io) : undefined;
  const population = records ? counted(records, createProgress(io, 'diff', { total: records.length })) : undefined;
  const reports = flags.reports
    ? readRecords(flags.reports, io, 'jsonl').map((r) => ({ id: r.id, report: r.household }))
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
function readRecords(file: string, io: CliIo, format: 'csv' | 'jsonl' = file.endsWith('.csv') ? 'csv' : 'jsonl') {
  const text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  const parsed = parsePopulation(text, format, file);
  for (const i of parsed.issues) io.err(formatIssue(i));
  return parsed.records;
}
