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
  if (first.status !== 'undetermined') return withCases(first, first.status, first.missing, first.members, false);
  const cases = envs.alternatives();
  if (!cases.length) return withCases(first, first.status, first.missing, first.members, false);
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
    return withCases(first, one.status, [], one.members ?? first.members, true);
  }
  const missing = explain ? [...new Set([...first.missing, ...each.flatMap((x) => x.missing)])] : first.missing;
  return withCases(first, 'undetermined', missing, first.members, false);
}

/**
 * A verdict built as one literal of a fixed shape (no object spread): this runs for every programme of
 * every household screened, and spreading judgements was the largest cost of the unexplained path.
 */
function withCases(
  first: Judgement,
  status: Judgement['status'],
  missing: readonly string[],
  members: Judgement['members'],
  decidedByCases: boolean,
): CaseVerdict {
  const v: { -readonly [K in keyof CaseVerdict]: CaseVerdict[K] } = {
    status,
    trace: first.trace,
    missing,
    decidedByCases,
  };
  if (members) v.members = members;
  return v;
}
