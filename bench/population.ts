/**
 * The screening benchmarks' population and run. The population: the example households (examples/population.jsonl),
 * each with the coverage its decision gives, repeated to N lines with their own ids; one household in twenty has lost
 * its coverage record (a "missed" warning to find). The run: the built CLI in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { evaluate, getBundledPack } from '../src/index.js';

/** Writes `lines` households to `file`; returns its size in bytes. */
export function writePopulation(file: string, lines: number): number {
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
  for (let i = 0; i < lines; i++) {
    const h = covered[i % covered.length]!;
    const rec = i % 20 === 0 ? { ...h, coverage: [], members: h.members.map((m) => ({ ...m, benefits: [] })) } : h;
    buf.push(JSON.stringify({ ...rec, id: `h${i}` }));
    if (buf.length === 10_000) {
      writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
  }
  if (buf.length) writeSync(fd, `${buf.join('\n')}\n`);
  closeSync(fd);
  return statSync(file).size;
}

/** What one `safetynet screen` run took. */
export interface ScreenRun {
  readonly seconds: number;
  /** Peak resident memory, where /usr/bin/time exists to measure it. */
  readonly rssMb: number | undefined;
  /** The summary the command printed (`--json`). */
  readonly summary: { readonly withWarnings: number };
}

const HAS_TIME = existsSync('/usr/bin/time');

/** Screens `file` against the bundled chengdu pack with the built CLI and `workers` threads, writing to `out`. */
export function runScreen(file: string, workers: number, out: string): ScreenRun {
  const args = ['dist/cli.js', 'screen', '--pack', 'chengdu', '--as-of', '2023-06-01', '--workers', String(workers)];
  args.push('--json', '--out', out, file);
  const t0 = performance.now();
  const r = HAS_TIME
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(r.stderr);
  const rssMb = HAS_TIME ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : undefined;
  return { seconds, rssMb, summary: JSON.parse(r.stdout).summary as ScreenRun['summary'] };
}
