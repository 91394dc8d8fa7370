/**
 * Pack loading benchmark: a fresh process imports the built library and loads and validates every bundled
 * pack and the calendar (what an application pays at start-up).
 *
 * Run: npm run build && npx tsx bench/packs.bench.ts
 */
import { spawnSync } from 'node:child_process';

const script = `
const t0 = performance.now();
const m = await import('./dist/index.js');
const t1 = performance.now();
for (const id of m.bundledPackIds) m.getBundledPack(id);
m.getBundledCalendar('cn-mainland');
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, packs: m.bundledPackIds.length }));
`;
const runs = Array.from(
  { length: 5 },
  () =>
    JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout) as {
      importMs: number;
      loadMs: number;
      packs: number;
    },
);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `import: ${median(runs.map((r) => r.importMs)).toFixed(0)} ms; load + validate all ${runs[0]!.packs} bundled packs and the calendar: ${median(runs.map((r) => r.loadMs)).toFixed(0)} ms (median of 5 fresh processes; target < 200 ms)`,
);
