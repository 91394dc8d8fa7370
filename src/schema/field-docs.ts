import * as z from 'zod/mini';
import { caseEventSchema } from './case.js';
import { householdSchema, incomeSchema, memberSchema, moneyInput, supporterSchema } from './household.js';
import { isoDay } from './primitives.js';
import { instantText, reportSchema } from './report.js';

// The descriptions of household and report fields, and of the primitives they share with other documents (a day, a
// timestamp, money), are read by the JSON Schema export only: they live here, not in the schemas, so that validating
// a household or a report in a browser bundle does not carry them.
const FIELD_DOCS: readonly (readonly [Readonly<Record<string, z.core.$ZodType>>, Readonly<Record<string, string>>])[] =
  [
    [
      incomeSchema.shape,
      {
        payer: 'For support payments: who pays (a sibling, a person aged 60 or over, someone else)',
      },
    ],
    [
      supporterSchema.shape,
      {
        specialPoverty: 'Supported as special poverty (特困) themselves',
        dibao: 'Receives dibao',
        monthlyIncome: 'Own monthly income, yuan',
        propertyWithinLowIncomeLimits: 'Property within the local low-income limits (official check)',
        inSchool: 'A full-time student',
        legalIncapacity: 'Lacks civil capacity, declared missing, or in prison',
      },
    ],
    [
      memberSchema.shape,
      {
        birthDate: 'Age is computed at asOf; absent = unknown',
        disability: 'Disability certificate; null = none, absent = unknown',
        childScheme: 'A minor covered by the orphan or de-facto-unsupported-child scheme by choice; null = neither',
        incomes: 'Monthly incomes; [] = none, absent = unknown',
        hasAbleSupporter: 'Has a legal supporter able to support (特困 test); when absent, derived from supporters',
        supporters: 'Legal supporters living elsewhere or in the household; [] = none; absent = unknown',
      },
    ],
    [
      householdSchema.shape,
      {
        district: 'District id as in the pack’s zones, e.g. wenjiang',
        propertyTestPassed: 'Result of the official property check for every programme not given in propertyTest',
        propertyTest: 'Property check per programme: each has its own local limits; absent = propertyTestPassed',
        incomeIrregular: 'Income varies from month to month (reviewed every six months)',
        incomeRiseFromWork:
          'A dibao family whose income rose above the standard because a member found work, and since when',
        expenditure: 'Monthly rigid expenditure; absent = unknown',
        coverage: 'Assistance the household receives now',
      },
    ],
    [
      reportSchema.shape,
      {
        situations: 'Sudden situations reported; [] = none, absent = unknown',
        lifeAtRisk: 'Someone’s life is at risk; absent = unknown',
        basicNeedsUnmet: 'Basic needs (food, shelter) cannot be met; absent = unknown',
        peopleAffected: 'Number of people affected; absent = unknown',
        household: 'The household concerned, if known: its facts are visible to urgency rules',
        urgency: 'An urgency class id set by the caseworker; overrides the pack’s rules',
      },
    ],
  ];

const TIMESTAMP = {
  description: 'Timestamp with a UTC offset, e.g. 2024-09-30T17:30:00+08:00 or 2024-09-30T09:30:00Z',
  examples: ['2024-09-30T17:30:00+08:00'],
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)$',
};

/** The primitives' JSON Schema metadata, merged into what the schema has (money keeps its `id`). */
const PRIMITIVE_DOCS: readonly (readonly [z.core.$ZodType, Readonly<Record<string, unknown>>])[] = [
  [isoDay, { description: 'A calendar date, YYYY-MM-DD', examples: ['2024-01-01'] }],
  [instantText, TIMESTAMP],
  [reportSchema.shape.receivedAt, { ...TIMESTAMP, description: 'When the report was received, with its UTC offset' }],
  [caseEventSchema.shape.at, TIMESTAMP],
  [moneyInput, { description: 'Yuan, as a decimal string or number, at most 2 decimals' }],
];

let registered = false;

/**
 * Puts the descriptions of household and report fields, and the primitives' metadata, on their schemas (zod's global
 * registry), once, before a JSON Schema is generated from them.
 */
export function registerFieldDocs(): void {
  if (registered) return;
  registered = true;
  for (const [schema, meta] of PRIMITIVE_DOCS)
    z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), ...meta });
  for (const [shape, docs] of FIELD_DOCS)
    for (const [key, description] of Object.entries(docs)) z.globalRegistry.add(shape[key]!, { description });
}
