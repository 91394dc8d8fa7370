import type { PackOnDate } from '../pack/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import type { CompiledPack, CompiledProgramme } from './compile-pack.js';
import type { ProgrammeJudgement } from './decide.js';
import { prepareEnvironments, type Environments } from './environment.js';
import { judgeWithCases, type CaseVerdict } from './judge-cases.js';

/** The programmes judged in their two phases, and the environments each phase used. */
export interface Phases {
  /** Every member in the household unit: where members' special-poverty status is judged. */
  readonly base: Environments;
  /** Members assessed apart left out: where the other programmes were judged. */
  readonly envs: Environments;
  readonly apart: readonly number[];
  /** In the pack's rank order. */
  readonly programmes: readonly ProgrammeJudgement[];
}

/**
 * Judges in two phases. First the member programmes whose members are assessed apart (special poverty):
 * a person supported as special poverty is not also granted dibao. Then every other programme on the
 * household without those members. A member is apart when found eligible, or when already supported and
 * not found ineligible; a member whose status is merely open stays in the family (the family's
 * assessment does not wait for a separate application), and the category says it is not final.
 */
export function judgeInPhases(
  day: PackOnDate,
  compiled: CompiledPack,
  household: HouseholdParsed,
  explain: boolean,
): Phases {
  const base = prepareEnvironments(day, compiled, household);
  const first = new Map<CompiledProgramme, CaseVerdict>();
  for (const p of compiled.programmes) {
    if (p.scope === 'member' && p.def.assessedApart) first.set(p, judgeWithCases(p, base, household, explain));
  }
  const apart = membersApart(household, first);
  const envs = apart.length ? prepareEnvironments(day, compiled, household, new Set(apart)) : base;
  const programmes = compiled.programmes.map((programme): ProgrammeJudgement => {
    const done = first.get(programme);
    if (done) return { ...done, programme };
    // Every member is assessed apart: no family is left for the household programmes to assess.
    if (programme.scope === 'household' && apart.length === household.members.length) {
      return {
        status: 'not-applicable',
        trace: [],
        missing: [],
        decidedByCases: false,
        programme,
        withoutMembers: apart,
      };
    }
    const v = judgeWithCases(programme, envs, household, explain);
    return { ...v, programme, ...(programme.scope === 'household' && apart.length ? { withoutMembers: apart } : {}) };
  });
  return { base, envs, apart, programmes };
}

/** Members eligible for a programme assessed apart, or already receiving its category and not found ineligible. */
function membersApart(household: HouseholdParsed, first: ReadonlyMap<CompiledProgramme, CaseVerdict>): number[] {
  const apart = new Set<number>();
  for (const [p, v] of first) {
    for (const m of v.members ?? []) {
      const receives = household.members[m.index]!.benefits?.includes(p.def.category as never) ?? false;
      if (m.status === 'eligible' || (receives && m.status === 'undetermined')) apart.add(m.index);
    }
  }
  return [...apart].sort((a, b) => a - b);
}

/**
 * Precedence between programmes (`precededBy`): a programme does not apply when the household is eligible
 * for a category the pack puts before it — e.g. expenditure hardship is for families not on dibao, not
 * special poverty and not an edge family. The decision says which programme took precedence.
 */
export function applyPrecedence(programmes: readonly ProgrammeJudgement[]): ProgrammeJudgement[] {
  return programmes.map((p) => {
    const before = p.programme.def.precededBy;
    if (!before?.length || p.status === 'not-applicable') return p;
    const by = programmes.find((q) => q !== p && q.status === 'eligible' && before.includes(q.programme.def.category));
    if (!by) return p;
    const members = p.members?.map((m) => ({ ...m, status: 'not-applicable' as const }));
    return {
      ...p,
      status: 'not-applicable',
      missing: [],
      ...(members ? { members } : {}),
      precededBy: { by: by.programme.def.id, category: by.programme.def.category },
    };
  });
}
