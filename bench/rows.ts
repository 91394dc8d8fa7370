/**
 * The benchmark table: each benchmark records its rows here, and `bench/index.ts` prints them together at the
 * end of the run (rows go to the file named by BENCH_ROWS; without it, a benchmark run alone only prints).
 */
import { appendFileSync } from 'node:fs';

/** One line of the table: what was measured, the figure, its ratio to the baseline of its group, the target. */
export interface BenchRow {
  readonly group: string;
  readonly what: string;
  readonly measured: string;
  /** e.g. `412× json-rules-engine`, `1.4× 1 worker`. */
  readonly ratio?: string;
  readonly target?: string;
  /** `met`, `not met`, or nothing when there is no target. */
  readonly verdict?: 'met' | 'not met';
}

/** Records a row for the run's table. */
export function recordRow(row: BenchRow): void {
  const file = process.env.BENCH_ROWS;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

/** True in the short mode (BENCH_SHORT=1, used by CI so the benchmarks cannot rot): small inputs, few runs. */
export const SHORT = process.env.BENCH_SHORT === '1';

/** 12 345 678 → "12.3 M", 45 678 → "45.7 k". */
export function perSecond(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M/s`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k/s`;
  return `${n.toFixed(0)}/s`;
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
