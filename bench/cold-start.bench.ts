/**
 * Cold start: what a CLI call or a serverless function pays before its first answer, each in fresh processes
 * on the built package (`npm run build` first):
 *  - import the package as Node.js loads it (`safetynet-cn`, the `node` export condition) and a bundled pack
 *    (`safetynet-cn/packs/chengdu`), then the first `evaluate`;
 *  - load every bundled pack and the calendar;
 *  - the CLI: `--version`, `validate policies/`, `test policies/`.
 * Wall time is the median of several runs; CPU time (user + system) is shown too, as it varies less on a busy
 * machine.
 *
 * Run: npm run build && npx tsx bench/cold-start.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { median, recordRow, SHORT } from './rows.js';

const RUNS = SHORT ? 2 : 7;

/** Import, first pack and first evaluate, timed inside a fresh process. */
const firstEvaluate = `
const c0 = process.cpuUsage();
const t0 = performance.now();
const m = await import('safetynet-cn');
const t1 = performance.now();
const { chengdu } = await import('safetynet-cn/packs/chengdu');
m.evaluate(chengdu, { district: 'wenjiang', members: [{ birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '700' }] }] }, { asOf: '2023-06-01' });
const t2 = performance.now();
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ importMs: t1 - t0, totalMs: t2 - t0, cpuMs: (c.user + c.system) / 1000 }));
`;

/** Every bundled pack and the calendar, after the import. */
const allPacks = `
const m = await import('safetynet-cn');
const t1 = performance.now();
for (const id of m.bundledPackIds) m.getBundledPack(id);
m.getBundledCalendar('cn-mainland');
console.log(JSON.stringify({ loadMs: performance.now() - t1, packs: m.bundledPackIds.length }));
`;

function inFreshProcess<T>(script: string): T[] {
  return Array.from({ length: RUNS }, () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as T;
  });
}

/** A CLI call: wall and CPU seconds from /usr/bin/time (wall from the clock where it is missing). */
function cli(args: readonly string[]): { wall: number; cpu: number | undefined } {
  const runs = Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, 'dist/cli.js', ...args], {
      encoding: 'utf8',
    });
    const wall = (performance.now() - t0) / 1000;
    if (r.error) return { wall, cpu: undefined };
    if (r.status !== 0) throw new Error(`safetynet ${args.join(' ')}: ${r.stderr}`);
    const [, user, system] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    return { wall, cpu: user! + system! };
  });
  const cpus = runs.map((r) => r.cpu).filter((c) => c !== undefined);
  return { wall: median(runs.map((r) => r.wall)), cpu: cpus.length ? median(cpus) : undefined };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const first = inFreshProcess<{ importMs: number; totalMs: number; cpuMs: number }>(firstEvaluate);
const load = inFreshProcess<{ loadMs: number; packs: number }>(allPacks);
const importMs = median(first.map((r) => r.importMs));
const totalMs = median(first.map((r) => r.totalMs));
const cpuMs = median(first.map((r) => r.cpuMs));
console.log(
  `fresh process: import ${ms(importMs)}; import + bundled pack + first evaluate ${ms(totalMs)} (CPU ${ms(cpuMs)}); median of ${RUNS}`,
);
const loadMs = median(load.map((r) => r.loadMs));
console.log(`load every bundled pack (${load[0]!.packs}) and the calendar after the import: ${ms(loadMs)}`);

const group = 'cold start';
recordRow({ group, what: 'fresh process: `import` of the package', measured: ms(importMs) });
recordRow({
  group,
  what: 'fresh process: import + a bundled pack + the first `evaluate`',
  measured: `${ms(totalMs)} (CPU ${ms(cpuMs)})`,
  target: '< 100 ms',
  verdict: totalMs < 100 ? 'met' : 'not met',
});
recordRow({ group, what: `then every bundled pack (${load[0]!.packs}) and the calendar`, measured: ms(loadMs) });

// The floor under every row above and below: Node.js starting and exiting with nothing to do.
const bare = median(
  Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t0;
  }),
);
console.log(`bare \`node -e 0\`: ${ms(bare)}`);
recordRow({ group, what: 'fresh process: bare `node -e 0` (the floor of every row here)', measured: ms(bare) });

const commands: [string, readonly string[], number][] = [
  ['`safetynet --version`', ['--version'], 0.1],
  ['`safetynet validate policies/`', ['validate', 'policies/'], 0.5],
  ['`safetynet test policies/`', ['test', 'policies/'], 0.5],
];
for (const [label, args, target] of commands) {
  const { wall, cpu } = cli(args);
  const shown = `${wall.toFixed(2)} s${cpu !== undefined ? ` (CPU ${cpu.toFixed(2)} s)` : ''}`;
  console.log(`CLI ${label}: ${shown}`);
  recordRow({
    group,
    what: `CLI ${label}`,
    measured: shown,
    target: `< ${target} s`,
    verdict: wall < target ? 'met' : 'not met',
  });
}
