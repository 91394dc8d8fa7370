/**
 * Decisions: the explained view of the engine's judgements for one household — reasons, actions, what to
 * ask, near-threshold margins, notes and provenance.
 */
export { evaluate } from './evaluate.js';
export { buildDecision } from './build-decision.js';
export { NOTE_CODES, type NoteCode } from './messages.js';
export { formatRuleValue, type DisplayValue } from './display-value.js';
export { buildReasons, describeDistance, labelOf } from './reasons.js';
export type {
  Decision,
  DecisionAction,
  DecisionFacts,
  DecisionNote,
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
