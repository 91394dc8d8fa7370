import * as z from 'zod';
import { COVERAGE_KINDS, SITUATIONS } from './facts.js';
import { isoDay } from './primitives.js';

/**
 * Money from callers: a decimal string ("1600", "1133.33") or a number, non-negative, at most two decimals
 * (fen). NaN, Infinity and negative amounts are rejected, never coerced.
 */
export const moneyInput = z
  .union([
    z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, {
      error: 'expected an amount in yuan with at most 2 decimals, e.g. "1600" or "1133.33"',
    }),
    z
      .number()
      .refine((n) => Number.isFinite(n) && n >= 0, { error: 'expected a finite, non-negative amount' })
      .refine((n) => /^\d{1,12}(\.\d{1,2})?$/.test(String(n)), {
        error: 'at most 2 decimals (fen), at most 12 digits of yuan',
      }),
  ])
  .meta({ id: 'Money', description: 'Yuan, as a decimal string or number, at most 2 decimals' });

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
  payer: z
    .enum(SUPPORT_PAYERS)
    .optional()
    .meta({ description: 'For support payments: who pays (a sibling, a person aged 60 or over, someone else)' }),
  note: z.string().max(500).optional(),
});

/** School a pupil attends: support of a special-poverty minor continues after 18 in the first three. */
export const SCHOOL_LEVELS = ['compulsory', 'high-school', 'secondary-vocational', 'higher'] as const;

/**
 * A legal supporter of a member (法定赡养、抚养、扶养义务人) as far as known: what decides whether they are able to
 * support (fact #17 of the dossier). Fields left out are unknown.
 */
export const supporterSchema = z
  .strictObject({
    relation: z.enum(RELATIONS).optional(),
    birthDate: isoDay.optional(),
    specialPoverty: z.boolean().optional().meta({ description: 'Supported as special poverty (特困) themselves' }),
    dibao: z.boolean().optional().meta({ description: 'Receives dibao' }),
    disability: z
      .strictObject({ grade: z.int().min(1).max(4), kind: z.enum(DISABILITY_KINDS) })
      .nullable()
      .optional(),
    monthlyIncome: moneyInput.optional().meta({ description: 'Own monthly income, yuan' }),
    propertyWithinLowIncomeLimits: z
      .boolean()
      .optional()
      .meta({ description: 'Property within the local low-income limits (official check)' }),
    inSchool: z.boolean().optional().meta({ description: 'A full-time student' }),
    legalIncapacity: z
      .boolean()
      .optional()
      .meta({ description: 'Lacks civil capacity, declared missing, or in prison' }),
  })
  .meta({ id: 'Supporter' });

export const memberSchema = z
  .strictObject({
    id: z.string().max(100).optional(),
    name: z.string().max(100).optional(),
    relation: z.enum(RELATIONS).optional(),
    birthDate: isoDay.optional().meta({ description: 'Age is computed at asOf; absent = unknown' }),
    disability: z
      .strictObject({ grade: z.int().min(1).max(4), kind: z.enum(DISABILITY_KINDS) })
      .nullable()
      .optional()
      .meta({ description: 'Disability certificate; null = none, absent = unknown' }),
    severeIllness: z.boolean().optional(),
    labourCapacity: z.enum(['full', 'partial', 'none']).optional(),
    employment: z.enum(['employed', 'flexible', 'unemployed', 'student', 'retired', 'none']).optional(),
    inSchool: z.boolean().optional(),
    schoolLevel: z.enum(SCHOOL_LEVELS).optional(),
    childScheme: z.enum(['orphan', 'de-facto-unsupported']).nullable().optional().meta({
      description: 'A minor covered by the orphan or de-facto-unsupported-child scheme by choice; null = neither',
    }),
    incomes: z
      .array(incomeSchema)
      .max(50)
      .optional()
      .meta({ description: 'Monthly incomes; [] = none, absent = unknown' }),
    hasAbleSupporter: z
      .boolean()
      .optional()
      .meta({ description: 'Has a legal supporter able to support (特困 test); when absent, derived from supporters' }),
    supporters: z
      .array(supporterSchema)
      .max(20)
      .optional()
      .meta({ description: 'Legal supporters living elsewhere or in the household; [] = none; absent = unknown' }),
    selfCare: z.enum(['full', 'partial', 'none']).optional(),
    benefits: z.array(z.enum(COVERAGE_KINDS)).max(20).optional(),
  })
  .meta({ id: 'Member' });

export const householdSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().max(100).optional(),
    district: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional()
      .meta({ description: 'District id as in the pack’s zones, e.g. wenjiang' }),
    hukou: z.enum(['urban', 'rural']).optional(),
    members: z.array(memberSchema).min(1).max(50),
    assets: z
      .strictObject({
        deposits: moneyInput.optional(),
        securities: moneyInput.optional(),
        vehicles: z
          .array(
            z.strictObject({
              purpose: z.enum(['daily', 'business', 'disability-aid', 'other']),
              value: moneyInput.optional(),
            }),
          )
          .max(20)
          .optional(),
        housingUnits: z.int().min(0).max(100).optional(),
      })
      .optional(),
    propertyTestPassed: z
      .boolean()
      .optional()
      .meta({ description: 'Result of the official property check for every programme not given in propertyTest' }),
    propertyTest: z
      .strictObject({
        dibao: z.boolean().optional(),
        edge: z.boolean().optional(),
        specialPoverty: z.boolean().optional(),
        hardship: z.boolean().optional(),
      })
      .optional()
      .meta({
        description: 'Property check per programme: each has its own local limits; absent = propertyTestPassed',
      }),
    incomeIrregular: z
      .boolean()
      .optional()
      .meta({ description: 'Income varies from month to month (reviewed every six months)' }),
    incomeRiseFromWork: z.strictObject({ since: isoDay }).optional().meta({
      description: 'A dibao family whose income rose above the standard because a member found work, and since when',
    }),
    expenditure: z
      .strictObject({ medical: moneyInput.optional(), education: moneyInput.optional(), other: moneyInput.optional() })
      .optional()
      .meta({ description: 'Monthly rigid expenditure; absent = unknown' }),
    coverage: z
      .array(z.enum(COVERAGE_KINDS))
      .max(20)
      .optional()
      .meta({ description: 'Assistance the household receives now' }),
    situations: z.array(z.enum(SITUATIONS)).max(20).optional(),
  })
  .meta({ id: 'Household', title: 'safetynet household' });

export type Household = z.input<typeof householdSchema>;
export type HouseholdParsed = z.output<typeof householdSchema>;
export type Member = z.input<typeof memberSchema>;
export type IncomeType = (typeof INCOME_TYPES)[number];
