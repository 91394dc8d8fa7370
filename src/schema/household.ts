// zod/mini: households are validated in every decision, and in a browser bundle (see primitives.ts).
import * as z from 'zod/mini';
import { COVERAGE_KINDS, SITUATIONS } from './facts.js';
import { isoDay } from './primitives.js';

/**
 * Money from callers: a decimal string ("1600", "1133.33") or a number, non-negative, at most two decimals
 * (fen). NaN, Infinity and negative amounts are rejected, never coerced.
 */
export const moneyInput = z
  .union([
    z.string().check(
      z.regex(/^\d{1,12}(\.\d{1,2})?$/, {
        error: 'expected an amount in yuan with at most 2 decimals, e.g. "1600" or "1133.33"',
      }),
    ),
    z.number().check(
      z.refine((n) => Number.isFinite(n) && n >= 0, { error: 'expected a finite, non-negative amount' }),
      z.refine((n) => /^\d{1,12}(\.\d{1,2})?$/.test(String(n)), {
        error: 'at most 2 decimals (fen), at most 12 digits of yuan',
      }),
    ),
  ])
  .check(z.meta({ id: 'Money' }));

/** Kinds of income. Which of them count is the pack's decision (`income.excluded`). */
export const INCOME_TYPES = [
  'wage',
  'business',
  'property',
  'transfer',
  'support',
  'pension',
  'basic-pension',
  'benefit',
  'preferential',
  'reward',
  'other',
] as const;

export const DISABILITY_KINDS = [
  'physical',
  'visual',
  'hearing',
  'speech',
  'intellectual',
  'mental',
  'multiple',
] as const;
export const RELATIONS = [
  'head',
  'spouse',
  'child',
  'parent',
  'grandchild',
  'grandparent',
  'sibling',
  'other',
] as const;

/** Who pays a `support` income: support from siblings or from people aged 60 or over may be disregarded. */
export const SUPPORT_PAYERS = ['sibling', 'aged-60-plus', 'other'] as const;

export const incomeSchema = z.strictObject({
  type: z.enum(INCOME_TYPES),
  monthly: moneyInput,
  payer: z.optional(z.enum(SUPPORT_PAYERS)),
  note: z.optional(z.string().check(z.maxLength(500))),
});

/** School a pupil attends: support of a special-poverty minor continues after 18 in the first three. */
export const SCHOOL_LEVELS = ['compulsory', 'high-school', 'secondary-vocational', 'higher'] as const;

/**
 * A legal supporter of a member (法定赡养、抚养、扶养义务人) as far as known: what decides whether they are able to
 * support (fact #17 of the dossier). Fields left out are unknown.
 */
export const supporterSchema = z
  .strictObject({
    relation: z.optional(z.enum(RELATIONS)),
    birthDate: z.optional(isoDay),
    specialPoverty: z.optional(z.boolean()),
    dibao: z.optional(z.boolean()),
    disability: z.optional(
      z.nullable(z.strictObject({ grade: z.int().check(z.minimum(1), z.maximum(4)), kind: z.enum(DISABILITY_KINDS) })),
    ),
    monthlyIncome: z.optional(moneyInput),
    propertyWithinLowIncomeLimits: z.optional(z.boolean()),
    inSchool: z.optional(z.boolean()),
    legalIncapacity: z.optional(z.boolean()),
  })
  .check(z.meta({ id: 'Supporter' }));

const memberShape = {
  id: z.optional(z.string().check(z.maxLength(100))),
  name: z.optional(z.string().check(z.maxLength(100))),
  relation: z.optional(z.enum(RELATIONS)),
  birthDate: z.optional(isoDay),
  disability: z.optional(
    z.nullable(z.strictObject({ grade: z.int().check(z.minimum(1), z.maximum(4)), kind: z.enum(DISABILITY_KINDS) })),
  ),
  severeIllness: z.optional(z.boolean()),
  labourCapacity: z.optional(z.enum(['full', 'partial', 'none'])),
  employment: z.optional(z.enum(['employed', 'flexible', 'unemployed', 'student', 'retired', 'none'])),
  inSchool: z.optional(z.boolean()),
  schoolLevel: z.optional(z.enum(SCHOOL_LEVELS)),
  childScheme: z.optional(z.nullable(z.enum(['orphan', 'de-facto-unsupported']))),
  incomes: z.optional(z.array(incomeSchema).check(z.maxLength(50))),
  hasAbleSupporter: z.optional(z.boolean()),
  supporters: z.optional(z.array(supporterSchema).check(z.maxLength(20))),
  selfCare: z.optional(z.enum(['full', 'partial', 'none'])),
  benefits: z.optional(z.array(z.enum(COVERAGE_KINDS)).check(z.maxLength(20))),
};

// The schemas that others nest are typed by a named interface: the declarations (dist/*.d.ts) then refer to it by
// name where it is nested (a household's members, a report's household) instead of spelling its type out again.
/** The type of {@link memberSchema}. */
export interface MemberSchema extends z.ZodMiniObject<typeof memberShape, z.core.$strict> {}

/** A member of a household, as `evaluate` reads it (see {@link householdSchema}). */
export const memberSchema: MemberSchema = z.strictObject(memberShape).check(z.meta({ id: 'Member' }));

const householdShape = {
  $schema: z.optional(z.string()),
  id: z.optional(z.string().check(z.maxLength(100))),
  district: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))),
  hukou: z.optional(z.enum(['urban', 'rural'])),
  members: z.array(memberSchema).check(z.minLength(1), z.maxLength(50)),
  assets: z.optional(
    z.strictObject({
      deposits: z.optional(moneyInput),
      securities: z.optional(moneyInput),
      vehicles: z.optional(
        z
          .array(
            z.strictObject({
              purpose: z.enum(['daily', 'business', 'disability-aid', 'other']),
              value: z.optional(moneyInput),
            }),
          )
          .check(z.maxLength(20)),
      ),
      housingUnits: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
    }),
  ),
  propertyTestPassed: z.optional(z.boolean()),
  propertyTest: z.optional(
    z.strictObject({
      dibao: z.optional(z.boolean()),
      edge: z.optional(z.boolean()),
      specialPoverty: z.optional(z.boolean()),
      hardship: z.optional(z.boolean()),
    }),
  ),
  incomeIrregular: z.optional(z.boolean()),
  incomeRiseFromWork: z.optional(z.strictObject({ since: isoDay })),
  expenditure: z.optional(
    z.strictObject({
      medical: z.optional(moneyInput),
      education: z.optional(moneyInput),
      other: z.optional(moneyInput),
    }),
  ),
  coverage: z.optional(z.array(z.enum(COVERAGE_KINDS)).check(z.maxLength(20))),
  situations: z.optional(z.array(z.enum(SITUATIONS)).check(z.maxLength(20))),
};

/** The type of {@link householdSchema}. */
export interface HouseholdSchema extends z.ZodMiniObject<typeof householdShape, z.core.$strict> {}

export const householdSchema: HouseholdSchema = z
  .strictObject(householdShape)
  .check(z.meta({ id: 'Household', title: 'safetynet household' }));

export type Household = z.input<typeof householdSchema>;
export type HouseholdParsed = z.output<typeof householdSchema>;
export type Member = z.input<typeof memberSchema>;
export type IncomeType = (typeof INCOME_TYPES)[number];
