/**
 * The Node.js side of safetynet: reading packs and policy directories from disk (or from a git revision),
 * and finding packs with their scenario files. Everything else is in the package root, which uses no Node
 * built-ins and runs in a browser.
 *
 * @packageDocumentation
 */
export { discoverPolicies, type DiscoveredPack } from './discover-policies.js';
export { loadPackAtRevision, type LoadPackAtRevisionOptions } from './load-at-revision.js';
export { loadPack, loadPolicies, readPackFile, validatePackFile } from './load.js';
export type { LoadPackOptions, PolicyRegistry, ValidatePackFileOptions } from './load.js';
