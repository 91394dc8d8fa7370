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
export { FACT_CATALOG, getFactDefinition, COVERAGE_KINDS, SITUATIONS } from './schema/index.js';
export type { FactDefinition, FactKind, FactScope } from './schema/index.js';
export { VERSION } from './version.js';
export * from './decision/index.js';
export { deriveFacts } from './engine/index.js';
export { ageOn } from './dates/index.js';
export { toFen } from './money/index.js';
export { householdSchema, memberSchema, INCOME_TYPES } from './schema/index.js';
export type { Household, Member, IncomeType } from './schema/index.js';
export * from './scenarios/index.js';
export * from './calendar/index.js';
export * from './render/index.js';
export * from './diff/index.js';
export * from './audit/index.js';
export * from './screen/index.js';
export * from './urgency/index.js';
export * from './sla/index.js';
export { reportSchema, instantText, REPORT_CHANNELS } from './schema/index.js';
export type { Report, ReportParsed, ReportChannel } from './schema/index.js';
export * from './analysis/index.js';
