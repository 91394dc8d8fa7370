// `npm run bench`: every benchmark, one after the other, each in its own process so they do not warm
// each other up. They print throughput and ratios; they are not tests.
import { spawnSync } from 'node:child_process';

for (const file of [
  'bench/rules.bench.ts',
  'bench/evaluate.bench.ts',
  'bench/packs.bench.ts',
  'bench/screen.bench.ts',
]) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
