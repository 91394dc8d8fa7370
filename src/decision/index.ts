/**
 * Decisions: the explained view of the engine's judgements for one household — reasons, actions, what to
 * ask, near-threshold margins, notes and provenance.
 */
export { evaluate } from './evaluate.js';
export {
  compactOf,
  evaluateCompact,
  type CompactAction,
  type CompactDecision,
  type CompactProgramme,
  type EvaluateCompactOptions,
} from './compact.js';
export type { DecisionLanguage, LocalizedText } from './localize.js';
export { DECISION_MESSAGES } from './messages.js';
export { buildDecision } from './build-decision.js';
export { NOTE_CODES, type NoteCode } from './messages.js';
export { formatRuleValue, type DisplayValue } from './display-value.js';
export { buildReasons, describeDistance, labelOf } from './reasons.js';
export type {
  Decision,
  DecisionAction,
  DecisionFacts,
  DecisionNote,
  DecisionOptions,
  DecisionOutcome,
  EvaluateOptions,
  MissingFact,
  NearThresholdEntry,
  Overrides,
  ProgrammeResult,
  ProgrammeStatus,
  Reason,
  ReasonParameter,
  SourceRef,
} from './types.js';
