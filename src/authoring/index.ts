/**
 * Writing, testing and reviewing packs (`safetynet-cn/authoring`): scenario tests, rule analysis, what changes
 * between two versions of a pack (and for whom, from a CSV population), the policy book, TypeScript names and
 * JSON Schemas for editors. Pure like the root (it runs in a browser); kept apart so that an app that decides,
 * screens and counts deadlines does not carry the YAML scenario runner, the CSV parser, the JSON Schema
 * generator or the policy book (together about 50 KB gzip). Their types are exported from the root.
 *
 * @packageDocumentation
 */

// Scenario tests: a pack's expected decisions, checked.
export {
  checkScenarioHouseholds,
  compareDecision,
  parseScenarioFile,
  runScenarios,
  validateScenarioFile,
} from '../scenarios/index.js';

// Rule analysis: gaps, overlaps, rules that never fire.
export { analyzePack, ANALYSIS_CODES } from '../analysis/index.js';

// Comparing pack versions, and populations from CSV files.
export { CSV_COLUMNS, diffPacks, parsePopulation } from '../diff/index.js';

// Documents about a pack: the policy book, a diff in Markdown, TypeScript names, JSON Schemas.
export { conditionItems, renderDiffMarkdown, renderPackTypes, renderPolicyBook } from '../render/index.js';
export { jsonSchemas } from '../schema/index.js';
