import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type * as yaml from 'yaml';

/** The `yaml` library's functions this package uses. */
export type YamlModule = Pick<
  typeof yaml,
  'isAlias' | 'isMap' | 'isScalar' | 'isSeq' | 'LineCounter' | 'parseDocument'
>;

// Named imports, not the namespace: a bundler then keeps only these parts of the library.
const YAML: YamlModule = { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument };

/**
 * The `yaml` library, for the one parser of pack and scenario files. Bundlers and browsers get it by a plain
 * import; the Node.js builds replace this module with `node/yaml-module.ts`, which loads it on first use, so that
 * an app that only evaluates households (the embedded packs need no parsing) never loads it.
 */
export function yamlModule(): YamlModule {
  return YAML;
}
