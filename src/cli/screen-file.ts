import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createScreener, type ScreenError, type ScreenItem, type ScreenSummary } from '../screen/index.js';
import type { PolicyPack } from '../pack/index.js';
import type { ResolveOptions } from '../pack/index.js';

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
  const input =
    typeof file === 'string'
      ? createReadStream(
          file,
          range ? { start: range.start, end: range.end - 1, highWaterMark: 1 << 20 } : { highWaterMark: 1 << 20 },
        )
      : file;
  // Households without an `id` are named by line number, or by byte offset when this is only a part of the file.
  let n = 0;
  const handle = (line: string, at: number) => {
    n++;
    if (!line.trim()) return;
    const where = range ? `byte ${at}` : `line ${n}`;
    let household: unknown;
    try {
      household = JSON.parse(line);
    } catch (e) {
      screener.screen(where, undefined); // counted as an invalid household
      if (errors.length < MAX_REPORTED_ERRORS)
        errors.push({ id: where, code: 'population_bad_json', message: (e as Error).message });
      return;
    }
    const id =
      household && typeof household === 'object' && typeof (household as { id?: unknown }).id === 'string'
        ? (household as { id: string }).id
        : where;
    const r = screener.screen(id, household);
    if ('code' in r) {
      if (errors.length < MAX_REPORTED_ERRORS) errors.push(r);
    } else if (r.warnings.length) emit(JSON.stringify(r as ScreenItem));
  };
  // Lines are cut from the raw bytes, so their offsets come for free (readline would decode, then re-measure).
  let pending: Buffer | undefined;
  let offset = range?.start ?? 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
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
  return { summary: screener.summary(), errors };
}

/** Adds up the summaries of the parts of a file. */
export function mergeSummaries(parts: readonly ScreenSummary[]): ScreenSummary {
  const warnings: Record<string, number> = { missed: 0, wrong: 0, transition: 0, 'edge-watch': 0 };
  const categories: Record<string, number> = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.warnings)) warnings[k] = (warnings[k] ?? 0) + v;
    for (const [k, v] of Object.entries(p.categories)) categories[k] = (categories[k] ?? 0) + v;
  }
  return {
    households: parts.reduce((n, p) => n + p.households, 0),
    withWarnings: parts.reduce((n, p) => n + p.withWarnings, 0),
    uncertain: parts.reduce((n, p) => n + p.uncertain, 0),
    errors: parts.reduce((n, p) => n + p.errors, 0),
    warnings: warnings as ScreenSummary['warnings'],
    categories,
  };
}
