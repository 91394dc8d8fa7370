import { isIsoDay } from '../dates/index.js';
import {
  DISABILITY_KINDS,
  INCOME_TYPES,
  RELATIONS,
  SCHOOL_LEVELS,
  SUPPORT_PAYERS,
  type HouseholdParsed,
} from './household.js';
import { COVERAGE_KINDS, SITUATIONS } from './facts.js';

/**
 * A hand-written check that accepts exactly what `householdSchema` accepts (a property test holds the two
 * together), without building issues: valid households — nearly all of them when screening a population —
 * skip zod. Anything it rejects goes through zod, which says what is wrong.
 */
export function isValidHouseholdFast(x: unknown): x is HouseholdParsed {
  if (!isPlainObject(x)) return false;
  for (const key in x) {
    const v = x[key];
    switch (key) {
      case '$schema':
        if (typeof v !== 'string') return false;
        break;
      case 'id':
        if (!isString(v, 100)) return false;
        break;
      case 'district':
        if (typeof v !== 'string' || !DISTRICT.test(v)) return false;
        break;
      case 'hukou':
        if (v !== 'urban' && v !== 'rural') return false;
        break;
      case 'members':
        if (!Array.isArray(v) || v.length < 1 || v.length > 50) return false;
        for (const m of v) if (!isMember(m)) return false;
        break;
      case 'assets':
        if (!isAssets(v)) return false;
        break;
      case 'propertyTestPassed':
      case 'incomeIrregular':
        if (typeof v !== 'boolean') return false;
        break;
      case 'propertyTest':
        if (!isPlainObject(v)) return false;
        for (const k in v) if (!PROPERTY_TESTS.has(k) || typeof v[k] !== 'boolean') return false;
        break;
      case 'incomeRiseFromWork':
        if (!isPlainObject(v)) return false;
        for (const k in v) if (k !== 'since') return false;
        if (!isIsoDay(v.since)) return false;
        break;
      case 'expenditure':
        if (!isPlainObject(v)) return false;
        for (const k in v) if ((k !== 'medical' && k !== 'education' && k !== 'other') || !isMoney(v[k])) return false;
        break;
      case 'coverage':
        if (!isEnumArray(v, COVERAGE, 20)) return false;
        break;
      case 'situations':
        if (!isEnumArray(v, SITUATION, 20)) return false;
        break;
      default:
        return false;
    }
  }
  return Array.isArray(x.members);
}

const DISTRICT = /^[a-z][a-z0-9-]*$/;
const MONEY_TEXT = /^\d{1,12}(\.\d{1,2})?$/;
const COVERAGE = new Set<unknown>(COVERAGE_KINDS);
const SITUATION = new Set<unknown>(SITUATIONS);
const INCOME = new Set<unknown>(INCOME_TYPES);
const KINDS = new Set<unknown>(DISABILITY_KINDS);
const RELATION = new Set<unknown>(RELATIONS);
const CAPACITY = new Set<unknown>(['full', 'partial', 'none']);
const EMPLOYMENT = new Set<unknown>(['employed', 'flexible', 'unemployed', 'student', 'retired', 'none']);
const PURPOSE = new Set<unknown>(['daily', 'business', 'disability-aid', 'other']);
const PAYER = new Set<unknown>(SUPPORT_PAYERS);
const SCHOOL = new Set<unknown>(SCHOOL_LEVELS);
const PROPERTY_TESTS = new Set(['dibao', 'edge', 'specialPoverty', 'hardship']);

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function isString(v: unknown, max: number): boolean {
  return typeof v === 'string' && v.length <= max;
}

function isMoney(v: unknown): boolean {
  if (typeof v === 'string') return MONEY_TEXT.test(v);
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && MONEY_TEXT.test(String(v));
}

function isEnumArray(v: unknown, allowed: ReadonlySet<unknown>, max: number): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!allowed.has(x)) return false;
  return true;
}

function isInt(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function isMember(m: unknown): boolean {
  if (!isPlainObject(m)) return false;
  for (const key in m) {
    const v = m[key];
    switch (key) {
      case 'id':
      case 'name':
        if (!isString(v, 100)) return false;
        break;
      case 'relation':
        if (!RELATION.has(v)) return false;
        break;
      case 'birthDate':
        if (typeof v !== 'string' || !isIsoDay(v)) return false;
        break;
      case 'disability':
        if (v === null) break;
        if (!isPlainObject(v)) return false;
        for (const k in v) if (k !== 'grade' && k !== 'kind') return false;
        if (!isInt(v.grade, 1, 4) || !KINDS.has(v.kind)) return false;
        break;
      case 'severeIllness':
      case 'inSchool':
      case 'hasAbleSupporter':
        if (typeof v !== 'boolean') return false;
        break;
      case 'labourCapacity':
      case 'selfCare':
        if (!CAPACITY.has(v)) return false;
        break;
      case 'employment':
        if (!EMPLOYMENT.has(v)) return false;
        break;
      case 'incomes':
        if (!Array.isArray(v) || v.length > 50) return false;
        for (const inc of v) {
          if (!isPlainObject(inc)) return false;
          for (const k in inc) if (k !== 'type' && k !== 'monthly' && k !== 'note' && k !== 'payer') return false;
          if (!INCOME.has(inc.type) || !isMoney(inc.monthly)) return false;
          if (inc.payer !== undefined && !PAYER.has(inc.payer)) return false;
          if (inc.note !== undefined && !isString(inc.note, 500)) return false;
        }
        break;
      case 'benefits':
        if (!isEnumArray(v, COVERAGE, 20)) return false;
        break;
      case 'schoolLevel':
        if (!SCHOOL.has(v)) return false;
        break;
      case 'childScheme':
        if (v !== null && v !== 'orphan' && v !== 'de-facto-unsupported') return false;
        break;
      default:
        // Rarer fields (supporters) take the schema's path.
        return false;
    }
  }
  return true;
}

function isAssets(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  for (const key in v) {
    const x = v[key];
    switch (key) {
      case 'deposits':
      case 'securities':
        if (!isMoney(x)) return false;
        break;
      case 'housingUnits':
        if (!isInt(x, 0, 100)) return false;
        break;
      case 'vehicles':
        if (!Array.isArray(x) || x.length > 20) return false;
        for (const car of x) {
          if (!isPlainObject(car)) return false;
          for (const k in car) if (k !== 'purpose' && k !== 'value') return false;
          if (!PURPOSE.has(car.purpose)) return false;
          if (car.value !== undefined && !isMoney(car.value)) return false;
        }
        break;
      default:
        return false;
    }
  }
  return true;
}
