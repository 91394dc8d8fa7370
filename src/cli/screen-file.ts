import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import type { PolicyPack, ResolveOptions } from '../pack/index.js';
import { createScreener, type Screener, type ScreenError, type ScreenSummary } from '../screen/index.js';

/** What one pass over (part of) a JSONL file produced. */
export interface FilePartResult {
  readonly summary: ScreenSummary;
  readonly errors: readonly ScreenError[];
}

/** How many invalid lines are reported in full; the rest are only counted. */
export const MAX_REPORTED_ERRORS = 100;

/**
 * The byte offset of the first line that starts at or after `offset` (0 stays 0). Splitting a file at these
 * offsets gives every line to exactly one part.
 */
export function alignToLine(file: string, offset: number): number {
  if (offset === 0) return 0;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    let pos = offset - 1; // a line starting exactly at `offset` follows a newline at offset - 1
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) return pos;
      const i = buf.subarray(0, n).indexOf(10);
      if (i >= 0) return pos + i + 1;
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Screens the lines of a JSONL file between two byte offsets (aligned to lines), streaming: memory stays
 * flat whatever the file size. Each household with warnings is handed to `emit` as one JSON line.
 */
export async function screenFilePart(
  pack: PolicyPack,
  options: ResolveOptions & { asOf: string },
  file: string | NodeJS.ReadableStream,
  range: { start: number; end: number } | undefined,
  emit: (line: string) => void,
): Promise<FilePartResult> {
  const screener = createScreener(pack, options);
  const errors: ScreenError[] = [];
  const stream = { highWaterMark: 1 << 20 };
  const input =
    typeof file !== 'string'
      ? file
      : createReadStream(file, range ? { ...stream, start: range.start, end: range.end - 1 } : stream);
  await forEachLine(
    input as AsyncIterable<Buffer | string>,
    range?.start ?? 0,
    lineScreener(screener, errors, range, emit),
  );
  return { summary: screener.summary(), errors };
}

/**
 * Screens one line of the file. Households without an `id` are named by line number, or by byte offset when
 * this is only a part of the file (the line number is not known there).
 */
function lineScreener(
  screener: Screener,
  errors: ScreenError[],
  range: { start: number } | undefined,
  emit: (line: string) => void,
): (line: string, at: number) => void {
  let n = 0;
  const report = (e: ScreenError) => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
  };
  return (line, at) => {
    n++;
    if (!line.trim()) return;
    const where = range ? `byte ${at}` : `line ${n}`;
    let household: unknown;
    try {
      household = JSON.parse(line);
    } catch (e) {
      screener.screen(where, undefined); // counted as an invalid household
      report({ id: where, code: 'population_bad_json', message: (e as Error).message });
      return;
    }
    const id = (household as { id?: unknown } | null)?.id;
    const r = screener.screen(typeof id === 'string' ? id : where, household);
    if ('code' in r) report(r);
    else if (r.warnings.length) emit(JSON.stringify(r));
  };
}

/**
 * Calls `handle` with each line of a byte stream (without its `\n` or `\r\n`) and the byte offset it starts at.
 * Lines are cut from the raw bytes, so their offsets come for free (readline would decode, then re-measure).
 */
async function forEachLine(
  input: AsyncIterable<Buffer | string>,
  start: number,
  handle: (line: string, at: number) => void,
): Promise<void> {
  let pending: Buffer | undefined;
  let offset = start;
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (pending) {
      buf = Buffer.concat([pending, buf]);
      pending = undefined;
    }
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      const end = nl > from && buf[nl - 1] === 13 ? nl - 1 : nl;
      handle(buf.toString('utf8', from, end), offset);
      offset += nl + 1 - from;
      from = nl + 1;
    }
    if (from < buf.length) pending = buf.subarray(from);
  }
  if (pending?.length) handle(pending.toString('utf8'), offset);
}
