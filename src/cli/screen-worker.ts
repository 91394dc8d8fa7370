// A worker thread of `safetynet screen`: screens one byte range of a JSONL file and writes the households
// with warnings to its own temporary file, so the parent can join the parts in file order.
import { createWriteStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { packFromArg } from './pack-arg.js';
import { screenFilePart } from './screen-file.js';

interface Job {
  pack: string;
  asOf: string;
  overrides?: Record<string, string | Record<string, string>>;
  lastKnown?: boolean;
  file: string;
  start: number;
  end: number;
  out: string;
}

const job = workerData as Job;
const out = createWriteStream(job.out, { highWaterMark: 1 << 20 });
let batch: string[] = [];
const flush = () => {
  if (batch.length) out.write(`${batch.join('\n')}\n`);
  batch = [];
};
const pack = packFromArg(job.pack);
const result = await screenFilePart(
  pack,
  {
    asOf: job.asOf,
    ...(job.overrides ? { overrides: job.overrides } : {}),
    ...(job.lastKnown ? { lastKnown: true } : {}),
  },
  job.file,
  { start: job.start, end: job.end },
  (line) => {
    batch.push(line);
    if (batch.length >= 2000) flush();
  },
);
flush();
await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
parentPort!.postMessage(result);
