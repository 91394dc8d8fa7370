import type { PolicyPack, ResolveOptions } from '../pack/index.js';
import {
  createScreener,
  mergeScreenSummaries,
  screenIssue,
  type Screener,
  type ScreenError,
  type ScreenSummary,
} from '../screen/index.js';
import { MAX_LINE_BYTES, type LineChunk } from './line-chunks.js';

/** How many invalid lines are reported in full; the rest are only counted. */
export const MAX_REPORTED_ERRORS = 100;

/** An invalid line: what was wrong, and where in the file. */
export interface LineError extends ScreenError {
  /** The 1-based line number in the input. */
  readonly line: number;
}

/** What screening one chunk of lines gave. */
export interface ChunkResult {
  readonly seq: number;
  /** The households with warnings, one JSON line each, every line ending with `\n` (empty when none). */
  readonly out: string;
  /** The counts of this chunk alone, so that parts add up in file order. */
  readonly summary: ScreenSummary;
  readonly errors: readonly LineError[];
}

/** What screening a whole input gave: the counts, and the first invalid lines in file order. */
export interface FileResult {
  readonly summary: ScreenSummary;
  readonly errors: readonly LineError[];
}

/** The date and what-if values a screening runs with (the same in every worker). */
export type ScreenRunOptions = ResolveOptions & { readonly asOf: string };

/**
 * Screens the lines of one chunk. Households are named by their `id`, else by their line number; blank lines
 * are skipped. The same function runs in the main thread (one worker) and in every worker thread, so the
 * output does not depend on how many there are or on how the input was cut.
 */
export function screenChunk(pack: PolicyPack, options: ScreenRunOptions, chunk: LineChunk): ChunkResult {
  const screener = createScreener(pack, options);
  const errors: LineError[] = [];
  const out: string[] = [];
  const report = (e: LineError) => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
  };
  if (chunk.tooLong !== undefined) {
    const line = chunk.firstLine;
    screener.screen(`line ${line}`, undefined); // counted as an invalid household
    const args = { line, bytes: chunk.tooLong, limit: MAX_LINE_BYTES };
    const message = screenIssue('population_line_too_long', [], args).message.en;
    report({ id: `line ${line}`, code: 'population_line_too_long', message, line });
  } else if (chunk.bytes) {
    const text = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength).toString('utf8');
    forEachLine(text, chunk.firstLine, (text, line) => screenLine(screener, text, line, out, report));
  }
  return { seq: chunk.seq, out: out.length ? `${out.join('\n')}\n` : '', summary: screener.summary(), errors };
}

function screenLine(
  screener: Screener,
  text: string,
  line: number,
  out: string[],
  report: (e: LineError) => void,
): void {
  if (!text.trim()) return;
  const where = `line ${line}`;
  let household: unknown;
  try {
    household = JSON.parse(text);
  } catch (e) {
    screener.screen(where, undefined); // counted as an invalid household
    report({ id: where, code: 'population_bad_json', message: (e as Error).message, line });
    return;
  }
  const id = (household as { id?: unknown } | null)?.id;
  const r = screener.screen(typeof id === 'string' ? id : where, household);
  if ('code' in r) report({ id: r.id, code: r.code, message: r.message, line });
  else if (r.warnings.length) out.push(JSON.stringify(r));
}

/**
 * Calls `handle` with each line of a text (without its ending: `\n`, `\r\n` or `\r`) and its number. Text
 * after the last ending is a line when it is not empty.
 */
export function forEachLine(text: string, firstLine: number, handle: (line: string, n: number) => void): void {
  let n = firstLine;
  let from = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    handle(text.slice(from, end), n++);
    from = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (lf >= 0 && lf < from) lf = text.indexOf('\n', from);
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
  }
  if (from < text.length) handle(text.slice(from), n);
}

/**
 * Puts chunk results back in input order as they arrive (from workers, in any order): writes each chunk's
 * households, adds up the counts and keeps the first invalid lines. Holds only the results that arrived early.
 */
export class OrderedResults {
  private next = 0;
  private readonly early = new Map<number, ChunkResult | WorkerChunkResult>();
  private summary: ScreenSummary = mergeScreenSummaries([]);
  private readonly errors: LineError[] = [];

  constructor(
    private readonly write: (out: string | Uint8Array) => void,
    private readonly progress?: (households: number) => void,
  ) {}

  add(result: ChunkResult | WorkerChunkResult): void {
    this.early.set(result.seq, result);
    for (let r = this.early.get(this.next); r; r = this.early.get(this.next)) {
      this.early.delete(this.next++);
      this.summary = mergeScreenSummaries([this.summary, r.summary]);
      if (r.out.length) this.write(r.out);
      for (const e of r.errors) if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(e);
      this.progress?.(this.summary.households);
    }
  }

  result(): FileResult {
    return { summary: this.summary, errors: this.errors };
  }
}

/** A chunk result as a worker sends it: the output already encoded, so it moves without a copy. */
export interface WorkerChunkResult extends Omit<ChunkResult, 'out'> {
  readonly out: Uint8Array;
}
