import { ageOn } from '../dates/index.js';
import { toFen } from '../money/index.js';
import { zoneOf, type PackOnDate } from '../pack/index.js';
import type { Ratio, RuleValue } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';

type MemberParsed = HouseholdParsed['members'][number];

/** Facts of a household: household-scope values by name, and member-scope values per member. */
export interface DerivedFacts {
  readonly household: Readonly<Record<string, RuleValue>>;
  readonly members: readonly Readonly<Record<string, RuleValue>>[];
}

const ratio = (n: number, d: number): Ratio => ({ n, d });

/**
 * Derives every fact of the catalog from a validated household on `asOf`, with exact money (fen and
 * fractions of fen). A fact that depends on something the household leaves out is `undefined` (unknown),
 * never a default: rules then give "undetermined" and the decision lists what to ask.
 */
export function deriveFacts(day: PackOnDate, household: HouseholdParsed): DerivedFacts {
  const { asOf, pack } = day;
  const excluded = day.excludedIncome;
  const size = household.members.length;
  const members = household.members.map((m) => memberFacts(m, asOf, excluded));

  const incomeTotal = sumKnown(members.map((m) => m.memberIncome as number | undefined));
  const exp = household.expenditure;
  const rigid = exp ? toFen(exp.medical ?? 0) + toFen(exp.education ?? 0) + toFen(exp.other ?? 0) : undefined;
  const assets = household.assets;
  // Deposits are required to know financial assets; securities left out count as none.
  const financial = assets?.deposits === undefined ? undefined : toFen(assets.deposits) + toFen(assets.securities ?? 0);

  const ages = members.map((m) => m.age as number | undefined);
  const countWhere = (pred: (m: Record<string, RuleValue>, i: number) => boolean | undefined): number | undefined => {
    let n = 0;
    for (let i = 0; i < members.length; i++) {
      const r = pred(members[i]!, i);
      if (r === undefined) return undefined;
      if (r) n++;
    }
    return n;
  };
  const anyWhere = (pred: (m: Record<string, RuleValue>) => boolean | undefined): boolean | undefined => {
    let unknown = false;
    for (const m of members) {
      const r = pred(m);
      if (r === true) return true;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };

  const coverage = new Set<string>(household.coverage ?? []);
  for (const m of household.members) for (const b of m.benefits ?? []) coverage.add(b);
  const onDibao = household.members.filter((m) => m.benefits?.includes('dibao')).length;

  const zone = household.district !== undefined ? zoneOf(pack, household.district) : undefined;

  const hh: Record<string, RuleValue> = {
    householdSize: size,
    incomeTotal,
    incomePerPerson: incomeTotal === undefined ? undefined : ratio(incomeTotal, size),
    rigidExpenditure: rigid,
    medicalExpenditure: exp ? toFen(exp.medical ?? 0) : undefined,
    educationExpenditure: exp ? toFen(exp.education ?? 0) : undefined,
    rigidExpenditurePerPerson: rigid === undefined ? undefined : ratio(rigid, size),
    incomeAfterRigidPerPerson:
      rigid === undefined || incomeTotal === undefined ? undefined : ratio(incomeTotal - rigid, size),
    // With no income, any rigid expenditure is treated as a share of 1 (100%) per fen: above every threshold below 1.
    rigidExpenditureShare:
      rigid === undefined || incomeTotal === undefined
        ? undefined
        : incomeTotal === 0
          ? rigid === 0
            ? 0
            : ratio(rigid, 1)
          : ratio(rigid, incomeTotal),
    financialAssets: financial,
    financialAssetsPerPerson: financial === undefined ? undefined : ratio(financial, size),
    propertyTestPassed: household.propertyTestPassed,
    nonExemptVehicles:
      assets?.vehicles === undefined ? undefined : assets.vehicles.filter((v) => v.purpose !== 'disability-aid').length,
    housingUnits: assets?.housingUnits,
    membersAged60Plus: countWhere((_, i) => (ages[i] === undefined ? undefined : ages[i]! >= 60)),
    membersUnder16: countWhere((_, i) => (ages[i] === undefined ? undefined : ages[i]! < 16)),
    membersInSchool: countWhere((_, i) => household.members[i]!.inSchool),
    ableBodiedWorkingAgeMembers: countWhere((m) => {
      const age = m.age as number | undefined;
      if (age !== undefined && (age < 16 || age >= 60)) return false;
      const noCap = m.noLabourCapacity as boolean | undefined;
      if (noCap === true) return false;
      return age === undefined || noCap === undefined ? undefined : true;
    }),
    hasSevereDisability: anyWhere((m) => m.severeDisability as boolean | undefined),
    hasSevereIllness: anyWhere((m) => m.severeIllness as boolean | undefined),
    coverage: [...coverage].sort(),
    partlyCovered: onDibao > 0 && onDibao < size,
    situations: household.situations ? [...household.situations].sort() : [],
    hukou: household.hukou,
    district: household.district,
    zone,
  };
  return { household: hh, members };
}

function memberFacts(m: MemberParsed, asOf: string, excluded: ReadonlySet<string>): Record<string, RuleValue> {
  const age = m.birthDate !== undefined && m.birthDate <= asOf ? ageOn(m.birthDate, asOf) : undefined;
  const d = m.disability;
  const severeDisability =
    d === undefined
      ? undefined
      : d === null
        ? false
        : d.grade <= 2 || (d.grade === 3 && (d.kind === 'intellectual' || d.kind === 'mental'));
  return {
    age,
    disabilityGrade: d === undefined ? undefined : d === null ? 0 : d.grade,
    disabilityKind: d === undefined ? undefined : d === null ? 'none' : d.kind,
    severeDisability,
    severeIllness: m.severeIllness,
    labourCapacity: m.labourCapacity,
    noLabourCapacity: noLabourCapacity(m),
    memberIncome:
      m.incomes === undefined
        ? undefined
        : m.incomes.reduce((sum, inc) => (excluded.has(inc.type) ? sum : sum + toFen(inc.monthly)), 0),
    hasAbleSupporter: m.hasAbleSupporter,
    selfCare: m.selfCare,
    relation: m.relation,
    benefits: m.benefits ? [...m.benefits].sort() : [],
  };
}

/**
 * No capacity to work by disability (特困人员认定办法 2021): intellectual or mental grade 1–3, physical
 * grade 1–2, visual grade 1; or assessed as having none. Age limits are in the pack's rules.
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

function sumKnown(values: readonly (number | undefined)[]): number | undefined {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}
