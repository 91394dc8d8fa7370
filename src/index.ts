/**
 * safetynet — social-assistance policy as versioned, tested data.
 *
 * Load a city's policy pack, resolve the figures in force on a date, and compute deadlines on the official
 * working-day calendar. Everything here is pure and synchronous; nothing in a pack is executed.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './pack/index.js';
export * from './schema/index.js';
export { FACT_CATALOG, getFactDefinition, COVERAGE_KINDS, SITUATIONS } from './facts/catalog.js';
export type { FactDefinition, FactKind, FactScope } from './facts/catalog.js';
export { VERSION } from './version.js';
