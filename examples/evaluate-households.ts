// The main job on the bundled packs: decide every example household and print the explained decision.
// Run: npm run demo            (or: npx tsx examples/evaluate-households.ts --lang en)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, getBundledPack, renderDecision } from 'safetynet';

const lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';
const dir = join(import.meta.dirname, 'households');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const example = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { pack: string; asOf: string; title: string; household: unknown };
  const decision = evaluate(getBundledPack(example.pack), example.household, { asOf: example.asOf });
  console.log(`\n━━ ${file}: ${example.title}`);
  console.log(renderDecision(decision, { lang }));
}
