import { NOTE_CODES } from '../decision/index.js';
import type { Issue } from '../errors/index.js';
import type { PolicyPack } from '../pack/index.js';
import { suggestName } from '../rules/index.js';
import { ACTION_KINDS, CATEGORIES, FACT_CATALOG } from '../schema/index.js';
import { scenarioIssue, type ScenarioIssueCode } from './messages.js';
import type { LocatedScenario } from './scenario-file.js';

/** The facts a decision shows (`expect.facts`) and the facts it can list as missing (`expect.missing`). */
const DECISION_FACTS = FACT_CATALOG.filter((f) => f.scope === 'household' && f.name !== 'eligibleCategories').map(
  (f) => f.name,
);
const ALL_FACTS = FACT_CATALOG.map((f) => f.name);

/**
 * Checks the names a scenario's `expect` uses against the vocabulary, so a misspelt key is reported when the
 * file is validated rather than failing as "got undefined" when it runs: fact names (`facts`, `missing`),
 * programme ids (`programmes`, `outcome`), action names (`actions`: kinds, `refer:<referral>`,
 * `review:<rule>`, `transition:<id>`), note codes, categories and tiers. Each issue carries a suggestion
 * when a known name is close.
 *
 * @param scenarios - the scenarios of one file, as `validateScenarioFile` returns them
 * @param pack - the pack they run against; without it only the pack-independent names are checked
 * @param file - the file name to put on each issue
 * @returns the issues, pathed from the scenario (`[3, 'expect', 'facts', 'incomPerPerson']`) and on its line
 * @example
 * const r = validateScenarioFile(text, 'tests/dibao.yaml');
 * if (r.ok) checkScenarioExpectations(r.value, packs.chengdu, 'tests/dibao.yaml');
 */
export function checkScenarioExpectations(
  scenarios: readonly LocatedScenario[],
  pack?: PolicyPack,
  file?: string,
): Issue[] {
  const actions = pack ? actionNames(pack) : undefined;
  return scenarios.flatMap((scenario, index) => {
    const issues: Issue[] = [];
    const check = (code: ScenarioIssueCode, name: string, known: readonly string[] | undefined, path: unknown[]) => {
      if (known === undefined || known.includes(name)) return;
      const suggestion = suggestName(name, known);
      const args = {
        name,
        ...(suggestion ? { suggestion } : {}),
        ...(code === 'scenario_unknown_action' ? { known } : {}),
      };
      issues.push({
        ...scenarioIssue(code, [index, 'expect', ...(path as (string | number)[])], args),
        ...(file !== undefined ? { file } : {}),
        ...(scenario.line ? { line: scenario.line } : {}),
      });
    };
    const e = scenario.expect;
    const programmes = pack ? Object.keys(pack.programmes) : undefined;
    for (const name of Object.keys(e.facts ?? {}))
      check('scenario_unknown_fact', name, DECISION_FACTS, ['facts', name]);
    e.missing?.forEach((name, i) => {
      check('scenario_unknown_fact', name, ALL_FACTS, ['missing', i]);
    });
    for (const id of Object.keys(e.programmes ?? {}))
      check('scenario_unknown_programme', id, programmes, ['programmes', id]);
    if (typeof e.outcome === 'string') check('scenario_unknown_programme', e.outcome, programmes, ['outcome']);
    e.actions?.forEach((a, i) => {
      check('scenario_unknown_action', a.replace(/^!/, ''), actions, ['actions', i]);
    });
    e.notes?.forEach((code, i) => {
      check('scenario_unknown_note', code, NOTE_CODES, ['notes', i]);
    });
    if (e.category !== undefined) check('scenario_unknown_category', e.category, CATEGORIES, ['category']);
    if (typeof e.tier === 'string' && pack)
      check('scenario_unknown_tier', e.tier, Object.keys(pack.difficulty?.tiers ?? {}), ['tier']);
    return issues;
  });
}

/** Every action name a scenario may expect of this pack: the kinds, and the pack's referrals, reviews and transitions. */
function actionNames(pack: PolicyPack): string[] {
  return [
    ...ACTION_KINDS,
    ...Object.keys(pack.referrals).map((id) => `refer:${id}`),
    ...Object.keys(pack.reviews).map((id) => `review:${id}`),
    ...Object.keys(pack.transitions).map((id) => `transition:${id}`),
  ];
}
