// zod/mini: reports are validated in every deadline computation, and in a browser bundle (see primitives.ts).
import * as z from 'zod/mini';
import { parseInstant } from '../dates/index.js';
import { SITUATIONS } from './facts.js';
import { householdSchema } from './household.js';
import { kebabId } from './primitives.js';

export { REPORT_CHANNELS } from './facts.js';
import { REPORT_CHANNELS } from './facts.js';

/**
 * A reporting channel.
 *
 * @example
 * const channel: ReportChannel = 'grid-worker';
 */
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/**
 * A timestamp with a UTC offset: `2024-09-30T17:30:00+08:00`, `2024-09-30T09:30:00Z`. A local wall time
 * without an offset is rejected: it does not say which instant is meant, and a deadline built on a guess
 * could be eight hours off. Parsed by the calendar's own parser, so whatever passes here is accepted by
 * the deadline functions too.
 *
 * @example
 * instantText.safeParse('2024-09-30T17:30:00+08:00').success; // true
 * instantText.safeParse('2024-09-30T17:30:00').success;       // false: no offset
 */
export const instantText = instantTextWith('report_missing_offset', 'report_bad_timestamp');

/** {@link instantText} with the issue codes of another kind of document (`case_missing_offset`, …). */
export function instantTextWith(missingOffset: string, badTimestamp: string) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const t = parseInstant(value);
      if (typeof t === 'number') return;
      const missing = t.problem === 'missing_offset';
      ctx.addIssue({
        code: 'custom',
        message: missing
          ? 'the timestamp has no UTC offset (add +08:00 or Z)'
          : 'expected a timestamp with an offset, e.g. 2024-09-30T17:30:00+08:00',
        params: { code: missing ? missingOffset : badTimestamp },
      });
    }),
  );
}

/**
 * A report of a person or household in difficulty (a hotline call, a grid worker's visit, a data match),
 * as given to `classifyUrgency` and `computeSla`. Unknown fields are errors. A field left out is unknown,
 * not false: an urgency rule that needs it is undetermined, and the classification says what to ask.
 *
 * @example
 * reportSchema.parse({ receivedAt: '2024-09-30T17:30:00+08:00', channel: 'hotline', lifeAtRisk: true });
 */
export const reportSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    // Its own schema (a copy), so that the JSON Schema export can describe it apart (field-docs.ts).
    receivedAt: instantText.check(),
    channel: z.optional(z.enum(REPORT_CHANNELS)),
    situations: z.optional(z.array(z.enum(SITUATIONS)).check(z.maxLength(20))),
    lifeAtRisk: z.optional(z.boolean()),
    basicNeedsUnmet: z.optional(z.boolean()),
    peopleAffected: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
    household: z.optional(householdSchema),
    urgency: z.optional(kebabId),
    note: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(z.meta({ id: 'Report', title: 'safetynet report' }));

/**
 * A report as callers write it.
 *
 * @example
 * const report: Report = { receivedAt: '2024-09-30T17:30:00+08:00', channel: 'hotline', situations: ['fire'] };
 */
export type Report = z.input<typeof reportSchema>;
/**
 * A report after validation.
 *
 * @example
 * const parsed: ReportParsed = parseReport(report);
 */
export type ReportParsed = z.output<typeof reportSchema>;
