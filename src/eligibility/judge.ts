import { isParamName, listMissingFacts, type LeafTrace, type RuleValue } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/household.js';
import type { CompiledProgramme } from './compile-pack.js';
import { minimalMissingFacts } from './missing.js';
import type { ProgrammeStatus } from './types.js';

/** A programme's verdict with the tests behind it and, when undetermined, what to ask. */
export interface Judgement {
  readonly status: ProgrammeStatus;
  readonly trace: readonly LeafTrace[];
  readonly missing: readonly string[];
  readonly members?: readonly { readonly index: number; readonly id?: string; readonly status: ProgrammeStatus }[];
}

/**
 * The status rule, in one place: not applicable when `when` is false; ineligible when eligibility fails
 * (even if applicability is unknown: no need to ask); else eligible, or undetermined while anything is unknown.
 */
function statusOf(applies: boolean | undefined, ok: boolean | undefined): ProgrammeStatus {
  if (applies === false) return 'not-applicable';
  if (ok === false) return 'ineligible';
  return applies === true && ok === true ? 'eligible' : 'undetermined';
}

/** Whether a programme holds in one env, without traces: the fast path of screening (true / false / unknown). */
export function holdsInEnv(prog: CompiledProgramme, env: readonly RuleValue[]): boolean | undefined {
  const applies = prog.when ? prog.when.test(env) : true;
  if (applies === false) return false;
  const status = statusOf(applies, prog.eligible.test(env));
  return status === 'eligible' ? true : status === 'undetermined' ? undefined : false;
}

/**
 * Judges a programme in one env (the household's, or one member's): not applicable when its `when` is
 * false; else eligible / ineligible / undetermined, with the smallest set of facts that would settle it.
 */
export function judgeInEnv(prog: CompiledProgramme, env: readonly RuleValue[]): Judgement {
  const whenTrace: LeafTrace[] = [];
  const applies = prog.when ? prog.when.explain(env, whenTrace) : true;
  if (applies === false) return { status: 'not-applicable', trace: whenTrace, missing: [] };
  // Even when applicability is unknown the eligibility tests are traced: both feed the missing facts.
  const eligibleTrace: LeafTrace[] = [];
  const status = statusOf(applies, prog.eligible.explain(env, eligibleTrace));
  const trace = whenTrace.length ? [...whenTrace, ...eligibleTrace] : eligibleTrace;
  if (status !== 'undetermined') return { status, trace, missing: [] };
  const missing = minimalMissingFacts(prog.def.when ? { condition: prog.def.when, trace: whenTrace } : undefined, {
    condition: prog.def.eligible,
    trace: eligibleTrace,
  });
  // When no question can settle it, the pack's missing figures are the reason: name those parameters.
  return { status, trace, missing: missing.length ? missing : listMissingFacts(trace).filter((f) => isParamName(f)) };
}

/** Judges a programme for a household: per member for member programmes (eligible if any member is). */
export function judgeProgramme(
  prog: CompiledProgramme,
  householdEnv: readonly RuleValue[],
  memberEnvs: readonly (readonly RuleValue[])[],
  hh: HouseholdParsed,
): Judgement {
  if (prog.scope !== 'member') return judgeInEnv(prog, householdEnv);
  const each = memberEnvs.map((env) => judgeInEnv(prog, env));
  const members = each.map((j, index) => ({
    index,
    ...(hh.members[index]!.id !== undefined ? { id: hh.members[index]!.id! } : {}),
    status: j.status,
  }));
  const first = (s: ProgrammeStatus) => each.findIndex((j) => j.status === s);
  const order: ProgrammeStatus[] = ['eligible', 'undetermined', 'ineligible', 'not-applicable'];
  const status = order.find((s) => first(s) >= 0) ?? 'not-applicable';
  const shown = each[first(status)]!;
  return { status, trace: shown.trace, missing: [...new Set(each.flatMap((j) => j.missing))], members };
}
