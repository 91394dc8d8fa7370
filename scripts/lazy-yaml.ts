// A build step (tsup.config.ts, the Node.js builds): `src/_lib/yaml-module.ts` (a plain import of `yaml`, for
// bundlers) is replaced by `src/node/yaml-module.ts`, which requires `yaml` on first use. Importing the package then
// does not load the YAML library until a pack or scenario text is parsed.
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const BROWSER_MODULE = resolve('src/_lib/yaml-module.ts');
const NODE_MODULE = resolve('src/node/yaml-module.ts');

/** Resolves `_lib/yaml-module.js` to its Node.js variant. */
export const lazyYamlPlugin: Plugin = {
  name: 'lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])yaml-module\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return target === BROWSER_MODULE ? { path: NODE_MODULE } : undefined;
    });
  },
};
