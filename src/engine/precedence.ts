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
  const everyoneApart = apart.length === household.members.length;
  const programmes = compiled.programmes.map((programme): ProgrammeJudgement => {
    const done = first.get(programme);
    if (done) return programmeJudgement(programme, done, undefined);
    const ofHousehold = programme.scope === 'household';
    // Every member is assessed apart: no family is left for the household programmes to assess.
    if (ofHousehold && everyoneApart) return programmeJudgement(programme, NO_FAMILY, apart);
    const v = judgeWithCases(programme, envs, household, explain);
    return programmeJudgement(programme, v, ofHousehold && apart.length ? apart : undefined);
  });
  return { base, envs, apart, programmes };
}

const NO_FAMILY: CaseVerdict = Object.freeze({
  status: 'not-applicable',
  trace: Object.freeze([]),
  missing: Object.freeze([]),
  decidedByCases: false,
});

/** A programme's judgement as one literal of a fixed shape (object spread is slow on this hot path). */
function programmeJudgement(
  programme: CompiledProgramme,
  v: CaseVerdict,
  withoutMembers: readonly number[] | undefined,
): ProgrammeJudgement {
  const j: { -readonly [K in keyof ProgrammeJudgement]: ProgrammeJudgement[K] } = {
    status: v.status,
    trace: v.trace,
    missing: v.missing,
    decidedByCases: v.decidedByCases,
    programme,
  };
  if (v.members) j.members = v.members;
  if (withoutMembers) j.withoutMembers = withoutMembers;
  return j;
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
export function applyPrecedence(programmes: readonly ProgrammeJudgement[]): readonly ProgrammeJudgement[] {
  let out: ProgrammeJudgement[] | undefined;
  for (let i = 0; i < programmes.length; i++) {
    const p = programmes[i]!;
    const before = p.programme.def.precededBy;
    if (!before?.length || p.status === 'not-applicable') continue;
    const by = programmes.find((q) => q !== p && q.status === 'eligible' && before.includes(q.programme.def.category));
    if (!by) continue;
    // Copied only when some programme is preceded: most households keep the array they came with.
    out ??= programmes.slice();
    out[i] = preceded(p, by);
  }
  return out ?? programmes;
}

function preceded(p: ProgrammeJudgement, by: ProgrammeJudgement): ProgrammeJudgement {
  const j: { -readonly [K in keyof ProgrammeJudgement]: ProgrammeJudgement[K] } = {
    status: 'not-applicable',
    trace: p.trace,
    missing: [],
    decidedByCases: p.decidedByCases,
    programme: p.programme,
  };
  if (p.members) j.members = p.members.map((m) => ({ ...m, status: 'not-applicable' as const }));
  if (p.withoutMembers) j.withoutMembers = p.withoutMembers;
  j.precededBy = { by: by.programme.def.id, category: by.programme.def.category };
  return j;
}
