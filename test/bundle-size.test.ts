/**
 * What a front-end pays: fixed entries bundled from the built package (`npm test` builds before vitest) with
 * esbuild for the browser, minified and gzipped, against budgets. A bundle that needs a Node built-in fails to
 * build here, so this also proves the root entry runs in a browser. Over budget? Measure why (esbuild's
 * metafile says which modules weigh what) before raising a number.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

interface Entry {
  readonly name: string;
  readonly source: string;
  /** Budget in KB (1024 bytes) of gzip, or undefined for sizes only reported. */
  readonly budgetKb?: number;
  /**
   * A measured excess over the budget, said out loud: the test then holds the size under `ceilingKb` (it may not
   * grow) and fails once the entry is back within budget, so that this note is removed with the excess.
   */
  readonly overBudget?: { readonly ceilingKb: number; readonly why: string };
}

const ENTRIES: readonly Entry[] = [
  {
    name: '`computeSla` (with the bundled calendar)',
    source: `export { computeSla } from 'safetynet-cn';`,
    budgetKb: 40,
  },
  {
    name: '`evaluate` with one bundled pack (`safetynet-cn/packs/chengdu`)',
    source: `import { evaluate } from 'safetynet-cn';\nimport { chengdu } from 'safetynet-cn/packs/chengdu';\nexport const decide = (h, o) => evaluate(chengdu, h, o);`,
    budgetKb: 100,
  },
  {
    name: 'the whole core (`export * from "safetynet-cn"`)',
    source: `export * from 'safetynet-cn';`,
    budgetKb: 150,
  },
  {
    name: '`evaluate` with `packs` (every bundled pack)',
    source: `import { evaluate, packs } from 'safetynet-cn';\nexport const decide = (h, o) => evaluate(packs.chengdu, h, o);`,
  },
  {
    name: 'writing, testing and reviewing packs (`export * from "safetynet-cn/authoring"`)',
    source: `export * from 'safetynet-cn/authoring';`,
  },
  { name: '`VERSION` alone', source: `export { VERSION } from 'safetynet-cn';` },
];

async function measure(source: string): Promise<{ minified: number; gzip: number; warnings: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    warnings: result.warnings.map((w) => w.text),
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

describe('bundle size (esbuild, --platform=browser, minified, gzip -9)', () => {
  const rows: string[] = [];

  for (const entry of ENTRIES) {
    it(`${entry.name}${entry.budgetKb ? ` ≤ ${entry.budgetKb} KB gzip` : ''}`, async () => {
      const size = await measure(entry.source);
      const budget = entry.budgetKb ? `≤ ${entry.budgetKb} KB${entry.overBudget ? ' — **over**' : ''}` : '—';
      rows.push(`| ${entry.name} | ${kb(size.minified)} KB | ${kb(size.gzip)} KB | ${budget} |`);
      expect(size.warnings).toEqual([]);
      const gzipKb = size.gzip / 1024;
      if (entry.overBudget) {
        console.warn(
          `OVER BUDGET: ${entry.name} ${kb(size.gzip)} KB > ${entry.budgetKb} KB gzip — ${entry.overBudget.why}`,
        );
        expect(gzipKb, 'back within budget: remove overBudget').toBeGreaterThan(entry.budgetKb!);
        expect(gzipKb).toBeLessThanOrEqual(entry.overBudget.ceilingKb);
      } else if (entry.budgetKb !== undefined) {
        expect(gzipKb).toBeLessThanOrEqual(entry.budgetKb);
      }
    }, 120_000);
  }

  it('prints the table the README keeps', () => {
    console.log(['| entry | minified | gzip | budget |', '|---|---|---|---|', ...rows].join('\n'));
    expect(rows).toHaveLength(ENTRIES.length);
  });
});
