// A worker thread of `safetynet screen`: screens the chunks of lines the main thread transfers to it, one at a
// time, and transfers back each chunk's households with warnings (encoded), its counts and its invalid lines.
import { parentPort, workerData } from 'node:worker_threads';
import type { LineChunk } from './line-chunks.js';
import { packFromArg } from './pack-arg.js';
import { screenChunk, type ScreenRunOptions, type WorkerChunkResult } from './screen-file.js';

/** What every worker is given when it starts: the pack argument and the options of the run. */
export interface ScreenWorkerData {
  readonly pack: string;
  readonly options: ScreenRunOptions;
}

const { pack: packArg, options } = workerData as ScreenWorkerData;
const pack = packFromArg(packArg);
const encoder = new TextEncoder();

parentPort!.on('message', (chunk: LineChunk) => {
  const r = screenChunk(pack, options, chunk);
  // TextEncoder gives a buffer of its own (never Node's shared pool), so it can be transferred.
  const out = encoder.encode(r.out);
  const result: WorkerChunkResult = { seq: r.seq, out, summary: r.summary, errors: r.errors };
  parentPort!.postMessage(result, [out.buffer]);
});
