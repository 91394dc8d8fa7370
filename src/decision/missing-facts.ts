import type { Judgements } from '../engine/index.js';
import { getFactDefinition, type HouseholdParsed } from '../schema/index.js';
import { localize, type TextLanguage } from './localize.js';
import { untranslated } from './messages.js';
import type { MissingFact } from './types.js';

type MemberField = keyof HouseholdParsed['members'][number];

/** Member fields each derived fact is computed from. */
const MEMBER_INPUTS: Readonly<Record<string, readonly MemberField[]>> = {
  incomeTotal: ['incomes'],
  incomePerPerson: ['incomes'],
  incomeAfterRigidPerPerson: ['incomes'],
  rigidExpenditureShare: ['incomes'],
  memberIncome: ['incomes'],
  specialPovertyIncome: ['incomes'],
  singlePersonIncome: ['incomes'],
  incomePerPersonYearly: ['incomes'],
  inSchool: ['inSchool'],
  schoolLevel: ['schoolLevel'],
  age: ['birthDate'],
  membersAged60Plus: ['birthDate'],
  membersUnder16: ['birthDate'],
  membersInSchool: ['inSchool'],
  ableBodiedWorkingAgeMembers: ['birthDate', 'disability', 'labourCapacity'],
  unemployedAbleBodiedMembers: ['birthDate', 'disability', 'labourCapacity', 'employment'],
  disabilityGrade: ['disability'],
  disabilityKind: ['disability'],
  severeDisability: ['disability'],
  hasSevereDisability: ['disability'],
  severeIllness: ['severeIllness'],
  hasSevereIllness: ['severeIllness'],
  labourCapacity: ['labourCapacity'],
  noLabourCapacity: ['disability', 'labourCapacity'],
  hasAbleSupporter: ['hasAbleSupporter', 'supporters'],
  selfCare: ['selfCare'],
  relation: ['relation'],
};

/** Household fields each derived fact is computed from. */
const HOUSEHOLD_INPUTS: Readonly<Record<string, readonly string[]>> = {
  rigidExpenditure: ['expenditure'],
  rigidExpenditurePerPerson: ['expenditure'],
  medicalExpenditure: ['expenditure'],
  educationExpenditure: ['expenditure'],
  incomeAfterRigidPerPerson: ['expenditure'],
  rigidExpenditureShare: ['expenditure'],
  financialAssets: ['assets.deposits'],
  financialAssetsPerPerson: ['assets.deposits'],
  nonExemptVehicles: ['assets.vehicles'],
  housingUnits: ['assets.housingUnits'],
  propertyTestPassed: ['propertyTestPassed'],
  propertyTestDibao: ['propertyTest.dibao', 'propertyTestPassed'],
  propertyTestEdge: ['propertyTest.edge', 'propertyTestPassed'],
  propertyTestSpecialPoverty: ['propertyTest.specialPoverty', 'propertyTestPassed'],
  propertyTestHardship: ['propertyTest.hardship', 'propertyTestPassed'],
  incomeIrregular: ['incomeIrregular'],
  monthsSinceIncomeRiseFromWork: ['incomeRiseFromWork'],
  hukou: ['hukou'],
  district: ['district'],
  zone: ['district'],
};

function householdHas(h: HouseholdParsed, path: string): boolean {
  let v: unknown = h;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v !== undefined;
}

/**
 * The household fields to fill in to know a derived fact: e.g. `incomePerPerson` →
 * `members[1].incomes` when only the second member's income is unknown. This is what an operator asks.
 */
function inputsFor(fact: string, household: HouseholdParsed): string[] {
  const out: string[] = [];
  for (const path of HOUSEHOLD_INPUTS[fact] ?? []) if (!householdHas(household, path)) out.push(path);
  for (const field of MEMBER_INPUTS[fact] ?? []) {
    household.members.forEach((m, i) => {
      if (m[field] === undefined) out.push(`members[${i}].${String(field)}`);
    });
  }
  return out;
}

/** What to ask, most useful first; pack figures are not questions (the notes say why they are missing). */
export function missingFacts(j: Judgements, lang: TextLanguage): MissingFact[] {
  return (
    [...j.missing.entries()]
      // Pack figures and open income rules are not questions for the family: the notes say why they are missing.
      .filter(([fact]) => !fact.startsWith('param:') && !fact.startsWith('income-rule:'))
      .map(([fact, programmes]) => ({
        fact,
        label: localize(lang, getFactDefinition(fact)?.label ?? untranslated(fact)) as MissingFact['label'],
        programmes: [...programmes],
        inputs: inputsFor(fact, j.household),
      }))
      .sort((a, b) => b.programmes.length - a.programmes.length || a.fact.localeCompare(b.fact))
  );
}
