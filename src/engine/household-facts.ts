import { toFen } from '../money/index.js';
import { zoneOf, type PackOnDate } from '../pack/index.js';
import type { Ratio, RuleValue } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import { countWhere, anyWhere, monthsBetween, sumKnown } from './fact-helpers.js';

type Facts = Readonly<Record<string, RuleValue>>;

const ratio = (n: number, d: number): Ratio => ({ n, d });

/**
 * The household facts of the unit assessed together: every member but those assessed apart (a member
 * supported as special poverty). Sizes, incomes and per-person figures are over that unit; coverage and
 * situations are the household's.
 */
export function householdFacts(
  day: PackOnDate,
  household: HouseholdParsed,
  members: readonly Facts[],
  unit: readonly number[],
): Record<string, RuleValue> {
  const inUnit = unit.map((i) => members[i]!);
  const size = unit.length;
  const incomeTotal = sumKnown(inUnit.map((m) => m.memberIncome as number | undefined));
  const inc = incomeFacts(household, incomeTotal, size);
  const assets = assetFacts(household, size);
  const tests = household.propertyTest ?? NO_TESTS;
  const passed = household.propertyTestPassed;
  const who = compositionFacts(day, household, members, unit);
  const cover = coverageFacts(household, day.asOf);
  // One literal with every fact (no spread of the parts): rules read these by name for every household
  // screened, and an object of this size built by spreading falls back to slow dictionary properties.
  return {
    householdSize: size,
    membersAssessedApart: household.members.length - size,
    incomeTotal: inc.incomeTotal,
    incomePerPerson: inc.incomePerPerson,
    incomePerPersonYearly: inc.incomePerPersonYearly,
    incomeIrregular: inc.incomeIrregular,
    rigidExpenditure: inc.rigidExpenditure,
    medicalExpenditure: inc.medicalExpenditure,
    educationExpenditure: inc.educationExpenditure,
    rigidExpenditurePerPerson: inc.rigidExpenditurePerPerson,
    incomeAfterRigidPerPerson: inc.incomeAfterRigidPerPerson,
    rigidExpenditureShare: inc.rigidExpenditureShare,
    rigidExpenditureWithoutIncome: inc.rigidExpenditureWithoutIncome,
    financialAssets: assets.financialAssets,
    financialAssetsPerPerson: assets.financialAssetsPerPerson,
    nonExemptVehicles: assets.nonExemptVehicles,
    housingUnits: assets.housingUnits,
    // Each programme's property check: its own answer when given, else the one answer for all.
    propertyTestPassed: passed,
    propertyTestDibao: tests.dibao ?? passed,
    propertyTestEdge: tests.edge ?? passed,
    propertyTestSpecialPoverty: tests.specialPoverty ?? passed,
    propertyTestHardship: tests.hardship ?? passed,
    membersAged60Plus: who.membersAged60Plus,
    membersUnder16: who.membersUnder16,
    membersInSchool: who.membersInSchool,
    ableBodiedWorkingAgeMembers: who.ableBodiedWorkingAgeMembers,
    unemployedAbleBodiedMembers: who.unemployedAbleBodiedMembers,
    hasSevereDisability: who.hasSevereDisability,
    hasSevereIllness: who.hasSevereIllness,
    coverage: cover.coverage,
    partlyCovered: cover.partlyCovered,
    situations: cover.situations,
    incomeRoseFromWork: cover.incomeRoseFromWork,
    monthsSinceIncomeRiseFromWork: cover.monthsSinceIncomeRiseFromWork,
    hukou: household.hukou,
    district: household.district,
    zone: household.district !== undefined ? zoneOf(day.pack, household.district) : undefined,
  };
}

const NO_TESTS: NonNullable<HouseholdParsed['propertyTest']> = Object.freeze({});

interface IncomeFacts {
  readonly incomeTotal: number | undefined;
  readonly incomePerPerson: RuleValue;
  readonly incomePerPersonYearly: RuleValue;
  readonly incomeIrregular: boolean | undefined;
  readonly rigidExpenditure: number | undefined;
  readonly medicalExpenditure: number | undefined;
  readonly educationExpenditure: number | undefined;
  readonly rigidExpenditurePerPerson: RuleValue;
  readonly incomeAfterRigidPerPerson: RuleValue;
  readonly rigidExpenditureShare: RuleValue;
  readonly rigidExpenditureWithoutIncome: boolean | undefined;
}

function incomeFacts(household: HouseholdParsed, incomeTotal: number | undefined, size: number): IncomeFacts {
  const exp = household.expenditure;
  const rigid = exp ? toFen(exp.medical ?? 0) + toFen(exp.education ?? 0) + toFen(exp.other ?? 0) : undefined;
  const known = rigid !== undefined && incomeTotal !== undefined && size > 0;
  return {
    incomeTotal,
    incomePerPerson: incomeTotal === undefined || !size ? undefined : ratio(incomeTotal, size),
    incomePerPersonYearly: incomeTotal === undefined || !size ? undefined : ratio(incomeTotal * 12, size),
    incomeIrregular: household.incomeIrregular,
    rigidExpenditure: rigid,
    medicalExpenditure: exp ? toFen(exp.medical ?? 0) : undefined,
    educationExpenditure: exp ? toFen(exp.education ?? 0) : undefined,
    rigidExpenditurePerPerson: rigid === undefined || !size ? undefined : ratio(rigid, size),
    incomeAfterRigidPerPerson: known ? ratio(incomeTotal - rigid, size) : undefined,
    // With no income a share is not a number (unless there is no rigid spending either: then it is none):
    // the rules read "rigid spending with no income" instead.
    rigidExpenditureShare: !known
      ? undefined
      : rigid === 0
        ? 0
        : incomeTotal === 0
          ? undefined
          : ratio(rigid, incomeTotal),
    rigidExpenditureWithoutIncome: known ? incomeTotal === 0 && rigid > 0 : undefined,
  };
}

interface AssetFacts {
  readonly financialAssets: number | undefined;
  readonly financialAssetsPerPerson: RuleValue;
  readonly nonExemptVehicles: number | undefined;
  readonly housingUnits: number | undefined;
}

function assetFacts(household: HouseholdParsed, size: number): AssetFacts {
  const assets = household.assets;
  // Deposits are required to know financial assets; securities left out count as none.
  const financial = assets?.deposits === undefined ? undefined : toFen(assets.deposits) + toFen(assets.securities ?? 0);
  return {
    financialAssets: financial,
    financialAssetsPerPerson: financial === undefined || !size ? undefined : ratio(financial, size),
    nonExemptVehicles:
      assets?.vehicles === undefined ? undefined : assets.vehicles.filter((v) => v.purpose !== 'disability-aid').length,
    housingUnits: assets?.housingUnits,
  };
}

interface CompositionFacts {
  readonly membersAged60Plus: number | undefined;
  readonly membersUnder16: number | undefined;
  readonly membersInSchool: number | undefined;
  readonly ableBodiedWorkingAgeMembers: number | undefined;
  readonly unemployedAbleBodiedMembers: number | undefined;
  readonly hasSevereDisability: boolean | undefined;
  readonly hasSevereIllness: boolean | undefined;
}

function compositionFacts(
  day: PackOnDate,
  household: HouseholdParsed,
  members: readonly Facts[],
  unit: readonly number[],
): CompositionFacts {
  const inUnit = unit.map((i) => members[i]!);
  const age = (m: Facts) => m.age as number | undefined;
  const minAge = day.ruleValue('specialPoverty.minorAge', {});
  const oldAge = day.ruleValue('specialPoverty.oldAge', {});
  const mini = typeof minAge === 'number' ? minAge : undefined;
  const oldi = typeof oldAge === 'number' ? oldAge : undefined;
  return {
    membersAged60Plus: countWhere(inUnit, (m) => (age(m) === undefined ? undefined : age(m)! >= 60)),
    membersUnder16: countWhere(inUnit, (m) => (age(m) === undefined ? undefined : age(m)! < 16)),
    membersInSchool: countWhere(unit, (i) => household.members[i]!.inSchool),
    ableBodiedWorkingAgeMembers: countWhere(inUnit, (m) => isAbleBodied(m, mini, oldi)),
    unemployedAbleBodiedMembers: countWhere(unit, (i) => {
      const able = isAbleBodied(members[i]!, mini, oldi);
      if (able !== true) return able;
      const work = household.members[i]!.employment;
      return work === undefined ? undefined : work === 'unemployed' || work === 'none';
    }),
    hasSevereDisability: anyWhere(inUnit, (m) => m.severeDisability as boolean | undefined),
    hasSevereIllness: anyWhere(inUnit, (m) => m.severeIllness as boolean | undefined),
  };
}

/**
 * Able to work and of working age: the pack's no-capacity ages bound working age (16 and 60 in cn); a
 * pupil is not counted (a member in school, and a minor of 16–17 whose schooling is not known, is
 * not counted as able-bodied until it is).
 */
function isAbleBodied(m: Facts, minAge: number | undefined, oldAge: number | undefined): boolean | undefined {
  const age = m.age as number | undefined;
  if (m.noLabourCapacity === true || m.inSchool === true) return false;
  if (age !== undefined && minAge !== undefined && oldAge !== undefined && (age < minAge || age >= oldAge))
    return false;
  if (age === undefined || minAge === undefined || oldAge === undefined || m.noLabourCapacity === undefined)
    return undefined;
  if (m.inSchool === undefined && age < 18) return undefined;
  return true;
}

interface CoverageFacts {
  readonly coverage: readonly string[];
  readonly partlyCovered: boolean;
  readonly situations: readonly string[];
  readonly incomeRoseFromWork: boolean;
  readonly monthsSinceIncomeRiseFromWork: number | undefined;
}

function coverageFacts(household: HouseholdParsed, asOf: string): CoverageFacts {
  const coverage = new Set<string>(household.coverage ?? []);
  for (const m of household.members) for (const b of m.benefits ?? []) coverage.add(b);
  const onDibao = household.members.filter((m) => m.benefits?.includes('dibao')).length;
  const rise = household.incomeRiseFromWork?.since;
  return {
    coverage: [...coverage].sort(),
    partlyCovered: onDibao > 0 && onDibao < household.members.length,
    situations: household.situations ? [...household.situations].sort() : [],
    // An event record: absent means no rise through work is recorded.
    incomeRoseFromWork: rise !== undefined && rise <= asOf,
    monthsSinceIncomeRiseFromWork: rise === undefined || rise > asOf ? undefined : monthsBetween(rise, asOf),
  };
}
