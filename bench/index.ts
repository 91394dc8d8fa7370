// `npm run bench`: every benchmark, one after the other, each in its own process so they do not warm each other
// up; then one table of every row, with its ratio (to json-rules-engine in the same process, or to 1 worker in
// the same run) and its target. Ratios are what to compare across runs: the absolute figures move with the load
// of the machine. BENCH_SHORT=1 runs a short mode (small inputs, one pass; CI runs it so the benchmarks cannot
// rot); BENCH_SCREEN_LINES=1000000 screens the design's million lines (minutes); `npm run bench:scaling` (or
// BENCH_SCALING_LINES) adds the curve from 100 000 to 10 million lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './rows.js';

const dir = mkdtempSync(join(tmpdir(), 'safetynet-bench-rows-'));
const rowsFile = join(dir, 'rows.jsonl');
const load = () => loadavg()[0]!.toFixed(1);
const loadBefore = load();

for (const file of [
  'bench/rules.bench.ts',
  'bench/evaluate.bench.ts',
  'bench/cold-start.bench.ts',
  'bench/screen.bench.ts',
  // The scaling curve writes up to 4.3 GB and takes many minutes: in the short mode, or when sizes are asked for.
  ...(process.env.BENCH_SHORT === '1' || process.env.BENCH_SCALING_LINES ? ['bench/screen-scaling.bench.ts'] : []),
]) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_ROWS: rowsFile },
  });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

const rows = readFileSync(rowsFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as BenchRow);
rmSync(dir, { recursive: true, force: true });

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|');
console.log(
  `\n=== the table (${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, node ${process.version}, load average ${loadBefore} before, ${load()} after) ===\n`,
);
console.log('| what | measured | ratio | target |');
console.log('|---|---|---|---|');
for (const r of rows) {
  const target = r.target
    ? `${r.target}${r.verdict === 'not met' ? ' — **not met**' : r.verdict === 'met' ? ' — met' : ''}`
    : '—';
  console.log(`| ${cell(r.what)} | ${cell(r.measured)} | ${cell(r.ratio) || '—'} | ${cell(target)} |`);
}
