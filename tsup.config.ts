import { readdirSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { nodeVariantsPlugin } from './scripts/node-variants.js';
import { shareGeneratedDataPlugin } from './scripts/share-generated-data.js';
import { stripCatalogueDocsPlugin } from './scripts/strip-catalogue-docs.js';

// `npm run generate` writes one entry per bundled pack in src/packs/ (safetynet-cn/packs/<id>).
const packEntries = Object.fromEntries(
  readdirSync('src/packs')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`packs/${f.slice(0, -3)}`, `src/packs/${f}`]),
);
/** The public entry points (see `exports` in package.json). */
const entries = {
  index: 'src/index.ts',
  node: 'src/node/index.ts',
  authoring: 'src/authoring/index.ts',
  'json-rules-engine': 'src/interop/index.ts',
  ...packEntries,
};
/**
 * The Node ESM build also holds the CLI (`safetynet`, whose bin `dist/cli.js` loads `cli-main`) and the screen
 * worker it starts beside it: Node then reads a few chunks shared with the library instead of ≈ 280 files. The
 * screening of a file (`screen-source`) is an entry of its own, beside the worker it starts, so that the test that
 * cuts inputs every way and runs any number of workers (test/screen-split.test.ts) drives the built code.
 */
const nodeEntries = {
  ...entries,
  'cli-main': 'src/cli/main.ts',
  'screen-worker': 'src/cli/screen-worker.ts',
  'screen-source': 'src/cli/screen-source.ts',
};

/** The bin's `./cli/main.js` is the bundled CLI of the Node ESM build, which is left out of `dist/cli.js`. */
const cliMainPlugin: Plugin = {
  name: 'cli-main',
  setup(build) {
    build.onResolve({ filter: /^\.\/cli\/main\.js$/ }, () => ({ path: './node-esm/cli-main.js', external: true }));
  },
};

export default defineConfig([
  {
    // ESM: one file per source module, as written. A bundler then keeps only the modules an app uses
    // (`sideEffects: false`), and a bundled pack is a module of its own. The CLI runs from the Node ESM build.
    // The Node.js variants of core modules (scripts/node-variants.ts) are only for the Node.js builds.
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/cli.ts',
      '!src/cli/**',
      '!src/node/yaml-module.ts',
      '!src/node/sha256.ts',
    ],
    format: ['esm'],
    bundle: false,
    outDir: 'dist',
    clean: true,
    target: 'node20',
    sourcemap: false,
    // Keep `node:` specifiers: the Node-only files say so, and bundlers for the browser see it at once.
    removeNodeProtocol: false,
    // csv-parse's browser build is ESM only (it carries its own Buffer): bundled, so CommonJS can load it too.
    noExternal: [/^csv-parse/],
    // Catalogues ship without their fix hints and variants (documentation only: see the plugin).
    esbuildPlugins: [stripCatalogueDocsPlugin],
  },
  {
    // The `safetynet` bin: answers `--version` itself, and loads the CLI from the Node ESM build for anything else.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    outDir: 'dist',
    target: 'node20',
    sourcemap: false,
    removeNodeProtocol: false,
    esbuildPlugins: [cliMainPlugin],
  },
  {
    // ESM for Node.js (the `node` export condition): the same entries bundled, with one shared chunk. Node reads
    // and links every file on its own, so a few files start much faster than one per module; bundlers, which
    // drop unused modules, get the per-module files above.
    entry: nodeEntries,
    format: ['esm'],
    outDir: 'dist/node-esm',
    target: 'node20',
    splitting: true,
    sourcemap: false,
    removeNodeProtocol: false,
    // Catalogues ship without their fix hints and variants (documentation only: see the plugin); the embedded packs and
    // calendars are imported from the ESM files above (`#generated/*`), not copied (see share-generated-data.ts); `yaml`
    // is required on first use and SHA-256 comes from `node:crypto` (see scripts/node-variants.ts).
    esbuildPlugins: [stripCatalogueDocsPlugin, shareGeneratedDataPlugin, nodeVariantsPlugin],
    // Without indentation and comments (names kept): no source maps are shipped, so the layout only weighs (≈ 28 KB
    // of the tarball with the CommonJS build); the typedoc comments are in the .d.ts files. Not the per-module ESM
    // files that bundlers take: esbuild would drop their `@__PURE__` annotations, which let bundlers drop unused parts.
    minifyWhitespace: true,
  },
  {
    // CommonJS: bundled, with one core chunk shared by every entry (so `instanceof PackError` holds across them).
    entry: entries,
    format: ['cjs'],
    outDir: 'dist',
    target: 'node20',
    splitting: true,
    sourcemap: false,
    removeNodeProtocol: false,
    // `import.meta.url` for the lazy `yaml` require (see scripts/node-variants.ts).
    shims: true,
    // Catalogues ship without their fix hints and variants (documentation only: see the plugin); `yaml` is required on
    // first use and SHA-256 comes from `node:crypto` (see scripts/node-variants.ts).
    esbuildPlugins: [stripCatalogueDocsPlugin, nodeVariantsPlugin],
    // Without indentation and comments (names kept): no source maps are shipped, so the layout only weighs (≈ 28 KB
    // of the tarball with the CommonJS build); the typedoc comments are in the .d.ts files. Not the per-module ESM
    // files that bundlers take: esbuild would drop their `@__PURE__` annotations, which let bundlers drop unused parts.
    minifyWhitespace: true,
  },
  {
    // Type declarations for both formats, one file per entry point (shared parts in chunks).
    entry: entries,
    format: ['esm', 'cjs'],
    outDir: 'dist',
    dts: { only: true },
  },
]);
