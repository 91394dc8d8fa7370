/**
 * Rule-set analysis: conditions that can never be true, and rules of equal rank or priority that can hold
 * at once (so a tie, not the policy, decides). Exact interval reasoning first; seeded sampling for what
 * it cannot decide.
 *
 * @example
 * import { analyzePack } from './analysis/index.js';
 * const issues = analyzePack(getBundledPack('chengdu'));
 * issues.filter((i) => i.code === 'rule_never_true'); // conditions no household can meet
 *
 * @example
 * import { decideCondition } from './analysis/index.js';
 * decideCondition({ all: [
 *   { fact: 'age', operator: 'greaterThanInclusive', value: 60 },
 *   { fact: 'age', operator: 'lessThan', value: 16 },
 * ] }, buildSymbolTable(pack.parameters, 'member')); // 'empty'
 */
export { analyzePack, ANALYSIS_CODES, type AnalyzePackOptions } from './analyze-pack.js';
export {
  buildBoxSet,
  catalogDomain,
  decideBoxSet,
  decideCondition,
  DEFAULT_MAX_BOXES,
  intersectBoxSets,
  pickWitness,
  type Box,
  type BoxOptions,
  type BoxSet,
  type Constraint,
  type Relation,
  type Verdict,
} from './intervals.js';
export {
  containsValue,
  createInterval,
  isIntervalEmpty,
  pickInInterval,
  type Bound,
  type ExactInterval,
  type NumericDomain,
} from './exact-interval.js';
export { buildContexts, listChangeDates, type AnalysisContext, type ContextOptions } from './contexts.js';
export type { AnalysisExample } from './sample.js';
export { ANALYSIS_MESSAGES, analysisIssue } from './messages.js';
