/**
 * The engine: the one place where (pack, date, household) becomes judgements — figures of the day, facts,
 * compiled programmes, three-valued statuses, special poverty assessed apart, decide-by-cases, precedence,
 * category and certainty, exact margins, transitions and what to ask. Every view reads its result.
 */
export {
  compilePack,
  type CompiledAction,
  type CompiledPack,
  type CompiledProgramme,
  type CompiledRule,
  type ThresholdLeaf,
} from './compile-pack.js';
export {
  decide,
  type DecideOptions,
  type DueAction,
  type DueTransition,
  type Judgements,
  type Precedence,
  type ProgrammeJudgement,
} from './decide.js';
export { deriveFacts, type DeriveOptions, type DerivedFacts } from './derive-facts.js';
export { envToFacts, prepareEnvironments, type EnvSet, type Environments } from './environment.js';
export type { IncomeAssumptions } from './income-measures.js';
export { judgeInEnv, judgeProgramme, type Judgement, type MemberStatus, type ProgrammeStatus } from './judge.js';
export { isMultipleDisabilityReading } from './member-facts.js';
export { minimalMissingFacts, type ConditionPart } from './missing-facts.js';
export { findNearMisses, findNearThresholds, type NearMiss, type NearThreshold } from './near-threshold.js';
export { ENGINE_MESSAGES, engineIssue } from './messages.js';
