/**
 * Private helpers shared by the folders of src/: YAML reading, freezing, plain-data copies, canonical JSON,
 * JSON deltas.
 */
export { canonicalJson } from './canonical-json.js';
export { deepFreeze } from './freeze.js';
export { applyJsonDelta, diffJson, type JsonDelta } from './json-delta.js';
export { PLAIN_DATA_MESSAGES, plainDataIssue, YAML_MESSAGES, yamlIssue, type PlainDataPrefix } from './messages.js';
export { copyPlainData } from './plain-data.js';
export { sha256Hex } from './sha256.js';
export { locateIssues, parseYaml, type ParsedYaml, type SourcePosition } from './yaml.js';
export type { YamlModule } from './yaml-module.js';
