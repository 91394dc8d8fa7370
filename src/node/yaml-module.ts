// The Node.js builds' `_lib/yaml-module.ts` (swapped in by scripts/node-variants.ts, never imported directly): the
// `yaml` library is required on the first YAML text parsed, not when the package is imported. On Node it is
// CommonJS of ≈ 80 modules, about a third of what importing the package cost; most apps only evaluate households
// against embedded packs and never parse a pack file.
import { createRequire } from 'node:module';
import type { YamlModule } from '../_lib/index.js';

let loaded: YamlModule | undefined;

/** The `yaml` library, required on first use. */
export function yamlModule(): YamlModule {
  loaded ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return loaded;
}
