export { evaluate } from './evaluate.js';
export { parseHousehold, validateHousehold } from './household.js';
export type {
  Decision,
  DecisionAction,
  EvaluateOptions,
  MissingFact,
  ProgrammeResult,
  ProgrammeStatus,
  Reason,
  ReasonParameter,
} from './types.js';
