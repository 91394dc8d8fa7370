/**
 * `safetynet screen` writes the same lines, counts and invalid lines (by line number) whatever the number of
 * worker threads and however the input is cut into chunks. Runs the built CLI (the Node ESM build: the workers are
 * built files).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../src/cli/line-chunks.js';
import type { FileResult } from '../src/cli/screen-file.js';
import type { ScreenSourceOptions } from '../src/cli/screen-source.js';
import type { PolicyPack } from '../src/index.js';
import { completeHousehold } from './helpers/households.js';

const dist = (file: string) => import(pathToFileURL(resolve('dist/node-esm', file)).href);
const { screenSource } = (await dist('screen-source.js')) as {
  screenSource: (s: ByteSource, o: ScreenSourceOptions) => Promise<FileResult>;
};
const { getBundledPack } = (await dist('index.js')) as { getBundledPack: (id: string) => PolicyPack };
const pack = getBundledPack('chengdu');
const options = { asOf: '2023-06-01' };

function bytesSource(bytes: Uint8Array): ByteSource {
  let at = 0;
  return {
    async read(into, offset, length) {
      const n = Math.min(length, bytes.length - at);
      into.set(bytes.subarray(at, at + n), offset);
      at += n;
      return n;
    },
  };
}

/** Screens the bytes and returns everything the command would print: the lines, the counts, the invalid lines. */
async function run(bytes: Uint8Array, workers: number, chunkBytes?: number) {
  const out: Buffer[] = [];
  const r = await screenSource(bytesSource(bytes), {
    pack,
    packArg: 'chengdu',
    options,
    workers,
    ...(chunkBytes ? { chunks: { chunkBytes } } : {}),
    write: (chunk) => out.push(Buffer.from(chunk)),
  });
  // As JSON, so that the order of the categories (the order they first appear in) is compared too.
  return { out: Buffer.concat(out).toString('utf8'), summary: JSON.stringify(r.summary), errors: r.errors };
}

const districts = Object.values(pack.zones).flat();
const record = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(completeHousehold, fc.constantFrom(...districts), fc.option(fc.nat(99))) },
  { weight: 1, arbitrary: fc.constantFrom('{not json', '5', '[1,2]', 'null', '', '   ', '{"members":"none"}') },
);
const population = fc
  .tuple(fc.array(fc.tuple(record, fc.constantFrom('\n', '\r\n', '\r')), { minLength: 0, maxLength: 25 }), fc.boolean())
  .map(([records, endsWithBreak]) => {
    const text = records
      .map(([r, end]) =>
        typeof r === 'string'
          ? r + end
          : JSON.stringify({ ...(r[2] !== null ? { id: `h${r[2]}` } : {}), district: r[1], ...r[0] }) + end,
      )
      .join('');
    return Buffer.from(endsWithBreak || !text.length ? text : text.slice(0, -1).replace(/\r$/, ''));
  });

describe('screen: the output does not depend on the workers or on how the input is cut', () => {
  it('in one thread, cut into chunks of any size', async () => {
    await fc.assert(
      fc.asyncProperty(population, fc.integer({ min: 4, max: 3000 }), async (bytes, chunkBytes) => {
        expect(await run(bytes, 1, chunkBytes)).toEqual(await run(bytes, 1));
      }),
      { seed: 20261126, numRuns: 60 },
    );
  });

  it('with 2 or 3 worker threads and small chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        population,
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 200, max: 2000 }),
        async (bytes, workers, chunkBytes) => {
          expect(await run(bytes, workers, chunkBytes)).toEqual(await run(bytes, 1));
        },
      ),
      { seed: 20261127, numRuns: 6 },
    );
  }, 120_000);

  it('names invalid lines by their number with any number of workers', async () => {
    const text = '{"id":"a","members":[]}\r\n\r\n{oops\n{"members":[{"birthDate":"1980-01-01"}],"district":"mars"}';
    for (const workers of [1, 2]) {
      const r = await run(Buffer.from(text), workers, 8);
      expect(r.errors.map((e) => [e.id, e.code, e.line])).toEqual([
        ['a', 'household_invalid', 1],
        ['line 3', 'population_bad_json', 3],
        ['line 4', 'household_unknown_district', 4],
      ]);
    }
  }, 60_000);

  it('reads a file with a byte-order mark and CRLF endings like any other', async () => {
    const lines = [{ id: 'a', district: 'wenjiang', members: [{ birthDate: '1980-01-01', incomes: [] }] }];
    const plain = await run(Buffer.from(`${JSON.stringify(lines[0])}\n`), 1);
    expect(plain.errors).toEqual([]);
    for (const workers of [1, 2])
      expect(await run(Buffer.from(`\ufeff${JSON.stringify(lines[0])}\r\n`), workers)).toEqual(plain);
  }, 60_000);
});
