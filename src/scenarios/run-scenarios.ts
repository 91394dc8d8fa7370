import { evaluate, type Decision } from '../decision/index.js';
import { SafetynetError, type Issue } from '../errors/index.js';
import type { PolicyPack } from '../pack/index.js';
import { compareDecision, type ScenarioFailure } from './compare-decision.js';
import type { LocatedScenario } from './scenario-file.js';

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
