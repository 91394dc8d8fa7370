/**
 * How screening grows with the population: the built CLI screens generated populations of growing size with 2
 * worker threads, each in a fresh process; for each, seconds, households/s, microseconds per household and peak
 * RSS, then the least-squares line (seconds = start-up + cost per household × households) and what it gives for a
 * province of 40 million households. Linear time and flat memory are what make that plan hold.
 *
 * Sizes: BENCH_SCALING_LINES (comma-separated; default 100 000, 1 000 000 and 10 000 000 — the last writes 4.3 GB
 * and takes minutes); BENCH_SHORT=1 runs two small sizes.
 *
 * Run: npm run build && npx tsx bench/screen-scaling.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScreen, writePopulation } from './population.js';
import { perSecond, recordRow, SHORT } from './rows.js';

const SIZES = (process.env.BENCH_SCALING_LINES ?? (SHORT ? '10000,40000' : '100000,1000000,10000000'))
  .split(',')
  .map(Number);
const WORKERS = 2;
const PROVINCE = 40_000_000;
const dir = mkdtempSync(join(tmpdir(), 'safetynet-scaling-'));

interface Point {
  readonly lines: number;
  readonly seconds: number;
  readonly rssMb: number | undefined;
}

const points: Point[] = [];
try {
  for (const lines of SIZES) points.push(measure(lines));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const fit = leastSquares(points.map((p) => [p.lines, p.seconds] as const));
const province = fit.intercept + fit.slope * PROVINCE;
console.log(
  `seconds ≈ ${fit.intercept.toFixed(2)} + ${(fit.slope * 1e6).toFixed(2)} µs × households; ` +
    `40 M households ≈ ${(province / 60).toFixed(0)} min with ${WORKERS} workers on this machine`,
);
recordRow({
  group: 'screen-scaling',
  what: `\`safetynet screen\`, ${WORKERS} workers: the line through ${points.length} sizes`,
  measured: `${fit.intercept.toFixed(2)} s + ${(fit.slope * 1e6).toFixed(2)} µs per household`,
  ratio: `40 M households ≈ ${(province / 60).toFixed(0)} min`,
});

/** Writes a population of `lines` households and screens it in a fresh process. */
function measure(lines: number): Point {
  const file = join(dir, `population-${lines}.jsonl`);
  const bytes = writePopulation(file, lines);
  const { seconds, rssMb } = runScreen(file, WORKERS, join(dir, 'out.jsonl'));
  rmSync(file);
  const perHousehold = (seconds / lines) * 1e6;
  console.log(
    `${lines.toLocaleString('en-US').padStart(12)} lines (${(bytes / 1e6).toFixed(0)} MB): ${seconds.toFixed(1)} s, ` +
      `${perSecond(lines / seconds)}, ${perHousehold.toFixed(1)} µs/household${rssMb !== undefined ? `, ${rssMb.toFixed(0)} MB peak RSS` : ''}`,
  );
  recordRow({
    group: 'screen-scaling',
    what: `\`safetynet screen\` ${lines.toLocaleString('en-US')} lines (${(bytes / 1e6).toFixed(0)} MB), ${WORKERS} workers`,
    measured: `${seconds.toFixed(1)} s, ${perSecond(lines / seconds)}${rssMb !== undefined ? `, ${rssMb.toFixed(0)} MB RSS` : ''}`,
    ratio: `${perHousehold.toFixed(1)} µs per household`,
  });
  return { lines, seconds, rssMb };
}

/** The least-squares line y = intercept + slope × x. */
function leastSquares(xy: readonly (readonly [number, number])[]): { intercept: number; slope: number } {
  const n = xy.length;
  const mx = xy.reduce((s, [x]) => s + x, 0) / n;
  const my = xy.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = xy.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxx === 0 ? my / mx : xy.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
  return { intercept: my - slope * mx, slope };
}
