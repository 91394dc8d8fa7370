/**
 * The policy explorer: a static page built from the package's own source (not a copy, not the published build),
 * so what it shows is what the library decides. `npm run explorer` serves it on 127.0.0.1; `npm run
 * explorer:build` writes `explorer/dist`, a folder any static host can serve (relative paths), and prints its size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

/** The built explorer must stay under this, gzip -9, charts included. */
export const GZIP_BUDGET = 1024 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Prints every file of the build with its gzip size and the total; fails the build over the budget. */
function printSize(): Plugin {
  let outDir = '';
  return {
    name: 'safetynet-explorer-size',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      // A source map (`explorer:size` builds one) is not loaded by the page.
      const rows = filesUnder(outDir)
        .filter((file) => !file.endsWith('.map'))
        .map((file) => {
          const bytes = readFileSync(file);
          return { file: relative(outDir, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
        });
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
        console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
      }
      const raw = rows.reduce((s, r) => s + r.raw, 0);
      const gzip = rows.reduce((s, r) => s + r.gzip, 0);
      console.log(`explorer size: ${rows.length} files, ${kb(raw)}, ${kb(gzip)} gzip (budget ${kb(GZIP_BUDGET)} gzip)`);
      if (gzip > GZIP_BUDGET) throw new Error(`the explorer is ${kb(gzip)} gzip, over its ${kb(GZIP_BUDGET)} budget`);
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  resolve: {
    alias: [
      // The package's own core, from source: the explorer shows exactly what this checkout decides.
      { find: /^safetynet-cn$/, replacement: join(repo, 'src/index.ts') },
      { find: /^safetynet-cn\/authoring$/, replacement: join(repo, 'src/authoring/index.ts') },
      { find: /^safetynet-cn\/schema\/(.*)$/, replacement: join(repo, 'schema/$1') },
    ],
  },
  // Preact's JSX runtime, for the transform and for the dev server's dependency scan.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  optimizeDeps: { rolldownOptions: { transform: { jsx: { runtime: 'automatic', importSource: 'preact' } } } },
  server: { host: '127.0.0.1', open: false, fs: { allow: [repo] } },
  preview: { host: '127.0.0.1', open: false },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2048 },
  plugins: [printSize()],
});
