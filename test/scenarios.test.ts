import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarios, validateScenarioFile } from '../src/authoring/index.js';
import { formatIssue, getBundledPack } from '../src/index.js';

// Every scenario file of every bundled pack runs here, so CI fails when a pack change breaks one.
const root = 'policies';
const packDirs = readdirSync(root).filter(
  (d) => existsSync(join(root, d, 'pack.yaml')) && existsSync(join(root, d, 'tests')),
);

for (const dir of packDirs) {
  describe(`scenarios of ${dir}`, () => {
    const pack = getBundledPack(dir);
    for (const f of readdirSync(join(root, dir, 'tests'))
      .filter((x) => x.endsWith('.yaml'))
      .sort()) {
      const file = join(root, dir, 'tests', f);
      const parsed = validateScenarioFile(readFileSync(file, 'utf8'), file);
      it(`${f} parses`, () => {
        expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
      });
      if (!parsed.ok) continue;
      for (const result of runScenarios(pack, parsed.value, file)) {
        it(`${f}:${result.line ?? '?'} ${result.name}`, () => {
          expect(result.error?.message ?? null).toBeNull();
          expect(result.failures).toEqual([]);
        });
      }
    }
  });
}
