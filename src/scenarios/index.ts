export { checkScenarioHouseholds } from './check-households.js';
export {
  compareDecision,
  parseScenarioFile,
  runScenarios,
  validateScenarioFile,
  type LocatedScenario,
} from './run-scenarios.js';
export type { ScenarioFailure, ScenarioResult } from './run-scenarios.js';
