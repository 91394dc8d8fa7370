// A build step (tsup.config.ts, the Node.js builds): modules of the core that have a faster Node.js variant are
// replaced by it. The variants give the same results; the core's own modules stay pure for bundlers and browsers.
// - `_lib/yaml-module.ts` (a plain import of `yaml`) → `node/yaml-module.ts`, which requires `yaml` on first use:
//   importing the package does not load the YAML library until a pack or scenario text is parsed.
// - `_lib/sha256.ts` (`@noble/hashes`) → `node/sha256.ts` (`node:crypto`): the same digests, without loading a pure
//   SHA-256 at import.
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const VARIANTS = new Map([
  [resolve('src/_lib/yaml-module.ts'), resolve('src/node/yaml-module.ts')],
  [resolve('src/_lib/sha256.ts'), resolve('src/node/sha256.ts')],
]);

/** Resolves the core modules that have a Node.js variant to that variant. */
export const nodeVariantsPlugin: Plugin = {
  name: 'node-variants',
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])(yaml-module|sha256)\.js$/ }, (args) => {
      const variant = VARIANTS.get(resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')));
      return variant ? { path: variant } : undefined;
    });
  },
};
