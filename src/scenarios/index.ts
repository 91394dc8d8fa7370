export { compareDecision, parseScenarioFile, runScenarios } from './run-scenarios.js';
export type { ScenarioFailure, ScenarioResult } from './run-scenarios.js';
