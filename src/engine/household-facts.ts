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
  return {
    householdSize: size,
    membersAssessedApart: household.members.length - size,
    ...incomeFacts(household, incomeTotal, size),
    ...assetFacts(household, size),
    ...propertyTests(household),
    ...compositionFacts(day, household, members, unit),
    ...coverageFacts(household, day.asOf),
    hukou: household.hukou,
    district: household.district,
    zone: household.district !== undefined ? zoneOf(day.pack, household.district) : undefined,
  };
}

function incomeFacts(household: HouseholdParsed, incomeTotal: number | undefined, size: number): Facts {
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

function assetFacts(household: HouseholdParsed, size: number): Facts {
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

/** Each programme's property check: its own answer when given, else the one answer for all. */
function propertyTests(household: HouseholdParsed): Facts {
  const all = household.propertyTestPassed;
  const t = household.propertyTest ?? {};
  return {
    propertyTestPassed: all,
    propertyTestDibao: t.dibao ?? all,
    propertyTestEdge: t.edge ?? all,
    propertyTestSpecialPoverty: t.specialPoverty ?? all,
    propertyTestHardship: t.hardship ?? all,
  };
}

function compositionFacts(
  day: PackOnDate,
  household: HouseholdParsed,
  members: readonly Facts[],
  unit: readonly number[],
): Facts {
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

function coverageFacts(household: HouseholdParsed, asOf: string): Facts {
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
