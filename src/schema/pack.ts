import { z } from 'zod';
import { isTimeZone } from '../dates/index.js';
import { COVERAGE_KINDS } from './facts.js';
import { INCOME_TYPES, SUPPORT_PAYERS } from './household.js';
import {
  bilingual,
  clockTime,
  decimalText,
  isoDay,
  isoDuration,
  kebabId,
  parameterKey,
  partialDay,
  semver,
} from './primitives.js';

/**
 * A condition in json-rules-engine's format (`all` / `any` / `not` / `{ fact, operator, value }`).
 * Its structure and names are checked by the rule checker (src/rules), which gives better messages than a
 * schema could; here it only has to be an object. The JSON Schema export replaces it with the full shape.
 */
export const conditionSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: 'Condition', description: 'A json-rules-engine condition: all / any / not / { fact, operator, value }' });

/** The document a figure or a rule comes from. */
export const sourceSchema = z
  .strictObject({
    title: z.string().min(1),
    issuer: z.string().min(1),
    number: z.string().min(1).optional().meta({ description: 'Document number, e.g. 成府发〔2022〕20号' }),
    date: partialDay,
    url: z.url().optional(),
    verified: z.boolean().meta({ description: 'false when the figure was not read in the document itself' }),
    note: z.string().optional(),
  })
  .meta({ id: 'Source' });

const zoneValues = z.record(z.string().regex(/^[A-Za-z0-9-]+$/), decimalText);

const rounding = z.strictObject({
  to: z.enum(['yuan', 'fen']),
  mode: z.enum(['up', 'down', 'half-up']),
});

/** One dated entry of a parameter: a value, a derived value, or an explicit gap. */
export const parameterValueSchema = z
  .strictObject({
    from: isoDay.meta({ description: 'The first day this value is in force' }),
    value: z.union([decimalText, zoneValues]).optional(),
    multiply: z
      .strictObject({ parameter: parameterKey, by: z.union([parameterKey, decimalText]), round: rounding.optional() })
      .optional()
      .meta({
        description: 'A value derived from another parameter in force on the same date, e.g. 1.5 × dibao.standard',
      }),
    unknown: z
      .literal(true)
      .optional()
      .meta({ description: 'The value for this period is not known: decisions needing it are undetermined' }),
    source: z.string().min(1).optional(),
    published: isoDay
      .optional()
      .meta({ description: 'When the value was published (for decisions as known at a date)' }),
    verified: z.boolean().optional(),
    note: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    const kinds = [v.value !== undefined, v.multiply !== undefined, v.unknown === true].filter(Boolean).length;
    if (kinds !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'exactly one of value, multiply, unknown',
        params: { code: 'param_value_kind' },
      });
    }
    if (v.unknown !== true && v.source === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a value needs a source',
        params: { code: 'param_missing_source' },
      });
    }
  })
  .meta({ id: 'ParameterValue' });

/** Units of parameters. Money units are exact decimals of yuan. */
export const PARAMETER_UNITS = [
  'CNY/person/month',
  'CNY/month',
  'CNY/person',
  'CNY',
  'ratio',
  'years',
  'months',
  'count',
  'working-days',
] as const;

/** A dated, cited parameter such as the dibao standard. */
export const parameterSchema = z
  .strictObject({
    label: bilingual.optional().meta({ description: 'Short name used in reasons, e.g. 低保标准 / dibao standard' }),
    description: bilingual.optional(),
    unit: z.enum(PARAMETER_UNITS),
    by: z.enum(['zone', 'hukou']).optional().meta({
      description:
        'What a keyed value ({ A: "870", B: "820" } or { urban: "717", rural: "581" }) is keyed by; default zone',
    }),
    review: z
      .enum(['yearly', 'none'])
      .optional()
      .meta({ description: 'yearly: validate warns when the current year has no value' }),
    values: z
      .array(parameterValueSchema)
      .meta({ description: 'Dated values, oldest first. Empty in a baseline pack when each city sets the figure.' }),
  })
  .meta({ id: 'Parameter' });

/** What a decision tells the caseworker to do. */
export const ACTION_KINDS = [
  'grant',
  'assist-first-approve-later',
  'refer',
  'monitor',
  'key-concern-list',
  'inform',
  'centralized-care',
  'material-and-service',
  'transition',
  'review',
] as const;

/** What a decision can tell the caseworker to do. */
export type ActionKind = (typeof ACTION_KINDS)[number];

export const actionSchema = z
  .strictObject({
    kind: z.enum(ACTION_KINDS),
    when: conditionSchema.optional(),
    department: kebabId.optional(),
    cycle: kebabId.optional(),
    text: bilingual.optional(),
  })
  .meta({ id: 'Action' });

/** Categories a decision can end in, strongest first. */
export const CATEGORIES = [
  'special-poverty',
  'dibao',
  'edge',
  'expenditure-hardship',
  'temporary',
  'relatively-difficult',
  'none',
] as const;

export const programmeSchema = z
  .strictObject({
    name: bilingual,
    description: bilingual.optional(),
    subject: z.enum(['household', 'member']).default('household'),
    category: z.enum(COVERAGE_KINDS),
    rank: z.int().min(0).meta({ description: 'Lower rank wins when several programmes are eligible' }),
    enabled: z.boolean().optional(),
    when: conditionSchema.optional().meta({ description: 'When the programme applies at all (else not-applicable)' }),
    eligible: conditionSchema,
    source: z.string().min(1).optional(),
    verified: z.boolean().optional().meta({ description: 'false when the rule itself (not a figure) is not verified' }),
    note: z.string().optional(),
    assessedApart: z.boolean().optional().meta({
      description:
        'Member programmes: a member eligible for it is assessed apart, and the household tests are made without them',
    }),
    precededBy: z.array(z.enum(COVERAGE_KINDS)).optional().meta({
      description:
        'Categories that take precedence: when the household is eligible for one of them, this programme does not apply',
    }),
    actions: z.array(actionSchema).optional(),
  })
  .meta({ id: 'Programme' });

/** A deadline: a clock duration (ISO 8601) or a number of working days. */
export const limitSchema = z
  .union([isoDuration, z.strictObject({ workingDays: z.int().min(0).max(365) })])
  .meta({ id: 'Limit' });

export const urgencyClassSchema = z
  .strictObject({
    name: bilingual,
    priority: z.int().min(0).meta({ description: 'Lower is more urgent; the most urgent matching class wins' }),
    when: conditionSchema.optional(),
    firstResponse: limitSchema.optional(),
    disposal: limitSchema.optional(),
    assistFirst: z.boolean().optional().meta({ description: 'Assist first, approve later (先行救助、后置审批)' }),
    source: z.string().min(1).optional(),
    verified: z.boolean().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'UrgencyClass' });

export const urgencySchema = z.strictObject({
  officeHours: z.strictObject({ start: clockTime, end: clockTime }).optional(),
  pauseClockOutsideOfficeHours: z.boolean().optional(),
  atRiskShare: decimalText
    .optional()
    .meta({ description: 'Share of the time used after which a case is at risk, e.g. "0.8"' }),
  classes: z.record(kebabId, urgencyClassSchema),
});

export const cycleSchema = z.strictObject({
  name: bilingual,
  every: z.strictObject({ months: z.int().min(1).max(24) }).or(z.strictObject({ days: z.int().min(1).max(366) })),
  source: z.string().min(1).optional(),
  verified: z.boolean().optional(),
});

export const tierSchema = z.strictObject({
  name: bilingual,
  rank: z.int().min(0),
  when: conditionSchema,
  cycle: kebabId.optional().meta({ description: 'Visit frequency for households of this tier' }),
  source: z.string().min(1).optional(),
  verified: z.boolean().optional(),
  note: z.string().optional(),
});

export const referralSchema = z.strictObject({
  name: bilingual,
  department: bilingual,
  when: conditionSchema,
  source: z.string().min(1).optional(),
  verified: z.boolean().optional(),
  note: z.string().optional(),
});

/** When a household's assistance is re-checked (核查): the first rule whose condition holds sets the cycle. */
export const reviewSchema = z
  .strictObject({
    name: bilingual,
    rank: z.int().min(0).meta({ description: 'Lower rank is tried first' }),
    when: conditionSchema,
    cycle: kebabId,
    source: z.string().min(1).optional(),
    verified: z.boolean().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'Review' });

export const changeSchema = z.strictObject({
  version: semver,
  date: isoDay,
  summary: bilingual,
});

/** A transition to watch for in screening, e.g. a disabled dibao recipient turning 60 without the elderly-disability subsidy. */
export const transitionSchema = z
  .strictObject({
    name: bilingual,
    when: conditionSchema.meta({ description: 'Member-scope condition; true = the member should be told or moved' }),
    advice: bilingual.optional().meta({ description: 'What the caseworker should do' }),
    source: z.string().min(1).optional(),
    verified: z.boolean().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'Transition' });

/**
 * When a legal supporter counts as unable to support (无履行义务能力): a condition over the supporter's facts.
 * A member has an able supporter when some supporter is not unable.
 */
export const supportersSchema = z
  .strictObject({
    unable: conditionSchema.meta({ description: 'Supporter-scope condition: true = this supporter cannot support' }),
    source: z.string().min(1).optional(),
    verified: z.boolean().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'Supporters' });

/** Which income test an exclusion applies to: every test, or only special poverty's "no means of living". */
export const INCOME_TESTS = ['all', 'special-poverty'] as const;

/** Income that does not count, by type and period (e.g. the residents' basic pension in 2021–2025). */
export const incomeExclusionSchema = z
  .strictObject({
    type: z.enum(INCOME_TYPES),
    from: isoDay.optional(),
    to: isoDay.optional().meta({ description: 'Last day the exclusion applies' }),
    for: z.enum(INCOME_TESTS).optional().meta({
      description: 'all (default): not counted anywhere; special-poverty: only in the special-poverty income test',
    }),
    unknown: z.literal(true).optional().meta({
      description:
        'Whether the type counts in this period is not known: decisions that depend on it are decided by cases, or undetermined',
    }),
    source: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'IncomeExclusion' });

export const incomeRulesSchema = z.strictObject({
  excluded: z.array(incomeExclusionSchema).optional(),
  disregardedSupport: z
    .array(
      z.strictObject({
        payer: z.enum(SUPPORT_PAYERS),
        source: z.string().min(1),
        verified: z.boolean().optional(),
        note: z.string().optional(),
      }),
    )
    .optional()
    .meta({ description: "Support payments left out of a member's own income in the single-person test, by payer" }),
});

/** A policy pack file as written by policy staff. */
export const policyPackSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: kebabId,
    name: bilingual,
    version: semver,
    extends: kebabId.optional(),
    jurisdiction: z
      .strictObject({
        country: z.literal('CN'),
        level: z.enum(['national', 'province', 'city', 'district', 'county']),
        code: z
          .string()
          .regex(/^\d{6}$/)
          .optional()
          .meta({ description: 'Administrative division code' }),
        province: bilingual.optional(),
      })
      .optional(),
    currency: z.literal('CNY').optional(),
    timezone: z
      .string()
      .min(1)
      .refine(isTimeZone, { error: 'unknown time zone', params: { code: 'pack_unknown_time_zone' } })
      .optional(),
    calendar: kebabId.optional(),
    sources: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/), sourceSchema).optional(),
    zones: z.record(z.string().regex(/^[A-Za-z0-9-]+$/), z.array(kebabId).min(1)).optional(),
    parameters: z.record(parameterKey, parameterSchema).optional(),
    programmes: z.record(kebabId, programmeSchema).optional(),
    urgency: urgencySchema.optional(),
    difficulty: z.strictObject({ tiers: z.record(kebabId, tierSchema) }).optional(),
    cycles: z.record(kebabId, cycleSchema).optional(),
    referrals: z.record(kebabId, referralSchema).optional(),
    reviews: z.record(kebabId, reviewSchema).optional(),
    supporters: supportersSchema.optional(),
    income: incomeRulesSchema.optional(),
    screening: z.strictObject({ transitions: z.record(kebabId, transitionSchema).optional() }).optional(),
    changes: z.array(changeSchema).optional(),
  })
  .meta({ id: 'PolicyPackFile', title: 'safetynet policy pack' });

/** The shape of a pack file after schema validation (before `extends` is applied). */
export type PolicyPackFile = z.output<typeof policyPackSchema>;
export type PolicyPackFileInput = z.input<typeof policyPackSchema>;
export type SourceDef = z.output<typeof sourceSchema>;
export type ParameterDef = z.output<typeof parameterSchema>;
export type ParameterValueDef = z.output<typeof parameterValueSchema>;
export type ProgrammeDef = z.output<typeof programmeSchema>;
export type UrgencyClassDef = z.output<typeof urgencyClassSchema>;
export type UrgencyDef = z.output<typeof urgencySchema>;
export type LimitDef = z.output<typeof limitSchema>;
export type CycleDef = z.output<typeof cycleSchema>;
export type TierDef = z.output<typeof tierSchema>;
export type ReferralDef = z.output<typeof referralSchema>;
export type ActionDef = z.output<typeof actionSchema>;
export type IncomeRulesDef = z.output<typeof incomeRulesSchema>;
export type TransitionDef = z.output<typeof transitionSchema>;
export type ReviewDef = z.output<typeof reviewSchema>;
export type SupportersDef = z.output<typeof supportersSchema>;
export type IncomeExclusionDef = z.output<typeof incomeExclusionSchema>;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];
export type Category = (typeof CATEGORIES)[number];
