import { toFen } from '../money/index.js';
import type { IncomeRulesOnDate } from '../pack/index.js';
import type { HouseholdParsed } from '../schema/index.js';

type MemberParsed = HouseholdParsed['members'][number];

/**
 * How to read an income type whose treatment on the date the pack does not know (`unknown` exclusion):
 * `true` = not counted, `false` = counted. Types not in the map stay unknown.
 */
export type IncomeAssumptions = ReadonlyMap<string, boolean>;

/** A member's own monthly income as each test counts it, in fen; `undefined` when unknown. */
export interface MemberIncomes {
  /** The dibao family test (and every test but those below). */
  readonly memberIncome: number | undefined;
  /** Special poverty's "no means of living" test. */
  readonly specialPovertyIncome: number | undefined;
  /** The single-person test: the first, without support from the payers the pack disregards. */
  readonly singlePersonIncome: number | undefined;
}

const UNKNOWN: MemberIncomes = Object.freeze({
  memberIncome: undefined,
  specialPovertyIncome: undefined,
  singlePersonIncome: undefined,
});

/**
 * Sums a member's incomes the way each test counts them on the date: excluded types left out, an open type
 * (its treatment unknown) read as the assumptions say, or else making the total unknown.
 */
export function memberIncomes(m: MemberParsed, rules: IncomeRulesOnDate, assume?: IncomeAssumptions): MemberIncomes {
  if (m.incomes === undefined) return UNKNOWN;
  let general: number | undefined = 0;
  let special: number | undefined = 0;
  let single: number | undefined = 0;
  for (const inc of m.incomes) {
    const fen = toFen(inc.monthly);
    const countsGeneral = counts(inc.type, rules, false, assume);
    const countsSpecial = counts(inc.type, rules, true, assume);
    general = add(general, countsGeneral, fen);
    special = add(special, countsSpecial, fen);
    const disregarded = inc.type === 'support' && inc.payer !== undefined && rules.disregardedPayers.has(inc.payer);
    single = add(single, disregarded ? false : countsGeneral, fen);
  }
  return { memberIncome: general, specialPovertyIncome: special, singlePersonIncome: single };
}

/** Whether an income type counts in a test: true, false, or undefined when the pack does not know. */
function counts(
  type: string,
  rules: IncomeRulesOnDate,
  specialPoverty: boolean,
  assume?: IncomeAssumptions,
): boolean | undefined {
  if (rules.excluded.has(type)) return false;
  if (specialPoverty && rules.excludedForSpecialPoverty.has(type)) return false;
  const open = rules.open.some((o) => o.type === type && (o.for === 'all' || specialPoverty));
  if (!open) return true;
  const excluded = assume?.get(type);
  return excluded === undefined ? undefined : !excluded;
}

function add(sum: number | undefined, counted: boolean | undefined, fen: number): number | undefined {
  if (sum === undefined || counted === undefined) return counted === false ? sum : undefined;
  return counted ? sum + fen : sum;
}

/** The open income types a household actually has (with a non-zero amount): only these need cases. */
export function openIncomeTypes(household: HouseholdParsed, rules: IncomeRulesOnDate): string[] {
  if (!rules.open.length) return [];
  const present = new Set<string>();
  for (const m of household.members)
    for (const inc of m.incomes ?? []) if (toFen(inc.monthly) > 0) present.add(inc.type);
  return [...new Set(rules.open.map((o) => o.type))].filter((t) => present.has(t)).sort();
}
