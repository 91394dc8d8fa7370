// zod/mini, like households and reports: a bundle carries one zod API, not two (the full API alone is about
// 13 KB gzip more).
import * as z from 'zod/mini';
import { isTimeZone } from '../dates/index.js';
import { COVERAGE_KINDS } from './facts.js';
import { INCOME_TYPES, SUPPORT_PAYERS } from './household.js';
import { bilingual, clockTime, decimalText, isoDuration, parameterKey, partialDay, semver } from './file-primitives.js';
import { isoDay, kebabId } from './primitives.js';
import { procedureSchema } from './procedure.js';

/**
 * A condition in json-rules-engine's format (`all` / `any` / `not` / `{ fact, operator, value }`).
 * Its structure and names are checked by the rule checker (src/rules), which gives better messages than a
 * schema could; here it only has to be an object. The JSON Schema export replaces it with the full shape.
 */
export const conditionSchema = z
  .record(z.string(), z.unknown())
  // Registered, not a `meta` check: a check is copied to every derived schema (`.check(z.meta({ description }))`
  // below), and two schemas cannot share the id.
  .register(z.globalRegistry, {
    id: 'Condition',
    description: 'A json-rules-engine condition: all / any / not / { fact, operator, value }',
  });

/** A non-empty string. */
const text = () => z.string().check(z.minLength(1));

/**
 * Optional, with a description for the JSON Schema. Only where the pack's property docs (pack-docs.ts, which the
 * export puts on every property they name) have no entry: any other description here would be overwritten there,
 * and would weigh in every bundle that validates packs.
 */
function described<T extends z.ZodMiniType>(schema: T, description: string) {
  return z.optional(schema).check(z.meta({ description }));
}

/** `source`, `verified` and `note`, as most rules carry them. */
const citation = {
  source: z.optional(text()),
  verified: z.optional(z.boolean()),
  note: z.optional(z.string()),
};

/** The document a figure or a rule comes from. */
export const sourceSchema = z
  .strictObject({
    title: text(),
    issuer: text(),
    number: z.optional(text()),
    date: partialDay,
    url: z.optional(z.url()),
    verified: z.boolean(),
    note: z.optional(z.string()),
  })
  .check(z.meta({ id: 'Source' }));

/** A zone's id, as `zones` and zoned values key them. */
const zoneKey = z
  .string()
  .check(z.regex(/^[A-Za-z0-9-]+$/, { error: 'expected a zone id of letters, digits and "-"' }));

const zoneValues = z.record(zoneKey, decimalText);

const rounding = z.strictObject({
  to: z.enum(['yuan', 'fen']),
  mode: z.enum(['up', 'down', 'half-up']),
});

/** One dated entry of a parameter: a value, a derived value, or an explicit gap. */
export const parameterValueSchema = z
  .strictObject({
    from: isoDay,
    value: z.optional(z.union([decimalText, zoneValues])),
    multiply: z.optional(
      z.strictObject({
        parameter: parameterKey,
        by: z.union([parameterKey, decimalText]),
        round: z.optional(rounding),
      }),
    ),
    unknown: z.optional(z.literal(true)),
    source: z.optional(text()),
    published: z.optional(isoDay),
    verified: z.optional(z.boolean()),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((v, ctx) => {
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
    }),
    z.meta({ id: 'ParameterValue' }),
  );

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
    label: z.optional(bilingual),
    description: z.optional(bilingual),
    unit: z.enum(PARAMETER_UNITS),
    by: z.optional(z.enum(['zone', 'hukou'])),
    review: z.optional(z.enum(['yearly', 'none'])),
    values: z.array(parameterValueSchema),
  })
  .check(z.meta({ id: 'Parameter' }));

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
    when: z.optional(conditionSchema),
    department: z.optional(kebabId),
    cycle: z.optional(kebabId),
    text: z.optional(bilingual),
  })
  .check(z.meta({ id: 'Action' }));

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
    description: z.optional(bilingual),
    subject: z._default(z.enum(['household', 'member']), 'household'),
    category: z.enum(COVERAGE_KINDS),
    rank: z.int().check(z.minimum(0)),
    enabled: z.optional(z.boolean()),
    when: z.optional(conditionSchema),
    eligible: conditionSchema,
    source: z.optional(text()),
    verified: z.optional(z.boolean()),
    note: z.optional(z.string()),
    assessedApart: z.optional(z.boolean()),
    precededBy: z.optional(z.array(z.enum(COVERAGE_KINDS))),
    actions: z.optional(z.array(actionSchema)),
  })
  .check(z.meta({ id: 'Programme' }));

/** A deadline: a clock duration (ISO 8601) or a number of working days. */
export const limitSchema = z
  .union([isoDuration, z.strictObject({ workingDays: z.int().check(z.minimum(0), z.maximum(365)) })])
  .check(z.meta({ id: 'Limit' }));

export const urgencyClassSchema = z
  .strictObject({
    name: bilingual,
    priority: z.int().check(z.minimum(0)),
    when: z.optional(conditionSchema),
    firstResponse: z.optional(limitSchema),
    disposal: z.optional(limitSchema),
    remarks: described(
      z.strictObject({ firstResponse: z.optional(bilingual), disposal: z.optional(bilingual) }),
      'What the source says about a limit in words, shown with the deadline: how the pack reads it ("即刻" as the same working day), or why there is none',
    ),
    assistFirst: z.optional(z.boolean()),
    ...citation,
  })
  .check(z.meta({ id: 'UrgencyClass' }));

export const urgencySchema = z.strictObject({
  officeHours: z.optional(z.strictObject({ start: clockTime, end: clockTime })),
  pauseClockOutsideOfficeHours: z.optional(z.boolean()),
  atRiskShare: z.optional(decimalText),
  classes: z.record(kebabId, urgencyClassSchema),
});

export const cycleSchema = z.strictObject({
  name: bilingual,
  every: z.union([
    z.strictObject({ months: z.int().check(z.minimum(1), z.maximum(24)) }),
    z.strictObject({ days: z.int().check(z.minimum(1), z.maximum(366)) }),
  ]),
  source: z.optional(text()),
  verified: z.optional(z.boolean()),
});

export const tierSchema = z.strictObject({
  name: bilingual,
  rank: z.int().check(z.minimum(0)),
  when: conditionSchema,
  cycle: z.optional(kebabId),
  ...citation,
});

export const referralSchema = z.strictObject({
  name: bilingual,
  department: bilingual,
  when: conditionSchema,
  ...citation,
});

/** When a household's assistance is re-checked (核查): the first rule whose condition holds sets the cycle. */
export const reviewSchema = z
  .strictObject({
    name: bilingual,
    rank: z.int().check(z.minimum(0)),
    when: conditionSchema,
    cycle: kebabId,
    ...citation,
  })
  .check(z.meta({ id: 'Review' }));

export const changeSchema = z.strictObject({
  version: semver,
  date: isoDay,
  summary: bilingual,
});

/** A transition to watch for in screening, e.g. a disabled dibao recipient turning 60 without the elderly-disability subsidy. */
export const transitionSchema = z
  .strictObject({
    name: bilingual,
    when: conditionSchema.check(
      z.meta({ description: 'Member-scope condition; true = the member should be told or moved' }),
    ),
    advice: z.optional(bilingual),
    ...citation,
  })
  .check(z.meta({ id: 'Transition' }));

/**
 * When a legal supporter counts as unable to support (无履行义务能力): a condition over the supporter's facts.
 * A member has an able supporter when some supporter is not unable.
 */
export const supportersSchema = z
  .strictObject({
    unable: conditionSchema.check(
      z.meta({ description: 'Supporter-scope condition: true = this supporter cannot support' }),
    ),
    ...citation,
  })
  .check(z.meta({ id: 'Supporters' }));

/** Which income test an exclusion applies to: every test, or only special poverty's "no means of living". */
export const INCOME_TESTS = ['all', 'special-poverty'] as const;

/** Income that does not count, by type and period (e.g. the residents' basic pension in 2021–2025). */
export const incomeExclusionSchema = z
  .strictObject({
    type: z.enum(INCOME_TYPES),
    from: z.optional(isoDay),
    to: z.optional(isoDay),
    for: z.optional(z.enum(INCOME_TESTS)),
    unknown: z.optional(z.literal(true)),
    source: z.optional(text()),
    note: z.optional(z.string()),
  })
  .check(z.meta({ id: 'IncomeExclusion' }));

export const incomeRulesSchema = z.strictObject({
  excluded: z.optional(z.array(incomeExclusionSchema)),
  disregardedSupport: z.optional(
    z.array(
      z.strictObject({
        payer: z.enum(SUPPORT_PAYERS),
        source: text(),
        verified: z.optional(z.boolean()),
        note: z.optional(z.string()),
      }),
    ),
  ),
});

/** A policy pack file as written by policy staff. */
export const policyPackSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: kebabId,
    name: bilingual,
    version: semver,
    extends: z.optional(kebabId),
    jurisdiction: z.optional(
      z.strictObject({
        country: z.literal('CN'),
        level: z.enum(['national', 'province', 'city', 'district', 'county']),
        code: z.optional(
          z.string().check(z.regex(/^\d{6}$/, { error: 'expected a 6-digit administrative division code' })),
        ),
        province: z.optional(bilingual),
      }),
    ),
    currency: z.optional(z.literal('CNY')),
    timezone: z.optional(
      text().check(z.refine(isTimeZone, { error: 'unknown time zone', params: { code: 'pack_unknown_time_zone' } })),
    ),
    calendar: z.optional(kebabId),
    sources: z.optional(
      z.record(
        z.string().check(
          z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
            error: 'expected a source id of letters, digits, ".", "_" and "-"',
          }),
        ),
        sourceSchema,
      ),
    ),
    zones: z.optional(z.record(zoneKey, z.array(kebabId).check(z.minLength(1)))),
    parameters: z.optional(z.record(parameterKey, parameterSchema)),
    programmes: z.optional(z.record(kebabId, programmeSchema)),
    urgency: z.optional(urgencySchema),
    difficulty: z.optional(z.strictObject({ tiers: z.record(kebabId, tierSchema) })),
    cycles: z.optional(z.record(kebabId, cycleSchema)),
    referrals: z.optional(z.record(kebabId, referralSchema)),
    reviews: z.optional(z.record(kebabId, reviewSchema)),
    procedures: described(
      z.record(kebabId, procedureSchema),
      'Casework procedures with stage deadlines (审核确认, 先行救助): a city replaces a procedure by id',
    ),
    supporters: z.optional(supportersSchema),
    income: z.optional(incomeRulesSchema),
    screening: z.optional(z.strictObject({ transitions: z.optional(z.record(kebabId, transitionSchema)) })),
    changes: z.optional(z.array(changeSchema)),
  })
  .check(z.meta({ id: 'PolicyPackFile', title: 'safetynet policy pack' }));

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
