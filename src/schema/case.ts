// zod/mini, as for reports: cases are validated on every deadline computation, and in a browser bundle.
import * as z from 'zod/mini';
import { kebabId } from './primitives.js';
import { instantTextWith } from './report.js';

const caseInstant = instantTextWith('case_missing_offset', 'case_bad_timestamp');

/**
 * One thing that happened on a case: its type (an event a stage of the procedure starts or ends on, such as
 * `accepted` or `decided`, or `extended`, `paused`, `resumed`), when, and for those three the stage they
 * concern and the extension or pause of the pack they invoke.
 *
 * @example
 * caseEventSchema.parse({ type: 'extended', at: '2024-10-20T10:00:00+08:00', stage: 'review', extension: 'special-circumstances' });
 */
export const caseEventSchema = z
  .strictObject({
    type: kebabId.check(
      z.meta({ description: 'accepted, decided, … (the procedure’s events), or extended, paused, resumed' }),
    ),
    at: caseInstant,
    stage: z
      .optional(kebabId)
      .check(z.meta({ description: 'The stage an extended, paused or resumed event concerns' })),
    extension: z.optional(kebabId).check(z.meta({ description: 'The extension of the stage invoked (extended)' })),
    pause: z.optional(kebabId).check(z.meta({ description: 'The pause of the stage invoked (paused)' })),
    note: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(z.meta({ id: 'CaseEvent' }));

/**
 * A case under a procedure of a pack: the procedure's id and what has happened so far, in any order.
 *
 * @example
 * caseSchema.parse({ id: 'yc-2024-031', procedure: 'dibao-review', events: [{ type: 'accepted', at: '2024-09-27T10:00:00+08:00' }] });
 */
export const caseSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    procedure: kebabId.check(z.meta({ description: 'The id of a procedure of the pack, e.g. dibao-review' })),
    events: z.array(caseEventSchema).check(z.maxLength(1000)),
    note: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(z.meta({ id: 'Case', title: 'safetynet case' }));

/**
 * A case as callers write it.
 *
 * @example
 * const c: CaseInput = { procedure: 'dibao-review', events: [{ type: 'accepted', at: '2024-09-27T10:00:00+08:00' }] };
 */
export type CaseInput = z.input<typeof caseSchema>;
/** A case event as callers write it. */
export type CaseEventInput = z.input<typeof caseEventSchema>;
/** A case after validation. */
export type CaseParsed = z.output<typeof caseSchema>;
