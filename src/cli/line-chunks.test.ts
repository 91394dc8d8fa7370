import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, readLineChunks, type ByteSource, type LineChunk } from './line-chunks.js';
import { forEachLine } from './screen-file.js';

/** A source that hands out the bytes in reads of the given sizes (cycled), like a pipe. */
function source(bytes: Uint8Array, reads: readonly number[] = [1 << 16]): ByteSource {
  let at = 0;
  let i = 0;
  return {
    async read(into, offset, length) {
      const n = Math.min(length, bytes.length - at, reads[i++ % reads.length]!);
      into.set(bytes.subarray(at, at + n), offset);
      at += n;
      return n;
    },
  };
}

/** Every line as the chunker and the line splitter give it: [number, text] or [number, length] when too long. */
async function linesOf(bytes: Uint8Array, chunkBytes: number, maxLineBytes: number, reads?: number[]) {
  const out: (readonly [number, string | number])[] = [];
  const chunks: LineChunk[] = [];
  let next = 1;
  for await (const c of readLineChunks(source(bytes, reads), { chunkBytes, maxLineBytes })) {
    chunks.push(c);
    expect(c.firstLine).toBe(next);
    expect(c.seq).toBe(chunks.length - 1);
    next += c.lines;
    if (c.tooLong !== undefined) out.push([c.firstLine, c.tooLong]);
    else {
      let seen = 0;
      forEachLine(Buffer.from(c.bytes!).toString('latin1'), c.firstLine, (text, n) => {
        seen++;
        out.push([n, text]);
      });
      expect(seen).toBe(c.lines);
    }
  }
  return out;
}

/** The reference: split on \r\n, \r or \n; a last line counts when not empty; long lines are reported by length. */
function referenceLines(text: string, maxLineBytes: number) {
  const body = text.startsWith('\u00ef\u00bb\u00bf') ? text.slice(3) : text;
  const parts = body.split(/\r\n|\r|\n/);
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((p, i) => [i + 1, p.length > maxLineBytes ? p.length : p] as const);
}

const line = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', '{', '}', '"', ' ', '\u00e9'), maxLength: 12 }),
  fc.constant(''),
  fc.string({ unit: fc.constant('x'), minLength: 20, maxLength: 60 }),
);
const ending = fc.constantFrom('\n', '\r\n', '\r');
const input = fc
  .tuple(fc.array(fc.tuple(line, ending), { maxLength: 30 }), line, fc.boolean())
  .map(([lines, last, bom]) => `${bom ? '\u00ef\u00bb\u00bf' : ''}${lines.map(([l, e]) => l + e).join('')}${last}`);

describe('readLineChunks', () => {
  it('gives every line once, numbered, however the input is read and cut (\\n, \\r\\n, \\r)', async () => {
    await fc.assert(
      fc.asyncProperty(
        input,
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 8, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
        async (text, chunkBytes, maxLine, reads) => {
          const bytes = Buffer.from(text, 'latin1');
          expect(await linesOf(bytes, chunkBytes, maxLine, reads)).toEqual(referenceLines(text, maxLine));
        },
      ),
      { seed: 20261126, numRuns: 400 },
    );
  });

  it('reports a line over the limit by number and length, without holding it', async () => {
    const long = 'y'.repeat(5000);
    const lines = await linesOf(Buffer.from(`a\r\n${long}\r\nb\n${long}`), 64, 100, [7, 300]);
    expect(lines).toEqual([
      [1, 'a'],
      [2, 5000],
      [3, 'b'],
      [4, 5000],
    ]);
  });

  it('gives nothing for an empty input and one line for a line without an ending', async () => {
    expect(await linesOf(new Uint8Array(0), 16, 100)).toEqual([]);
    expect(await linesOf(Buffer.from('{}'), 16, 100)).toEqual([[1, '{}']]);
    expect(await linesOf(Buffer.from('\r\r\n\n'), 1, 100)).toEqual([
      [1, ''],
      [2, ''],
      [3, ''],
    ]);
  });

  it('hands out each chunk in a buffer of its own, so that it can be transferred', async () => {
    const buffers = new Set<ArrayBufferLike>();
    for await (const c of readLineChunks(source(Buffer.from('a\nbb\nccc\n'.repeat(50))), { chunkBytes: 16 })) {
      expect(buffers.has(c.bytes!.buffer)).toBe(false);
      buffers.add(c.bytes!.buffer);
    }
    expect(buffers.size).toBeGreaterThan(5);
  });
});

describe('countLines', () => {
  it('counts endings, a \\r\\n once, and a last line without an ending only at the end of the input', () => {
    expect(countLines(Buffer.from('a\r\nb\rc\n'), false)).toBe(3);
    expect(countLines(Buffer.from('a\nb'), true)).toBe(2);
    expect(countLines(Buffer.from('a\n'), true)).toBe(1);
    expect(countLines(Buffer.from(''), true)).toBe(0);
  });
});
