import * as z from 'zod/mini';
import { bilingual, isoDuration } from './file-primitives.js';
import { kebabId } from './primitives.js';

/** Event types with a meaning of their own in a case's history; a stage cannot start or end on them. */
export const RESERVED_CASE_EVENTS = ['extended', 'paused', 'resumed'] as const;

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
  source: z.optional(z.string().check(z.minLength(1))),
  verified: z.optional(z.boolean()),
  note: z.optional(z.string()),
};

/**
 * The time a stage of a procedure allows, counted from its start event:
 * - an ISO 8601 duration (`PT48H`) runs on the clock;
 * - `{ workingDays: n }`: working days on the pack's calendar, from the day after the start (Civil Code art. 201),
 *   ending at the end of the n-th;
 * - `{ days: n }`: calendar days, likewise from the day after the start;
 * - `unknown`: the source sets a limit but gives no figure — no deadline is computed, and the case says so.
 */
export const procedureLimitSchema = z
  .union([
    isoDuration,
    z.strictObject({ workingDays: z.int().check(z.minimum(0), z.maximum(365)) }),
    z.strictObject({ days: z.int().check(z.minimum(1), z.maximum(366)) }),
    z.literal('unknown'),
  ])
  .check(z.meta({ id: 'ProcedureLimit' }));

/** A case in which a stage may take longer, and its limit then (counted from the same start). */
export const procedureExtensionSchema = z
  .strictObject({
    name: bilingual,
    when: z.optional(bilingual),
    limit: z.union([procedureLimitSchema]),
    ...citation,
  })
  .check(z.meta({ id: 'ProcedureExtension' }));

/** A circumstance in which the clock of a stage stops (a `paused` event) until a `resumed` event. */
export const procedurePauseSchema = z
  .strictObject({
    name: bilingual,
    when: z.optional(bilingual),
    ...citation,
  })
  .check(z.meta({ id: 'ProcedurePause' }));

/** One stage of a procedure: from a start event to an end event, within a limit. */
export const procedureStageSchema = z
  .strictObject({
    name: bilingual,
    starts: kebabId,
    ends: kebabId,
    limit: procedureLimitSchema,
    period: described(
      z.boolean(),
      'The limit is a period that must run its full length (publicity, 公示): it is complete when it has run, and an end event before that cuts it short',
    ),
    extensions: z.optional(z.record(kebabId, procedureExtensionSchema)),
    pauses: z.optional(z.record(kebabId, procedurePauseSchema)),
    remark: described(
      bilingual,
      'What the source says about the limit in words, shown with the deadline: how the pack reads it ("公示2天" as calendar days), or why there is no figure',
    ),
    ...citation,
  })
  .check(z.meta({ id: 'ProcedureStage' }));

/** A casework procedure with stage deadlines (dibao review and confirmation, assist first and approve later). */
export const procedureSchema = z
  .strictObject({
    name: bilingual,
    description: z.optional(bilingual),
    stages: z.record(kebabId, procedureStageSchema),
    ...citation,
  })
  .check(z.meta({ id: 'Procedure' }));

export type ProcedureLimitDef = z.output<typeof procedureLimitSchema>;
export type ProcedureExtensionDef = z.output<typeof procedureExtensionSchema>;
export type ProcedurePauseDef = z.output<typeof procedurePauseSchema>;
export type ProcedureStageDef = z.output<typeof procedureStageSchema>;
export type ProcedureDef = z.output<typeof procedureSchema>;
