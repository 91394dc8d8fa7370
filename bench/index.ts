// `npm run bench`: every benchmark, one after the other, each in its own process so they do not warm
// each other up. They print throughput and ratios; they are not tests.
import { spawnSync } from 'node:child_process';

for (const file of ['bench/rules.bench.ts', 'bench/evaluate.bench.ts']) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
