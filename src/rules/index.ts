/**
 * Rules: json-rules-engine conditions, checked statically, compiled to exact three-valued closures,
 * with json-rules-engine itself as the reference semantics (in `interop/`, which runs it).
 *
 * @example
 * import { compileCondition, createSymbolTable } from './rules/index.js';
 * const symbols = createSymbolTable([['age', { type: 'number' }]]);
 * compileCondition({ fact: 'age', operator: 'greaterThanInclusive', value: 60 }, symbols).test([61]); // true
 */
export type {
  AllCondition,
  AnyCondition,
  CompiledCondition,
  Condition,
  ConditionMeta,
  ConditionPath,
  FactReference,
  FactSymbol,
  FactType,
  KnownValue,
  LeafCondition,
  LeafTrace,
  LiteralValue,
  NotCondition,
  Numeric,
  NumericRange,
  Operand,
  Ratio,
  RuleValue,
  SymbolTable,
} from './types.js';
export { isRuleValueOf } from './rule-value.js';
export { createSymbolTable, isParamName, PARAM_PREFIX, type FactDeclaration } from './symbols.js';
export {
  BETWEEN,
  createOperatorRegistry,
  DEFAULT_OPERATORS,
  STANDARD_OPERATORS,
  type OperandType,
  type OperatorDefinition,
  type OperatorRegistry,
  type OperatorSignature,
} from './operators.js';
export {
  analyzeCondition,
  checkCondition,
  resolveCondition,
  type CheckOptions,
  type ResolvedLeaf,
  type ResolvedNode,
  type RuleProblem,
} from './check.js';
export { RULE_MESSAGES, ruleIssue, type RuleIssueCode } from './messages.js';
export { compileCondition, compileResolvedCondition, listMissingFacts, type CompileOptions } from './compile.js';
export { editDistance, suggestName } from './suggest.js';
export { describeOperator, OPERATOR_DESCRIPTIONS } from './operator-docs.js';
