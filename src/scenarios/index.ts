export { compareDecision, parseScenarioFile, runScenarios } from './run.js';
export type { ScenarioFailure, ScenarioResult } from './run.js';
export { scenarioFileSchema, scenarioSchema } from './schema.js';
export type { Scenario, ScenarioExpect } from './schema.js';
