/**
 * Packs: validate and merge (`extends`), resolve on a date (the one "in force on a date" rule), digest,
 * and the bundled packs and calendars. File loading is in `node/`.
 */
export { assertPolicyPack } from './assert-pack.js';
export { bundledPackIds, getBundledPack, packs } from './bundled.js';
export { embeddedPack } from './embedded.js';
export type { BundledPack, BundledPackId, BundledPackNames, FactName } from './bundled.js';
export { calendarOf, getBundledCalendar } from './calendars.js';
export { compilePackRule } from './compile-rule.js';
export { packDigest } from './digest.js';
export { PACK_MESSAGES, packIssue, type PackIssueCode } from './messages.js';
export { PACK_RUNTIME_MESSAGES, packRuntimeIssue, type PackRuntimeIssueCode } from './runtime-messages.js';
export {
  isInForce,
  resolvePackOn,
  type IncomeRulesOnDate,
  type OpenIncomeRule,
  type PackOnDate,
  type ValueKeys,
} from './resolve-date.js';
export { resolveParameter, resolveParameters } from './resolve.js';
export type { ResolvedParameter, ResolvedStatus, ResolveOptions } from './resolve.js';
export {
  buildSymbolTable,
  buildSymbolTableOf,
  factsInScope,
  MONEY_SCALE,
  scaleOfKind,
  scaleOfUnit,
  type RuleScope,
} from './rule-vocabulary.js';
export { stageVerification } from './procedure-verification.js';
export { validatePack } from './validate.js';
export type { PackInput, ValidatePackOptions, ValidatePackResult } from './validate.js';
export type { PackChange, PackNames, PackParameter, PackProgramme, PolicyPack, ReasonParameter } from './types.js';
export { ruleVerification, type RuleKind, type RuleVerification } from './rule-verification.js';
export { zoneOf } from './zones.js';
