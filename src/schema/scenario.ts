import * as z from 'zod';
import { isoDay } from './primitives.js';

const status = z.enum(['eligible', 'ineligible', 'undetermined', 'not-applicable']);

/** What a scenario expects; every field is optional and only what is given is checked. */
export const scenarioExpectSchema = z.strictObject({
  category: z.string().optional(),
  categoryCertain: z.boolean().optional(),
  tier: z.string().nullable().optional().meta({ description: 'Tier id, or null for no tier' }),
  outcome: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'The programme the category comes from (e.g. single-person), or null for none' }),
  programmes: z.record(z.string(), status).optional(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])).optional(),
  actions: z.array(z.string()).optional().meta({
    description:
      'Action kinds that must be present; "refer:<id>", "review:<id>" or "transition:<id>" for a particular one, "!kind" for one that must not',
  }),
  notes: z.array(z.string()).optional().meta({ description: 'Note codes that must be present' }),
  missing: z.array(z.string()).optional().meta({ description: 'Facts that must be listed as missing' }),
  reasons: z.array(z.string()).optional().meta({ description: 'Texts (en or zh) that must appear in some reason' }),
});

/** One scenario: a household on a date and the outcome expected. */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  asOf: isoDay,
  household: z.unknown(),
  options: z
    .strictObject({
      lastKnown: z.boolean().optional(),
      knownAt: z.optional(isoDay),
      overrides: z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())])).optional(),
    })
    .optional(),
  expect: scenarioExpectSchema,
});

export const scenarioFileSchema = z
  .array(scenarioSchema)
  .min(1)
  .meta({ id: 'ScenarioFile', title: 'safetynet scenario tests' });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioExpect = z.output<typeof scenarioExpectSchema>;
