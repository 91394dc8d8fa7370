// The main job on the bundled packs: decide every example household and print the explained decision.
// Run: npm run demo            (or: npx tsx examples/evaluate-households.ts --lang en)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, getBundledPack, renderDecision } from 'safetynet-cn';

const lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';
const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'cases.json'), 'utf8')) as {
  file: string;
  pack: string;
  asOf: string;
  title: string;
}[];

for (const c of cases) {
  const household: unknown = JSON.parse(readFileSync(join(import.meta.dirname, c.file), 'utf8'));
  const decision = evaluate(getBundledPack(c.pack), household, { asOf: c.asOf });
  console.log(`\n━━ ${c.file} (${c.pack}, ${c.asOf}): ${c.title}`);
  console.log(renderDecision(decision, { lang }));
}
