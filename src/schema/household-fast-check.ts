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
 *
 * It checks a plain copy and returns it: each object is copied first (`{ ...x }` reads every field once)
 * and the copy is what is checked and decided. A getter that answers `1600` when checked and `-99999999`
 * later, or a caller who changes the household after handing it over, cannot change the decision.
 * `undefined` when the household is not (plainly) valid.
 */
export function copyValidHouseholdFast(x: unknown): HouseholdParsed | undefined {
  if (!isPlainObject(x)) return undefined;
  const h: Record<string, unknown> = { ...x };
  for (const key in h) {
    const v = h[key];
    switch (key) {
      case '$schema':
        if (typeof v !== 'string') return undefined;
        break;
      case 'id':
        if (!isString(v, 100)) return undefined;
        break;
      case 'district':
        if (typeof v !== 'string' || !DISTRICT.test(v)) return undefined;
        break;
      case 'hukou':
        if (v !== 'urban' && v !== 'rural') return undefined;
        break;
      case 'members': {
        const members = copyArray(v, 1, 50);
        if (!members) return undefined;
        for (let i = 0; i < members.length; i++) if (!(members[i] = copyMember(members[i]))) return undefined;
        h[key] = members;
        break;
      }
      case 'assets':
        if (!(h[key] = copyAssets(v))) return undefined;
        break;
      case 'propertyTestPassed':
      case 'incomeIrregular':
        if (typeof v !== 'boolean') return undefined;
        break;
      case 'propertyTest':
        if (!(h[key] = copyPropertyTest(v))) return undefined;
        break;
      case 'incomeRiseFromWork':
        if (!(h[key] = copyIncomeRise(v))) return undefined;
        break;
      case 'expenditure':
        if (!(h[key] = copyExpenditure(v))) return undefined;
        break;
      case 'coverage':
        if (!(h[key] = copyEnumArray(v, COVERAGE, 20))) return undefined;
        break;
      case 'situations':
        if (!(h[key] = copyEnumArray(v, SITUATION, 20))) return undefined;
        break;
      default:
        return undefined;
    }
  }
  return Array.isArray(h.members) ? (h as HouseholdParsed) : undefined;
}

/** `propertyTest`: a flag per programme, copied; `undefined` when not plainly valid. */
function copyPropertyTest(v: unknown): Record<string, unknown> | undefined {
  const c = copyObject(v);
  if (!c) return undefined;
  for (const k in c) if (!PROPERTY_TESTS.has(k) || typeof c[k] !== 'boolean') return undefined;
  return c;
}

/** `incomeRiseFromWork`: `{ since }`, a real day, copied; `undefined` when not plainly valid. */
function copyIncomeRise(v: unknown): Record<string, unknown> | undefined {
  const c = copyObject(v);
  if (!c) return undefined;
  for (const k in c) if (k !== 'since') return undefined;
  return isIsoDay(c.since) ? c : undefined;
}

/** `expenditure`: medical, education and other as money text, copied; `undefined` when not plainly valid. */
function copyExpenditure(v: unknown): Record<string, unknown> | undefined {
  const c = copyObject(v);
  if (!c) return undefined;
  for (const k in c) if ((k !== 'medical' && k !== 'education' && k !== 'other') || !isMoney(c[k])) return undefined;
  return c;
}

/** Whether the fast check accepts a household (see {@link copyValidHouseholdFast}). */
export function isValidHouseholdFast(x: unknown): x is HouseholdParsed {
  return copyValidHouseholdFast(x) !== undefined;
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

/** A copy of a plain object (its own fields, each read once), or undefined for anything else. */
function copyObject(x: unknown): Record<string, unknown> | undefined {
  return isPlainObject(x) ? { ...x } : undefined;
}

/** A copy of an array of `min`–`max` items (each read once), or undefined. */
function copyArray(v: unknown, min: number, max: number): unknown[] | undefined {
  if (!Array.isArray(v)) return undefined;
  // By index, not `slice` or an iterator: an array's own `constructor` or `Symbol.iterator` is not called.
  const n = v.length;
  if (n < min || n > max) return undefined;
  const copy: unknown[] = [];
  for (let i = 0; i < n; i++) copy.push(v[i]);
  return copy;
}

function isString(v: unknown, max: number): boolean {
  return typeof v === 'string' && v.length <= max;
}

function isMoney(v: unknown): boolean {
  if (typeof v === 'string') return MONEY_TEXT.test(v);
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && MONEY_TEXT.test(String(v));
}

function copyEnumArray(v: unknown, allowed: ReadonlySet<unknown>, max: number): unknown[] | undefined {
  const copy = copyArray(v, 0, max);
  if (!copy) return undefined;
  for (const x of copy) if (!allowed.has(x)) return undefined;
  return copy;
}

function isInt(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function copyMember(x: unknown): Record<string, unknown> | undefined {
  const m = copyObject(x);
  if (!m) return undefined;
  for (const key in m) {
    const v = m[key];
    switch (key) {
      case 'id':
      case 'name':
        if (!isString(v, 100)) return undefined;
        break;
      case 'relation':
        if (!RELATION.has(v)) return undefined;
        break;
      case 'birthDate':
        if (typeof v !== 'string' || !isIsoDay(v)) return undefined;
        break;
      case 'disability': {
        if (v === null) break;
        const d = copyObject(v);
        if (!d) return undefined;
        for (const k in d) if (k !== 'grade' && k !== 'kind') return undefined;
        if (!isInt(d.grade, 1, 4) || !KINDS.has(d.kind)) return undefined;
        m[key] = d;
        break;
      }
      case 'severeIllness':
      case 'inSchool':
      case 'hasAbleSupporter':
        if (typeof v !== 'boolean') return undefined;
        break;
      case 'labourCapacity':
      case 'selfCare':
        if (!CAPACITY.has(v)) return undefined;
        break;
      case 'employment':
        if (!EMPLOYMENT.has(v)) return undefined;
        break;
      case 'incomes': {
        const incomes = copyArray(v, 0, 50);
        if (!incomes) return undefined;
        for (let i = 0; i < incomes.length; i++) if (!(incomes[i] = copyIncome(incomes[i]))) return undefined;
        m[key] = incomes;
        break;
      }
      case 'benefits':
        if (!(m[key] = copyEnumArray(v, COVERAGE, 20))) return undefined;
        break;
      case 'schoolLevel':
        if (!SCHOOL.has(v)) return undefined;
        break;
      case 'childScheme':
        if (v !== null && v !== 'orphan' && v !== 'de-facto-unsupported') return undefined;
        break;
      default:
        // Rarer fields (supporters) take the schema's path.
        return undefined;
    }
  }
  return m;
}

function copyIncome(x: unknown): Record<string, unknown> | undefined {
  const inc = copyObject(x);
  if (!inc) return undefined;
  for (const k in inc) if (k !== 'type' && k !== 'monthly' && k !== 'note' && k !== 'payer') return undefined;
  if (!INCOME.has(inc.type) || !isMoney(inc.monthly)) return undefined;
  if ('payer' in inc && !PAYER.has(inc.payer)) return undefined;
  if ('note' in inc && !isString(inc.note, 500)) return undefined;
  return inc;
}

function copyAssets(x: unknown): Record<string, unknown> | undefined {
  const a = copyObject(x);
  if (!a) return undefined;
  for (const key in a) {
    const v = a[key];
    switch (key) {
      case 'deposits':
      case 'securities':
        if (!isMoney(v)) return undefined;
        break;
      case 'housingUnits':
        if (!isInt(v, 0, 100)) return undefined;
        break;
      case 'vehicles': {
        const cars = copyArray(v, 0, 20);
        if (!cars) return undefined;
        for (let i = 0; i < cars.length; i++) {
          const car = copyObject(cars[i]);
          if (!car) return undefined;
          for (const k in car) if (k !== 'purpose' && k !== 'value') return undefined;
          if (!PURPOSE.has(car.purpose)) return undefined;
          if ('value' in car && !isMoney(car.value)) return undefined;
          cars[i] = car;
        }
        a[key] = cars;
        break;
      }
      default:
        return undefined;
    }
  }
  return a;
}
