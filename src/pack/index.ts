export { bundledPackIds, getBundledPack, packs } from './bundled.js';
export type { BundledPackId } from './bundled.js';
export { loadPack, loadPolicies, readPackFile } from './load.js';
export type { LoadPackOptions, PolicyRegistry } from './load.js';
export { resolveParameter, resolveParameters } from './resolve.js';
export type { ResolvedParameter, ResolvedStatus, ResolveOptions } from './resolve.js';
export { validatePack } from './validate.js';
export type { PackInput, ValidatePackOptions, ValidatePackResult } from './validate.js';
export type { PackChange, PackParameter, PackProgramme, PolicyPack } from './types.js';
