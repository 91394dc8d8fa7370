import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { PolicyPack } from '../pack/index.js';
import { mergeScreenSummaries, type ScreenError, type ScreenSummary } from '../screen/index.js';
import type { CliIo } from './io.js';
import { notePack } from './notice.js';
import { packJson, resolvePackArg } from './pack-arg.js';
import { createProgress } from './progress.js';
import { alignToLine, screenFilePart, type FilePartResult, MAX_REPORTED_ERRORS } from './screen-file.js';

/** Below this size one thread is faster than starting workers. */
const PARALLEL_THRESHOLD_BYTES = 4 << 20;
/** Lines are written in batches: one write per line costs more than screening the household. */
const BATCH_LINES = 2000;

export interface ScreenFlags {
  pack?: string;
  asOf?: string;
  workers?: number;
  json: boolean;
  out?: string;
  overrides: Record<string, string | Record<string, string>>;
  lastKnown: boolean;
}

/** What the workers are given besides the pack: the date and the what-if values. */
interface RunOptions {
  asOf: string;
  overrides?: Record<string, string | Record<string, string>>;
  lastKnown?: boolean;
}

/** Where the households with warnings go: `--out`, else standard output (none with `--json`). */
interface Output {
  /** One JSON line, batched. */
  emit(line: string): void;
  /** Raw text, as the workers' parts are joined. */
  write(chunk: string): void;
  flush(): void;
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
  const options: RunOptions = {
    asOf: flags.asOf ?? io.today,
    ...(Object.keys(flags.overrides).length ? { overrides: flags.overrides } : {}),
    ...(flags.lastKnown ? { lastKnown: true } : {}),
  };
  const output = openOutput(flags, io);
  const started = Date.now();
  let result: FilePartResult;
  try {
    result = await screenFile(pack, flags.pack, options, args[0]!, flags.workers, output, io);
    output.flush();
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
  return 0;
}

function openOutput(flags: ScreenFlags, io: CliIo): Output {
  const fd = flags.out ? openSync(flags.out, 'w') : undefined;
  const write = (text: string) => (fd !== undefined ? writeSync(fd, text) : io.write(text));
  let batch: string[] = [];
  const flush = () => {
    if (!batch.length) return;
    const text = `${batch.join('\n')}\n`;
    batch = [];
    write(text);
  };
  return {
    emit(line) {
      batch.push(line);
      if (batch.length >= BATCH_LINES) flush();
    },
    write,
    flush,
    close: () => (fd !== undefined ? closeSync(fd) : undefined),
  };
}

/** Screens the file in this thread, or split across worker threads when it is large or workers are asked for. */
async function screenFile(
  pack: PolicyPack,
  packArg: string,
  options: RunOptions,
  file: string,
  askedWorkers: number | undefined,
  output: Output,
  io: CliIo,
): Promise<FilePartResult> {
  const size = file === '-' ? 0 : statSync(file).size;
  const workers = Math.max(1, Math.min(askedWorkers ?? availableParallelism(), 16));
  // Small files run in one thread unless workers are asked for explicitly.
  if (file === '-' || workers === 1 || (askedWorkers === undefined && size < PARALLEL_THRESHOLD_BYTES)) {
    const input = withProgress(
      file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 }),
      file === '-' ? undefined : size,
      io,
    );
    return screenFilePart(pack, options, input, undefined, (line) => output.emit(line));
  }
  output.flush();
  return screenInParallel(packArg, options, file, size, workers, output.write, io);
}

function renderSummary(s: ScreenSummary, errors: readonly ScreenError[], seconds: number): string {
  const lines = [
    `${s.households} households screened in ${seconds.toFixed(1)} s: ${s.withWarnings} with warnings — missed ${s.warnings.missed}, wrong ${s.warnings.wrong}, transition ${s.warnings.transition}, edge-watch ${s.warnings['edge-watch']}; ${s.errors} invalid`,
    `categories: ${Object.entries(s.categories)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}${s.uncertain ? ` (${s.uncertain} not final)` : ''}`,
  ];
  for (const e of errors.slice(0, 10)) lines.push(`  invalid ${e.id}: ${e.message}`);
  if (s.errors > 10) lines.push(`  … ${s.errors - 10} more invalid households`);
  return lines.join('\n');
}

async function screenInParallel(
  packArg: string,
  options: RunOptions,
  file: string,
  size: number,
  workers: number,
  write: (chunk: string) => void,
  io: CliIo,
): Promise<FilePartResult> {
  const bounds = [0];
  for (let i = 1; i < workers; i++) bounds.push(alignToLine(file, Math.floor((size * i) / workers)));
  bounds.push(size);
  const dir = mkdtempSync(join(tmpdir(), 'safetynet-screen-'));
  try {
    const parts = await Promise.all(
      bounds.slice(0, -1).map((start, i) =>
        runWorker(i, {
          pack: packArg,
          ...options,
          file,
          start,
          end: bounds[i + 1]!,
          out: join(dir, `part-${i}.jsonl`),
        }),
      ),
    );
    io.progress('');
    // Join the parts in file order (each part holds whole lines).
    for (let i = 0; i < parts.length; i++) {
      for await (const chunk of createReadStream(join(dir, `part-${i}.jsonl`), {
        encoding: 'utf8',
        highWaterMark: 1 << 20,
      }))
        write(chunk as string);
    }
    return {
      summary: mergeScreenSummaries(parts.map((p) => p.summary)),
      errors: parts.flatMap((p) => p.errors).slice(0, MAX_REPORTED_ERRORS),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Screens one byte range of the file in a worker thread, which writes its households to `job.out`. */
function runWorker(
  i: number,
  job: RunOptions & { pack: string; file: string; start: number; end: number; out: string },
): Promise<FilePartResult> {
  return new Promise<FilePartResult>((resolve, reject) => {
    const worker = new Worker(new URL('./screen-worker.js', import.meta.url), {
      // A small heap keeps the collector busy and the resident memory flat on huge files.
      resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
      workerData: job,
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code !== 0 ? reject(new Error(`screen worker ${i} exited with ${code}`)) : undefined,
    );
  });
}

/**
 * The input passed through unchanged, counting bytes and lines for the progress line (on a terminal only):
 * done, rate and time left when the size is known.
 */
function withProgress(input: NodeJS.ReadableStream, size: number | undefined, io: CliIo): NodeJS.ReadableStream {
  const progress = createProgress(io, 'screen', { bytes: true, ...(size ? { total: size } : {}) });
  let bytes = 0;
  let lines = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      progress.update(bytes, { households: lines });
      done(null, chunk);
    },
    flush(done) {
      progress.end();
      done();
    },
  });
  return input.pipe(counter);
}
