import { describe, expect, it } from 'vitest';
import { checkScenarioHouseholds } from './check-households.js';
import { parseScenarioFile } from './scenario-file.js';

const FILE = `
- name: valid
  asOf: 2022-06-01
  household: { members: [ { birthDate: 1980-01-01, incomes: [ { type: wage, monthly: "900" } ] } ] }
  expect: { category: dibao }

- name: a negative income and an unknown key
  asOf: 2022-06-01
  household: { members: [ { birthDate: 1980-01-01, incomes: [ { type: wage, monthly: "-5" } ], eyeColour: blue } ] }
  expect: { category: dibao }

- name: no household at all
  asOf: 2022-06-01
  household: 42
  expect: { category: none }
`;

describe('checkScenarioHouseholds', () => {
  const scenarios = parseScenarioFile(FILE, 'tests/dibao.yaml');
  const issues = checkScenarioHouseholds(scenarios, 'tests/dibao.yaml');

  it('reports every invalid household, located at its scenario', () => {
    expect(issues.length).toBeGreaterThanOrEqual(3);
    expect(new Set(issues.map((i) => i.path[0]))).toEqual(new Set([1, 2]));
    for (const i of issues) {
      expect(i.path[1]).toBe('household');
      expect(i.file).toBe('tests/dibao.yaml');
      expect(i.line).toBe(scenarios[i.path[0] as number]!.line);
      expect(i.severity).toBe('error');
    }
    const second = issues.filter((i) => i.path[0] === 1);
    expect(second.map((i) => i.path.slice(2))).toEqual(
      expect.arrayContaining([
        ['members', 0, 'incomes', 0, 'monthly'],
        ['members', 0, 'eyeColour'],
      ]),
    );
  });

  it('finds nothing wrong in valid households, and leaves the file name off when none is given', () => {
    expect(checkScenarioHouseholds(scenarios.slice(0, 1), 'tests/dibao.yaml')).toEqual([]);
    const unnamed = checkScenarioHouseholds(scenarios.slice(2));
    expect(unnamed.length).toBeGreaterThan(0);
    expect(unnamed.every((i) => i.file === undefined && i.path[0] === 0)).toBe(true);
  });
});
