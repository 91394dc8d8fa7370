/**
 * The Node.js side of safetynet: reading packs and policy directories from disk. Everything else is in the
 * package root, which uses no Node built-ins and runs in a browser.
 *
 * @packageDocumentation
 */
export { loadPack, loadPolicies, readPackFile, validatePackFile } from './load.js';
export type { LoadPackOptions, PolicyRegistry, ValidatePackFileOptions } from './load.js';
