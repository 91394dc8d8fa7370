// Runs issue 12's bad-input matrix (test/helpers/bad-input-matrix.ts) and counts the outcomes: typed error,
// clear CLI error, handled by design — and the defects: silent wrong result, crash, hang. The CLI cases run
// the built CLI: `npx tsup` first. Run: npx tsx scripts/bad-input-counts.ts [--list]
import { CASES, classify, countOutcomes, expectedOutcome } from '../test/helpers/bad-input-matrix.js';

const list = process.argv.includes('--list');
const results = [];
for (const c of CASES) {
  const r = await classify(c);
  if (list || r.outcome !== expectedOutcome(c)) {
    const mark = r.outcome === expectedOutcome(c) ? ' ' : '✗';
    console.log(`${mark} ${c.group.padEnd(9)} ${c.name.padEnd(50)} ${r.outcome.padEnd(12)} ${r.seen.slice(0, 100)}`);
  }
  results.push({ group: c.group, ...r });
}
const counts = countOutcomes(results);
console.log(`\n${results.length} bad inputs:`);
for (const [outcome, n] of Object.entries(counts)) console.log(`  ${outcome.padEnd(12)} ${n}`);
console.log('\nby input:');
for (const group of [...new Set(results.map((r) => r.group))]) {
  const rs = results.filter((r) => r.group === group);
  const c = Object.entries(countOutcomes(rs)).filter(([, n]) => n);
  console.log(`  ${group.padEnd(9)} ${rs.length} — ${c.map(([o, n]) => `${o} ${n}`).join(', ')}`);
}
process.exitCode = counts['silent-wrong'] + counts.crash + counts.hang > 0 ? 1 : 0;
