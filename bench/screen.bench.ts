/**
 * Screening benchmark: writes a JSONL population of N households (default 200 000; BENCH_SCREEN_LINES=1000000
 * or an argument for the design's million-line case, which takes minutes) with coverage mostly matching the
 * decision, then runs the built CLI with 1 and 2 worker threads, one after the other in the same run. Prints
 * seconds, households/s, the ratio of 2 workers to 1, and peak memory (RSS) where /usr/bin/time exists.
 *
 * Run: npm run build && npx tsx bench/screen.bench.ts [households]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, getBundledPack } from '../src/index.js';
import { perSecond, recordRow, SHORT } from './rows.js';

const N = Number(process.argv[2] ?? process.env.BENCH_SCREEN_LINES ?? (SHORT ? 20_000 : 200_000));
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
const MB = (statSync(file).size / 1e6).toFixed(0);
const seconds: number[] = [];
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
  const took = (performance.now() - t0) / 1000;
  seconds.push(took);
  if (r.status !== 0) throw new Error(r.stderr);
  const rssMb = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : undefined;
  const rss = rssMb !== undefined ? `${rssMb.toFixed(0)} MB peak RSS` : '';
  const summary = JSON.parse(r.stdout).summary as { withWarnings: number };
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
rmSync(dir, { recursive: true, force: true });
