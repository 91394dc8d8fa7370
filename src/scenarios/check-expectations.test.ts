import { describe, expect, it } from 'vitest';
import { getBundledPack } from '../pack/index.js';
import { checkScenarioExpectations } from './check-expectations.js';
import { parseScenarioFile } from './scenario-file.js';

const FILE = `
- name: every name known
  asOf: 2022-06-01
  household: { members: [] }
  expect:
    category: dibao
    facts: { incomePerPerson: "800.00", zone: A }
    programmes: { dibao: eligible, single-person: ineligible }
    actions: [ grant, "!refer:medical-assistance", review:dibao-half-yearly ]
    notes: [ decided_by_cases ]
    missing: [ age ]
- name: misspelt names
  asOf: 2022-06-01
  household: { members: [] }
  expect:
    category: dibaoo
    facts: { incomPerPerson: "800.00" }
    programmes: { dibbao: eligible }
    outcome: singel-person
    actions: [ grnt, "!refer:medical-asistance" ]
    notes: [ decided_by_case ]
    missing: [ agee ]
    tier: genral
`;

describe('checkScenarioExpectations', () => {
  const scenarios = parseScenarioFile(FILE, 'tests/x.yaml');
  const pack = getBundledPack('chengdu');

  it('finds nothing wrong when every name is in the vocabulary', () => {
    expect(checkScenarioExpectations(scenarios.slice(0, 1), pack, 'tests/x.yaml')).toEqual([]);
  });

  it('reports each unknown name with a suggestion, on its scenario', () => {
    const issues = checkScenarioExpectations(scenarios, pack, 'tests/x.yaml');
    const got = issues.map((i) => [i.code, i.path.slice(1).join('.'), i.args?.suggestion]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['scenario_unknown_category', 'expect.category', 'dibao'],
        ['scenario_unknown_fact', 'expect.facts.incomPerPerson', 'incomePerPerson'],
        ['scenario_unknown_programme', 'expect.programmes.dibbao', 'dibao'],
        ['scenario_unknown_programme', 'expect.outcome', 'single-person'],
        ['scenario_unknown_action', 'expect.actions.0', 'grant'],
        ['scenario_unknown_action', 'expect.actions.1', 'refer:medical-assistance'],
        ['scenario_unknown_note', 'expect.notes.0', 'decided_by_cases'],
        ['scenario_unknown_fact', 'expect.missing.0', 'age'],
      ]),
    );
    expect(issues.find((i) => i.code === 'scenario_unknown_tier')).toBeDefined();
    expect(issues.every((i) => i.path[0] === 1 && i.file === 'tests/x.yaml' && i.line === scenarios[1]!.line)).toBe(
      true,
    );
  });

  it('checks only the pack-independent names without a pack', () => {
    const codes = new Set(checkScenarioExpectations(scenarios).map((i) => i.code));
    expect(codes).toEqual(new Set(['scenario_unknown_category', 'scenario_unknown_fact', 'scenario_unknown_note']));
  });
});
