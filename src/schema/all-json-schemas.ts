import * as z from 'zod/mini';
import { calendarFileSchema } from './calendar.js';
import { caseSchema } from './case.js';
import { registerFieldDocs } from './field-docs.js';
import { householdSchema } from './household.js';
import { packJsonSchema } from './json-schema.js';
import { reportSchema } from './report.js';
import { scenarioFileSchema } from './scenario.js';

/** Every JSON Schema file shipped in `schema/`, by base name. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  registerFieldDocs();
  const plain = (s: z.core.$ZodType) =>
    z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    pack: packJsonSchema(),
    calendar: plain(calendarFileSchema),
    household: plain(householdSchema),
    scenarios: plain(scenarioFileSchema),
    report: plain(reportSchema),
    case: plain(caseSchema),
  };
}
