import { isParamName, listMissingFacts, type LeafTrace, type RuleValue } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import type { CompiledProgramme } from './compile-pack.js';
import type { EnvSet } from './environment.js';
import { minimalMissingFacts } from './missing-facts.js';

/** The status of one programme for one household. */
export type ProgrammeStatus = 'eligible' | 'ineligible' | 'undetermined' | 'not-applicable';

/** One member's status in a programme judged per member. */
export interface MemberStatus {
  /** Index into `household.members`. */
  readonly index: number;
  readonly id?: string;
  readonly status: ProgrammeStatus;
}

/** A programme's verdict; when explained, with the tests behind it and, if undetermined, what to ask. */
export interface Judgement {
  readonly status: ProgrammeStatus;
  /** Every test of `when` and `eligible` (explained judgements only; empty otherwise). */
  readonly trace: readonly LeafTrace[];
  /** The fewest facts (or, failing that, pack figures) that would settle an undetermined programme. */
  readonly missing: readonly string[];
  readonly members?: readonly MemberStatus[];
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The status rule, in one place: not applicable when `when` is false; ineligible when eligibility fails
 * (even if applicability is unknown: no need to ask); else eligible, or undetermined while anything is unknown.
 */
function statusOf(applies: boolean | undefined, ok: boolean | undefined): ProgrammeStatus {
  if (applies === false) return 'not-applicable';
  if (ok === false) return 'ineligible';
  return applies === true && ok === true ? 'eligible' : 'undetermined';
}

/**
 * Judges a programme in one env (the household's, or one member's). Unexplained, it short-circuits and
 * allocates nothing; explained, it traces every test and finds the smallest set of facts to ask.
 */
export function judgeInEnv(prog: CompiledProgramme, env: readonly RuleValue[], explain: boolean): Judgement {
  if (!explain) {
    const applies = prog.when ? prog.when.test(env) : true;
    if (applies === false) return NOT_APPLICABLE;
    return UNEXPLAINED[statusOf(applies, prog.eligible.test(env))];
  }
  const whenTrace: LeafTrace[] = [];
  const applies = prog.when ? prog.when.explain(env, whenTrace) : true;
  if (applies === false) return { status: 'not-applicable', trace: whenTrace, missing: NONE };
  // Even when applicability is unknown the eligibility tests are traced: both feed the missing facts.
  const eligibleTrace: LeafTrace[] = [];
  const status = statusOf(applies, prog.eligible.explain(env, eligibleTrace));
  const trace = whenTrace.length ? [...whenTrace, ...eligibleTrace] : eligibleTrace;
  if (status !== 'undetermined') return { status, trace, missing: NONE };
  const missing = minimalMissingFacts(prog.def.when ? { condition: prog.def.when, trace: whenTrace } : undefined, {
    condition: prog.def.eligible,
    trace: eligibleTrace,
  });
  // When no question can settle it, the pack's missing figures are the reason: name those parameters.
  return { status, trace, missing: missing.length ? missing : listMissingFacts(trace).filter((f) => isParamName(f)) };
}

const NOT_APPLICABLE: Judgement = Object.freeze({ status: 'not-applicable', trace: NONE, missing: NONE });
const UNEXPLAINED: Readonly<Record<ProgrammeStatus, Judgement>> = Object.freeze({
  eligible: Object.freeze({ status: 'eligible', trace: NONE, missing: NONE }),
  ineligible: Object.freeze({ status: 'ineligible', trace: NONE, missing: NONE }),
  undetermined: Object.freeze({ status: 'undetermined', trace: NONE, missing: NONE }),
  'not-applicable': NOT_APPLICABLE,
});

const MEMBER_ORDER: readonly ProgrammeStatus[] = ['eligible', 'undetermined', 'ineligible', 'not-applicable'];

/**
 * Judges a programme for a household: per member for member programmes (eligible if any member is,
 * else undetermined if any member is, else ineligible if any is).
 */
export function judgeProgramme(
  prog: CompiledProgramme,
  envs: EnvSet,
  household: HouseholdParsed,
  explain: boolean,
): Judgement {
  if (prog.scope !== 'member') return judgeInEnv(prog, envs.household, explain);
  // A member assessed apart (special poverty) is outside every other member programme: it took precedence.
  const each = envs.members.map((env, i) =>
    envs.apart.has(i) && !prog.def.assessedApart ? NOT_APPLICABLE : judgeInEnv(prog, env, explain),
  );
  const members = each.map((j, index): MemberStatus => {
    const id = household.members[index]!.id;
    return id !== undefined ? { index, id, status: j.status } : { index, status: j.status };
  });
  const status = MEMBER_ORDER.find((s) => each.some((j) => j.status === s)) ?? 'not-applicable';
  const shown = each.find((j) => j.status === status)!;
  const missing = explain ? [...new Set(each.flatMap((j) => j.missing))] : NONE;
  return { status, trace: shown.trace, missing, members };
}

/** Whether two judgements say the same of the household and of each member. */
export function sameVerdict(a: Judgement, b: Judgement): boolean {
  if (a.status !== b.status) return false;
  if (!a.members || !b.members) return a.members === b.members;
  return a.members.length === b.members.length && a.members.every((m, i) => m.status === b.members![i]!.status);
}
