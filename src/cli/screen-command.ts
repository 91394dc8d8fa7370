import { closeSync, openSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { PolicyPack } from '../pack/index.js';
import type { ScreenSummary } from '../screen/index.js';
import { type CliIo, regularFileSize } from './io.js';
import { fileSource, streamSource } from './line-chunks.js';
import { notePack } from './notice.js';
import { packJson, resolvePackArg } from './pack-arg.js';
import { createProgress } from './progress.js';
import type { FileResult, LineError, ScreenRunOptions } from './screen-file.js';
import { screenSource } from './screen-source.js';

/** Below this size one thread is faster than starting workers (unless workers are asked for). */
const PARALLEL_THRESHOLD_BYTES = 4 << 20;
/** More workers than this only add start-up time. */
const MAX_WORKERS = 16;

export interface ScreenFlags {
  pack?: string;
  asOf?: string;
  workers?: number;
  json: boolean;
  out?: string;
  overrides: Record<string, string | Record<string, string>>;
  lastKnown: boolean;
}

/** Where the households with warnings go: `--out`, else standard output. */
interface Output {
  write(chunk: string | Uint8Array): void;
  close(): void;
}

/**
 * `safetynet screen --pack <id|dir> --as-of <date> <population.jsonl|->`: streams the households, writes
 * those with warnings as JSON lines, and ends with the counts. Large files are split across worker threads
 * by byte ranges; the output keeps the file's order.
 */
export async function screenCommand(args: readonly string[], flags: ScreenFlags, io: CliIo): Promise<number> {
  if (!flags.pack || args.length !== 1) {
    io.err(
      'usage: safetynet screen --pack <id|dir> [--as-of YYYY-MM-DD] [--workers N] [--out file] [--json] <population.jsonl|->',
    );
    return 2;
  }
  const packArg = resolvePackArg(flags.pack); // fails early, with every issue, if the pack is invalid
  const pack = packArg.pack;
  notePack(io, packArg);
  const options: ScreenRunOptions = {
    asOf: flags.asOf ?? io.today,
    ...(Object.keys(flags.overrides).length ? { overrides: flags.overrides } : {}),
    ...(flags.lastKnown ? { lastKnown: true } : {}),
  };
  const output = openOutput(flags, io);
  const started = Date.now();
  let result: FileResult;
  try {
    result = await screenFile(pack, flags.pack, options, args[0]!, flags.workers, output, io);
  } finally {
    output.close();
  }
  const seconds = (Date.now() - started) / 1000;
  if (flags.json) {
    const { summary, errors } = result;
    const report = { pack: packJson(packArg), asOf: options.asOf, summary, errors, seconds };
    // Without --out the lines went to standard output: the summary is its last line, so the whole is JSON Lines.
    io.out(flags.out ? JSON.stringify(report, null, 2) : JSON.stringify(report));
  } else {
    io.err(renderSummary(result.summary, result.errors, seconds));
  }
  // Every valid household was written; invalid lines make the run fail, so that scripts notice them.
  return result.summary.errors > 0 ? 1 : 0;
}

function openOutput(flags: ScreenFlags, io: CliIo): Output {
  const fd = flags.out ? openSync(flags.out, 'w') : undefined;
  return {
    write(chunk) {
      if (fd === undefined) return io.write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      // A write may take only part of the bytes (a pipe given as --out): write until all are out.
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    },
    close: () => (fd !== undefined ? closeSync(fd) : undefined),
  };
}

/** Screens a file (or standard input): in this thread, or in worker threads when it is large or workers are asked for. */
async function screenFile(
  pack: PolicyPack,
  packArg: string,
  options: ScreenRunOptions,
  file: string,
  askedWorkers: number | undefined,
  output: Output,
  io: CliIo,
): Promise<FileResult> {
  const size = file === '-' ? 0 : regularFileSize(file);
  const workers = Math.max(1, Math.min(askedWorkers ?? availableParallelism(), MAX_WORKERS));
  const parallel = askedWorkers !== undefined || size >= PARALLEL_THRESHOLD_BYTES;
  const progress = createProgress(io, 'screen');
  const handle = file === '-' ? undefined : await open(file, 'r');
  try {
    return await screenSource(handle ? fileSource(handle) : streamSource(process.stdin), {
      pack,
      packArg,
      options,
      workers: parallel ? workers : 1,
      write: (chunk) => output.write(chunk),
      progress: (n) => progress.update(n, { households: n }),
    });
  } finally {
    await handle?.close();
    progress.end();
  }
}

function renderSummary(s: ScreenSummary, errors: readonly LineError[], seconds: number): string {
  const lines = [
    `${s.households} households screened in ${seconds.toFixed(1)} s: ${s.withWarnings} with warnings — missed ${s.warnings.missed}, wrong ${s.warnings.wrong}, transition ${s.warnings.transition}, edge-watch ${s.warnings['edge-watch']}; ${s.errors} invalid`,
    `categories: ${Object.entries(s.categories)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}${s.uncertain ? ` (${s.uncertain} not final)` : ''}`,
  ];
  for (const e of errors.slice(0, 10)) {
    const where = e.id === `line ${e.line}` ? e.id : `${e.id} (line ${e.line})`;
    lines.push(`  invalid ${where}: ${e.message}`);
  }
  if (s.errors > 10) lines.push(`  … ${s.errors - 10} more invalid households`);
  return lines.join('\n');
}
