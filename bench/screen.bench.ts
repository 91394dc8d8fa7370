/**
 * Screening benchmark: writes a JSONL population of N households (default 200 000; pass 1000000 for the
 * design's million-line case) with coverage mostly matching the decision, then runs the built CLI with
 * 1 and 2 worker threads. Prints households/s, and peak memory where /usr/bin/time exists.
 *
 * Run: npm run build && npx tsx bench/screen.bench.ts [households]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, getBundledPack } from '../src/index.js';

const N = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'safetynet-bench-'));
const file = join(dir, 'population.jsonl');
const pack = getBundledPack('chengdu');
const base = readFileSync('examples/population.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Record<string, unknown> & { members: Record<string, unknown>[] });
const covered = base.map((h) => {
  const c = evaluate(pack, h, { asOf: '2023-06-01' }).category;
  return c === 'none' ? h : { ...h, coverage: [c], members: h.members.map((m) => ({ ...m, benefits: [c] })) };
});
const fd = openSync(file, 'w');
let buf: string[] = [];
for (let i = 0; i < N; i++) {
  const h = covered[i % covered.length]!;
  // One household in twenty has lost its coverage record: a "missed" warning to find.
  const rec = i % 20 === 0 ? { ...h, coverage: [], members: h.members.map((m) => ({ ...m, benefits: [] })) } : h;
  buf.push(JSON.stringify({ ...rec, id: `h${i}` }));
  if (buf.length === 10_000) {
    writeSync(fd, `${buf.join('\n')}\n`);
    buf = [];
  }
}
if (buf.length) writeSync(fd, `${buf.join('\n')}\n`);
closeSync(fd);
console.log(`${N.toLocaleString('en-US')} households, ${(statSync(file).size / 1e6).toFixed(0)} MB of JSONL`);

const hasTime = existsSync('/usr/bin/time');
for (const workers of [1, 2]) {
  const args = [
    'dist/cli.js',
    'screen',
    '--pack',
    'chengdu',
    '--as-of',
    '2023-06-01',
    '--workers',
    String(workers),
    '--json',
    '--out',
    join(dir, 'out.jsonl'),
    file,
  ];
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(r.stderr);
  const rss = hasTime ? `${(Number(r.stderr.trim().split('\n').at(-1)) / 1024).toFixed(0)} MB peak RSS` : '';
  const summary = JSON.parse(r.stdout).summary as { withWarnings: number };
  console.log(
    `${workers} worker(s): ${seconds.toFixed(1)} s, ${Math.round(N / seconds).toLocaleString('en-US')} households/s, ${summary.withWarnings} with warnings ${rss}`,
  );
}
rmSync(dir, { recursive: true, force: true });
