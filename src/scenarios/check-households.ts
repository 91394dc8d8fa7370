import type { Issue } from '../errors/index.js';
import { validateHousehold } from '../schema/index.js';
import type { LocatedScenario } from './scenario-file.js';

/**
 * Checks the household of every scenario of a scenario file against the household schema, so that a typo in a
 * test is reported when the file is validated, not only as a failed run. A scenario file's households are
 * kept as written by {@link validateScenarioFile} (a scenario may be run against any pack); this is the
 * stricter check `safetynet validate` applies.
 *
 * @param scenarios - the scenarios of one file, as {@link validateScenarioFile} returns them
 * @param file - the file name to put on each issue
 * @returns every issue of every household, its path starting at the scenario (`[2, 'household', 'members', 0, …]`)
 *   and its line that of the scenario; empty when all households are valid
 * @example
 * const r = validateScenarioFile(readFileSync('policies/chengdu/tests/dibao.yaml', 'utf8'), 'dibao.yaml');
 * if (r.ok) checkScenarioHouseholds(r.value, 'dibao.yaml').forEach((i) => console.error(formatIssue(i)));
 */
export function checkScenarioHouseholds(scenarios: readonly LocatedScenario[], file?: string): Issue[] {
  return scenarios.flatMap((scenario, index) => {
    const r = validateHousehold(scenario.household);
    if (r.ok) return [];
    return r.issues.map((issue) => ({
      ...issue,
      ...(file !== undefined ? { file } : {}),
      path: [index, 'household', ...issue.path],
      ...(scenario.line ? { line: scenario.line } : {}),
    }));
  });
}
