/**
 * Scenario tests: a pack's YAML files of households with the outcome expected on a date, read with their
 * lines, run through `evaluate`, and compared on what each scenario states.
 */
export { checkScenarioHouseholds } from './check-households.js';
export { checkScenarioExpectations } from './check-expectations.js';
export { SCENARIO_MESSAGES, scenarioIssue, type ScenarioIssueCode } from './messages.js';
export { parseScenarioFile, validateScenarioFile, type LocatedScenario } from './scenario-file.js';
export { runScenarios, type ScenarioResult } from './run-scenarios.js';
export { compareDecision, type ScenarioFailure } from './compare-decision.js';
