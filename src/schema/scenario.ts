import * as z from 'zod/mini';
import { isoDay } from './primitives.js';

const status = z.enum(['eligible', 'ineligible', 'undetermined', 'not-applicable']);

/** What a scenario expects; every field is optional and only what is given is checked. */
/** Optional, with a description for the JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string) {
  return z.optional(schema).check(z.meta({ description }));
}

export const scenarioExpectSchema = z.strictObject({
  category: z.optional(z.string()),
  categoryCertain: z.optional(z.boolean()),
  tier: described(z.nullable(z.string()), 'Tier id, or null for no tier'),
  outcome: described(
    z.nullable(z.string()),
    'The programme the category comes from (e.g. single-person), or null for none',
  ),
  programmes: z.optional(z.record(z.string(), status)),
  facts: z.optional(
    z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])),
  ),
  actions: described(
    z.array(z.string()),
    'Action kinds that must be present; "refer:<id>", "review:<id>" or "transition:<id>" for a particular one, "!kind" for one that must not',
  ),
  notes: described(z.array(z.string()), 'Note codes that must be present'),
  missing: described(z.array(z.string()), 'Facts that must be listed as missing'),
  reasons: described(z.array(z.string()), 'Texts (en or zh) that must appear in some reason'),
});

/** One scenario: a household on a date and the outcome expected. */
export const scenarioSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  asOf: isoDay,
  household: z.unknown(),
  options: z.optional(
    z.strictObject({
      lastKnown: z.optional(z.boolean()),
      knownAt: z.optional(isoDay),
      overrides: z.optional(z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())]))),
    }),
  ),
  expect: scenarioExpectSchema,
});

export const scenarioFileSchema = z
  .array(scenarioSchema)
  .check(z.minLength(1), z.meta({ id: 'ScenarioFile', title: 'safetynet scenario tests' }));

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioExpect = z.output<typeof scenarioExpectSchema>;
