/**
 * Screening benchmark: writes a JSONL population of N households (default 200 000; BENCH_SCREEN_LINES=1000000
 * or an argument for the design's million-line case, which takes minutes) with coverage mostly matching the
 * decision, then runs the built CLI with 1 and 2 worker threads, one after the other in the same run. Prints
 * seconds, households/s, the ratio of 2 workers to 1, and peak memory (RSS) where /usr/bin/time exists.
 *
 * Run: npm run build && npx tsx bench/screen.bench.ts [households]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSource, readLineChunks } from '../src/cli/line-chunks.js';
import { OrderedResults } from '../src/cli/screen-file.js';
import { mergeScreenSummaries } from '../src/screen/index.js';
import { runScreen, writePopulation } from './population.js';
import { perSecond, recordRow, SHORT } from './rows.js';

const N = Number(process.argv[2] ?? process.env.BENCH_SCREEN_LINES ?? (SHORT ? 20_000 : 200_000));
const dir = mkdtempSync(join(tmpdir(), 'safetynet-bench-'));
const file = join(dir, 'population.jsonl');
writePopulation(file, N);
console.log(`${N.toLocaleString('en-US')} households, ${(statSync(file).size / 1e6).toFixed(0)} MB of JSONL`);

const MB = (statSync(file).size / 1e6).toFixed(0);
const seconds: number[] = [];
for (const workers of [1, 2]) {
  const { seconds: took, rssMb, summary } = runScreen(file, workers, join(dir, 'out.jsonl'));
  seconds.push(took);
  const rss = rssMb !== undefined ? `${rssMb.toFixed(0)} MB peak RSS` : '';
  console.log(
    `${workers} worker(s): ${took.toFixed(1)} s, ${Math.round(N / took).toLocaleString('en-US')} households/s, ${summary.withWarnings} with warnings ${rss}`,
  );
  const million = N >= 1_000_000;
  recordRow({
    group: 'screen',
    what: `\`safetynet screen\` ${N.toLocaleString('en-US')} JSONL lines (${MB} MB), ${workers} worker${workers > 1 ? 's' : ''}`,
    measured: `${took.toFixed(1)} s, ${perSecond(N / took)}${rssMb !== undefined ? `, ${rssMb.toFixed(0)} MB RSS` : ''}`,
    ...(workers === 2 ? { ratio: `${(seconds[0]! / took).toFixed(2)}× 1 worker` } : {}),
    ...(workers === 2 && million
      ? {
          target: '< 5 s, ≥ 1.6× 1 worker, RSS < 300 MB',
          verdict: took < 5 && seconds[0]! / took >= 1.6 && (rssMb === undefined || rssMb < 300) ? 'met' : 'not met',
        }
      : {}),
  });
}
// More workers than cores cannot be measured on this machine: 4 workers are simulated from what was measured. Each
// worker screens at the 1-worker rate, and nothing goes faster than the main thread alone reading, cutting and
// putting back in order the chunks (measured here with no screening at all), whatever the number of workers.
const mainOnly = await mainThreadSeconds(file);
const oneWorkerRate = N / seconds[0]!;
const simulated = Math.max(N / (4 * oneWorkerRate), mainOnly);
console.log(
  `main thread alone (read, cut, order; no screening): ${mainOnly.toFixed(2)} s = ${perSecond(N / mainOnly)}; 4 workers (simulated): ${simulated.toFixed(1)} s`,
);
recordRow({
  group: 'screen',
  what: `\`safetynet screen\` ${N.toLocaleString('en-US')} lines: the main thread alone (read, cut, put in order)`,
  measured: `${mainOnly.toFixed(2)} s, ${perSecond(N / mainOnly)}`,
  ratio: `ceiling ${(N / mainOnly / oneWorkerRate).toFixed(0)}× 1 worker`,
});
recordRow({
  group: 'screen',
  what: `\`safetynet screen\` ${N.toLocaleString('en-US')} lines, 4 workers (simulated: 4 × the 1-worker rate, at most the main thread's)`,
  measured: `${simulated.toFixed(1)} s, ${perSecond(N / simulated)}`,
  ratio: `${(seconds[0]! / simulated).toFixed(2)}× 1 worker`,
});
rmSync(dir, { recursive: true, force: true });

/** Seconds the main thread takes to read the file, cut it into chunks and write results back in order, screening nothing. */
async function mainThreadSeconds(path: string): Promise<number> {
  const handle = await open(path);
  const t0 = performance.now();
  const results = new OrderedResults(() => {});
  let households = 0;
  for await (const chunk of readLineChunks(fileSource(handle))) {
    households += chunk.lines;
    results.add({ seq: chunk.seq, out: '', summary: mergeScreenSummaries([]), errors: [] });
  }
  const took = (performance.now() - t0) / 1000;
  await handle.close();
  if (households < N) throw new Error(`read ${households} lines of ${N}`);
  return took;
}
