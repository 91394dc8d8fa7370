import { ageOn } from '../dates/index.js';
import type { IncomeRulesOnDate } from '../pack/index.js';
import type { RuleValue } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import { memberIncomes, type IncomeAssumptions } from './income-measures.js';

type MemberParsed = HouseholdParsed['members'][number];

/**
 * The facts of one member on a day. `hasAbleSupporter` is the caller's answer here; when the caller lists
 * supporters instead, the engine settles it with the pack's supporter rule.
 */
export function memberFacts(
  m: MemberParsed,
  asOf: string,
  income: IncomeRulesOnDate,
  assume?: IncomeAssumptions,
): Record<string, RuleValue> {
  const age = m.birthDate !== undefined && m.birthDate <= asOf ? ageOn(m.birthDate, asOf) : undefined;
  const d = m.disability;
  const incomes = memberIncomes(m, income, assume);
  // One literal (no spread): read by name for every member of every household screened.
  return {
    age,
    disabilityGrade: d === undefined ? undefined : d === null ? 0 : d.grade,
    disabilityKind: d === undefined ? undefined : d === null ? 'none' : d.kind,
    severeDisability: severeDisability(d),
    severeIllness: m.severeIllness,
    labourCapacity: m.labourCapacity,
    noLabourCapacity: noLabourCapacity(m),
    memberIncome: incomes.memberIncome,
    specialPovertyIncome: incomes.specialPovertyIncome,
    singlePersonIncome: incomes.singlePersonIncome,
    hasAbleSupporter: m.hasAbleSupporter,
    selfCare: m.selfCare,
    relation: m.relation,
    inSchool: m.inSchool,
    schoolLevel: m.schoolLevel,
    // An enrolment, recorded like benefits: absent means not covered by the orphan scheme.
    inChildScheme: m.childScheme !== undefined && m.childScheme !== null,
    benefits: m.benefits ? [...m.benefits].sort() : [],
  };
}

/** Severe disability as the dossier defines it (fact #7): grade 1–2, or grade 3 intellectual or mental. */
export function severeDisability(d: MemberParsed['disability']): boolean | undefined {
  if (d === undefined) return undefined;
  if (d === null) return false;
  return d.grade <= 2 || (d.grade === 3 && (d.kind === 'intellectual' || d.kind === 'mental'));
}

/**
 * No capacity to work by disability (特困人员认定办法 2021, fact #14): intellectual or mental grade 1–3,
 * physical grade 1–2, visual grade 1; or assessed as having none. Multiple disability grade 1–2 is an
 * interpretation (the text does not name it; `isMultipleDisabilityReading` lets decisions say so). Age
 * limits are in the pack's rules.
 */
function noLabourCapacity(m: MemberParsed): boolean | undefined {
  if (m.labourCapacity === 'none') return true;
  const d = m.disability;
  if (d) {
    if ((d.kind === 'intellectual' || d.kind === 'mental') && d.grade <= 3) return true;
    if (d.kind === 'physical' && d.grade <= 2) return true;
    if (d.kind === 'visual' && d.grade === 1) return true;
    if (d.kind === 'multiple' && d.grade <= 2) return true;
  }
  if (m.labourCapacity !== undefined) return false;
  return d === undefined ? undefined : false;
}

/** Whether a member's "no capacity to work" rests only on the multiple-disability reading. */
export function isMultipleDisabilityReading(m: MemberParsed): boolean {
  return m.labourCapacity !== 'none' && m.disability?.kind === 'multiple' && m.disability.grade <= 2;
}
