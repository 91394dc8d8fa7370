import type { HouseholdParsed } from '../schema/index.js';
import type { CompiledProgramme } from './compile-pack.js';
import type { EnvSet, Environments } from './environment.js';
import { judgeProgramme, sameVerdict, type Judgement } from './judge.js';

/** A programme's verdict, and whether it was reached by cases over something the household left open. */
export interface CaseVerdict extends Judgement {
  readonly decidedByCases: boolean;
}

/**
 * Judges a programme in a household's environments; when that leaves it undetermined only because of an
 * unknown zone or hukou or an open income rule, tries every reading: the same verdict in all of them is
 * the verdict ("decided by cases"); otherwise it stays undetermined, asking for what all readings need.
 */
export function judgeWithCases(
  programme: CompiledProgramme,
  envs: Environments,
  household: HouseholdParsed,
  explain: boolean,
): CaseVerdict {
  const first = judgeProgramme(programme, envs, household, explain);
  if (first.status !== 'undetermined') return { ...first, decidedByCases: false };
  const cases = envs.alternatives();
  if (!cases.length) return { ...first, decidedByCases: false };
  return agree(
    first,
    cases.map((c: EnvSet) => judgeProgramme(programme, c, household, explain)),
    explain,
  );
}

/**
 * The one verdict of several readings: theirs when they all agree and decide, else undetermined with the
 * facts each reading asks for.
 */
export function agree(first: Judgement, each: readonly Judgement[], explain: boolean): CaseVerdict {
  const one = each[0]!;
  if (one.status !== 'undetermined' && each.every((x) => sameVerdict(x, one))) {
    return {
      ...first,
      status: one.status,
      missing: [],
      ...(one.members ? { members: one.members } : {}),
      decidedByCases: true,
    };
  }
  const missing = explain ? [...new Set([...first.missing, ...each.flatMap((x) => x.missing)])] : first.missing;
  return { ...first, status: 'undetermined', missing, decidedByCases: false };
}
