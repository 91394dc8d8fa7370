export { compareDecision, parseScenarioFile, runScenarios } from './run.js';
export type { ScenarioFailure, ScenarioResult } from './run.js';
export { scenarioFileSchema, scenarioSchema } from '../schema/index.js';
export type { Scenario, ScenarioExpect } from '../schema/index.js';
