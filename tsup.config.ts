import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    shims: true,
    // One copy of the core shared by both entries, in CommonJS too (so `instanceof PackError` holds across them).
    splitting: true,
    // Keep `node:` specifiers: the Node-only entry says so, and bundlers for the browser see it at once.
    removeNodeProtocol: false,
    // csv-parse's browser build is ESM only (it carries its own Buffer): bundled, so CommonJS can load it too.
    noExternal: [/^csv-parse/],
  },
  {
    entry: { cli: 'src/cli/main.ts', 'screen-worker': 'src/cli/screen-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    removeNodeProtocol: false,
  },
]);
