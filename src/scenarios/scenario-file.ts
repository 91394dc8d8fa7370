import { locateIssues, parseYaml } from '../_lib/index.js';
import { InputError, invalid, validated, type ValidationResult } from '../errors/index.js';
import { fromZodIssues, SCENARIO_DOCUMENT, scenarioFileSchema, type Scenario } from '../schema/index.js';

/** A scenario with the line it starts on in its file. */
export type LocatedScenario = Scenario & { readonly line?: number };

/**
 * Validates a scenario file (a YAML list of scenarios). Returns every problem with its line, like packs.
 *
 * @example
 * const r = validateScenarioFile(readFileSync('policies/chengdu/tests/dibao.yaml', 'utf8'), 'dibao.yaml');
 * if (r.ok) runScenarios(packs.chengdu, r.value);
 */
export function validateScenarioFile(text: string, file?: string): ValidationResult<LocatedScenario[]> {
  const parsed = parseYaml(text, file);
  if (parsed.issues.length) return invalid([...parsed.issues]);
  const r = scenarioFileSchema.safeParse(parsed.value, { reportInput: true });
  if (!r.success) return invalid(locateIssues(fromZodIssues(r.error.issues, SCENARIO_DOCUMENT), parsed));
  return validated(
    r.data.map((s, i) => ({
      ...s,
      ...(parsed.locate([i])?.line ? { line: parsed.locate([i])!.line } : {}),
    })),
  );
}

/**
 * Like {@link validateScenarioFile}, but returns the scenarios or throws.
 *
 * @throws {InputError} `scenario_invalid`, carrying every issue
 */
export function parseScenarioFile(text: string, file?: string): LocatedScenario[] {
  const r = validateScenarioFile(text, file);
  if (r.ok) return r.value;
  throw new InputError(
    'scenario_invalid',
    `Scenario file ${file ?? ''} is invalid (${r.issues.length} issue(s))`,
    r.issues,
  );
}
