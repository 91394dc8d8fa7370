import type { PolicyPack } from '../pack/index.js';
import { readLineChunks, type ByteSource, type ChunkOptions } from './line-chunks.js';
import { OrderedResults, screenChunk, type FileResult, type ScreenRunOptions } from './screen-file.js';
import { ScreenPool } from './screen-pool.js';

/** How to screen an input. */
export interface ScreenSourceOptions {
  readonly pack: PolicyPack;
  /** The pack as the workers load it: a pack directory or file, or a bundled pack's id. */
  readonly packArg: string;
  readonly options: ScreenRunOptions;
  /** 1 screens in this thread; more start up to that many worker threads (only as many as there are chunks). */
  readonly workers: number;
  /** How the input is cut (tests cut it small). */
  readonly chunks?: ChunkOptions;
  /** Receives the households with warnings, as JSON lines, in input order. */
  readonly write: (out: string | Uint8Array) => void;
  /** Called as results are written, with the number of households screened so far. */
  readonly progress?: (households: number) => void;
}

/**
 * Screens a JSONL input chunk by chunk. The input is cut the same way whatever the number of workers, every
 * chunk is screened by the same function (here or in a worker) and the results are written back in input
 * order, so the output, the counts and the invalid lines (with their line numbers) never depend on the number
 * of workers. With workers, this thread only reads, cuts and writes: the workers screen.
 */
export async function screenSource(source: ByteSource, opts: ScreenSourceOptions): Promise<FileResult> {
  const results = new OrderedResults(opts.write, opts.progress);
  const chunks = readLineChunks(source, opts.chunks);
  if (opts.workers <= 1) {
    for await (const chunk of chunks) results.add(screenChunk(opts.pack, opts.options, chunk));
    return results.result();
  }
  const pool = new ScreenPool({ pack: opts.packArg, options: opts.options }, opts.workers, (r) => results.add(r));
  try {
    for await (const chunk of chunks) await pool.submit(chunk);
    await pool.drain();
  } finally {
    await pool.close();
  }
  return results.result();
}
