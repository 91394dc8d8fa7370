import { locateIssues, parseYaml } from '../_lib/index.js';
import { InputError, invalid, SafetynetError, validated, type Issue, type ValidationResult } from '../errors/index.js';
import { evaluate } from '../decision/index.js';
import type { Decision } from '../decision/index.js';
import type { PolicyPack } from '../pack/index.js';
import { fromZodIssues } from '../schema/index.js';
import { scenarioFileSchema, type Scenario, type ScenarioExpect } from '../schema/index.js';

/** One difference between what a scenario expected and what the decision says. */
export interface ScenarioFailure {
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** The outcome of one scenario. */
export interface ScenarioResult {
  readonly name: string;
  readonly file?: string;
  readonly line?: number;
  readonly ok: boolean;
  readonly failures: readonly ScenarioFailure[];
  /** Set when the scenario could not run (e.g. the household is invalid). */
  readonly error?: { readonly code: string; readonly message: string; readonly issues: readonly Issue[] };
  readonly decision?: Decision;
}

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
  if (!r.success) return invalid(locateIssues(fromZodIssues(r.error.issues, 'scenario'), parsed));
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

/**
 * Runs scenarios against a pack and compares only what each scenario states.
 *
 * @example
 * const results = runScenarios(packs.zhongshan, scenarios);
 * results.filter((r) => !r.ok);
 */
export function runScenarios(pack: PolicyPack, scenarios: readonly LocatedScenario[], file?: string): ScenarioResult[] {
  return scenarios.map((s) => {
    const where = { ...(file !== undefined ? { file } : {}), ...(s.line !== undefined ? { line: s.line } : {}) };
    let decision: Decision;
    try {
      decision = evaluate(pack, s.household, { asOf: s.asOf, ...(s.options ?? {}) });
    } catch (e) {
      if (!(e instanceof SafetynetError)) throw e;
      return {
        name: s.name,
        ...where,
        ok: false,
        failures: [],
        error: { code: e.code, message: e.message, issues: e.issues },
      };
    }
    const failures = compareDecision(s.expect, decision);
    return { name: s.name, ...where, ok: failures.length === 0, failures, decision };
  });
}

/** Every way a decision departs from an expectation. */
export function compareDecision(expect: ScenarioExpect, d: Decision): ScenarioFailure[] {
  const out: ScenarioFailure[] = [];
  const check = (field: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) out.push({ field, expected, actual });
  };
  if (expect.category !== undefined) check('category', expect.category, d.category);
  if (expect.categoryCertain !== undefined) check('categoryCertain', expect.categoryCertain, d.categoryCertain);
  if (expect.tier !== undefined) check('tier', expect.tier, d.tier?.id ?? null);
  for (const [id, status] of Object.entries(expect.programmes ?? {})) {
    check(`programmes.${id}`, status, d.programmes.find((p) => p.id === id)?.status ?? '(no such programme)');
  }
  for (const [name, value] of Object.entries(expect.facts ?? {})) {
    check(`facts.${name}`, typeof value === 'number' ? String(value) : value, d.facts[name]);
  }
  if (expect.outcome !== undefined) check('outcome', expect.outcome, d.outcome?.programme ?? null);
  const kinds = d.actions.map(actionName);
  for (const a of expect.actions ?? []) {
    const negated = a.startsWith('!');
    const name = negated ? a.slice(1) : a;
    const has = kinds.includes(name) || (!name.includes(':') && kinds.some((k) => k.split(':')[0] === name));
    if (has === negated) out.push({ field: `actions`, expected: a, actual: kinds });
  }
  for (const code of expect.notes ?? [])
    if (!d.notes.some((n) => n.code === code))
      out.push({ field: 'notes', expected: code, actual: d.notes.map((n) => n.code) });
  for (const fact of expect.missing ?? [])
    if (!d.missing.some((m) => m.fact === fact))
      out.push({ field: 'missing', expected: fact, actual: d.missing.map((m) => m.fact) });
  const texts = d.programmes.flatMap((p) => p.reasons.flatMap((r) => [r.text.en, r.text.zh]));
  for (const t of expect.reasons ?? [])
    if (!texts.some((x) => x.includes(t)))
      out.push({ field: 'reasons', expected: t, actual: '(no reason contains it)' });
  return out;
}

/** An action as scenarios name it: its kind, with the department, review rule or transition after a colon. */
function actionName(a: Decision['actions'][number]): string {
  if (a.kind === 'refer' && a.department) return `refer:${a.department.id}`;
  if (a.kind === 'review' && a.review) return `review:${a.review}`;
  if (a.kind === 'transition' && a.transition) return `transition:${a.transition}`;
  return a.kind;
}
