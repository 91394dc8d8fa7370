import type { FileHandle } from 'node:fs/promises';

/**
 * A run of whole lines of a JSONL input, in its own buffer (so it can be transferred to a worker thread
 * without a copy), or one line too long to read. Lines end with `\n`, `\r\n` or a lone `\r` (as Node's
 * readline reads them); the last line may have no ending.
 */
export interface LineChunk {
  /** Position of the chunk in the input: results are written back in this order. */
  readonly seq: number;
  /** The 1-based number of the chunk's first line. */
  readonly firstLine: number;
  /** How many lines the chunk holds (blank ones included). */
  readonly lines: number;
  /** The lines, with their endings; a view on a buffer of its own. Absent for a line too long to read. */
  readonly bytes?: Uint8Array;
  /** For a line longer than the limit: its length in bytes. It is skipped, never held in memory. */
  readonly tooLong?: number;
}

/** Where the bytes come from: `read` fills part of a buffer and says how much (0 at the end). */
export interface ByteSource {
  read(into: Uint8Array, offset: number, length: number): Promise<number>;
}

/** How the input is cut. */
export interface ChunkOptions {
  /** Bytes per chunk, about (a chunk holds whole lines). */
  readonly chunkBytes?: number;
  /** The longest line read; a longer one comes as a `tooLong` chunk. */
  readonly maxLineBytes?: number;
}

/** About 2 400 households of 430 bytes: small enough to keep two workers evenly busy, large enough to be cheap. */
export const CHUNK_BYTES = 1 << 20;
/**
 * The longest line read: a valid household (at most 50 members, 50 incomes each) is far below this; a longer
 * line is reported as invalid without being held in memory, whatever the number of workers.
 */
export const MAX_LINE_BYTES = 4 << 20;

const LF = 10;
const CR = 13;
const BOM = [0xef, 0xbb, 0xbf] as const;

/** A file as a {@link ByteSource}, read from its start. */
export function fileSource(handle: FileHandle): ByteSource {
  return { read: async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead };
}

/** A stream of bytes (standard input) as a {@link ByteSource}. */
export function streamSource(stream: AsyncIterable<Uint8Array | string>): ByteSource {
  const it = stream[Symbol.asyncIterator]();
  let rest: Uint8Array | undefined;
  return {
    async read(into, offset, length) {
      while (!rest?.length) {
        const next = await it.next();
        if (next.done) return 0;
        rest = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      }
      const n = Math.min(length, rest.length);
      into.set(rest.subarray(0, n), offset);
      rest = rest.subarray(n);
      return n;
    },
  };
}

/** Where the chunker stands: the buffer being filled and what it knows about the bytes before it. */
interface Cursor {
  buf: Uint8Array;
  /** Bytes of `buf` in use; those before `start` are already given out. */
  len: number;
  start: number;
  seq: number;
  /** The number of the next line. */
  line: number;
  eof: boolean;
  /** The last byte given out was a `\r`: a `\n` right after it belongs to the same line ending. */
  afterCR: boolean;
}

/**
 * Cuts an input into chunks of whole lines. Every line but a too-long one is in exactly one chunk, chunks come
 * in input order with their first line's number, so any worker can screen any chunk and name lines by number.
 * A UTF-8 byte-order mark at the very start is dropped. Memory stays at a few chunks whatever the input.
 */
export async function* readLineChunks(source: ByteSource, options: ChunkOptions = {}): AsyncGenerator<LineChunk> {
  const maxLine = options.maxLineBytes ?? MAX_LINE_BYTES;
  // Never more than a line may hold: then every line that fits in the buffer with its ending is within the limit.
  const chunkBytes = Math.max(BOM.length, Math.min(options.chunkBytes ?? CHUNK_BYTES, maxLine + 1));
  const c: Cursor = { buf: new Uint8Array(chunkBytes), len: 0, start: 0, seq: 0, line: 1, eof: false, afterCR: false };
  await fill(c, source);
  if (c.len >= 3 && c.buf[0] === BOM[0] && c.buf[1] === BOM[1] && c.buf[2] === BOM[2]) c.start = 3;
  for (;;) {
    if (c.afterCR && c.start < c.len) {
      if (c.buf[c.start] === LF) c.start++;
      c.afterCR = false;
    }
    const cut = c.eof ? c.len : lastLineEnd(c.buf, c.start, c.len);
    if (cut > c.start) {
      yield takeLines(c, cut, chunkBytes);
    } else if (c.eof) {
      return;
    } else if (c.len - c.start > maxLine) {
      yield await skipLongLine(c, source);
    } else {
      if (c.len === c.buf.length) grow(c, Math.min(c.buf.length * 2, maxLine + 1));
      await fill(c, source);
    }
  }
}

/** Reads into the free end of the buffer until it is full or the input has ended (a pipe gives 64 KiB at a time). */
async function fill(c: Cursor, source: ByteSource): Promise<void> {
  while (!c.eof && c.len < c.buf.length) {
    const n = await source.read(c.buf, c.len, c.buf.length - c.len);
    if (n === 0) c.eof = true;
    c.len += n;
  }
}

/** Moves the unread bytes to the front of a new buffer of `size` bytes (the old one may be on its way to a worker). */
function grow(c: Cursor, size: number): void {
  const next = new Uint8Array(Math.max(size, c.len - c.start));
  next.set(c.buf.subarray(c.start, c.len));
  c.buf = next;
  c.len -= c.start;
  c.start = 0;
}

/** Just past the last line ending in `buf[from, to)`, or `from` when there is none. */
function lastLineEnd(buf: Uint8Array, from: number, to: number): number {
  const view = buf.subarray(from, to);
  const end = Math.max(view.lastIndexOf(LF), view.lastIndexOf(CR));
  return end < 0 ? from : from + end + 1;
}

/** Gives out `buf[start, cut)` as a chunk and keeps what follows for the next one, in a fresh buffer. */
function takeLines(c: Cursor, cut: number, chunkBytes: number): LineChunk {
  const bytes = c.buf.subarray(c.start, cut);
  const lines = countLines(bytes, c.eof && cut === c.len);
  const chunk: LineChunk = { seq: c.seq++, firstLine: c.line, lines, bytes };
  c.line += lines;
  c.afterCR = bytes[bytes.length - 1] === CR;
  c.start = cut;
  if (!c.eof || c.start < c.len) grow(c, chunkBytes);
  return chunk;
}

/**
 * The number of lines in a run of bytes that ends with a line ending, or at the end of the input (`last`),
 * where a final line without an ending counts when it is not empty.
 */
export function countLines(bytes: Uint8Array, last: boolean): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) n++;
  // A `\r` ends a line unless a `\n` follows (then the two are one ending, counted above).
  for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) n++;
  const tail = bytes[bytes.length - 1];
  if (last && bytes.length && tail !== LF && tail !== CR) n++;
  return n;
}

/**
 * Skips a line longer than the limit without holding it: reads on to its ending (or the end of the input)
 * and reports its number and length.
 */
async function skipLongLine(c: Cursor, source: ByteSource): Promise<LineChunk> {
  let skipped = 0;
  for (;;) {
    const view = c.buf.subarray(c.start, c.len);
    const lf = view.indexOf(LF);
    const cr = view.indexOf(CR);
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end >= 0) {
      skipped += end;
      c.start += end + 1;
      c.afterCR = view[end] === CR;
      break;
    }
    skipped += view.length;
    c.start = c.len = 0;
    if (c.eof) break;
    await fill(c, source);
  }
  const chunk: LineChunk = { seq: c.seq++, firstLine: c.line, lines: 1, tooLong: skipped };
  c.line++;
  return chunk;
}
