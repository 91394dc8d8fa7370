import * as z from 'zod';
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
export const instantText = z
  .string()
  .superRefine((value, ctx) => {
    const t = parseInstant(value);
    if (typeof t === 'number') return;
    const missingOffset = t.problem === 'missing_offset';
    ctx.addIssue({
      code: 'custom',
      message: missingOffset
        ? 'the timestamp has no UTC offset (add +08:00 or Z)'
        : 'expected a timestamp with an offset, e.g. 2024-09-30T17:30:00+08:00',
      params: { code: missingOffset ? 'report_missing_offset' : 'report_bad_timestamp' },
    });
  })
  .meta({
    description: 'Timestamp with a UTC offset, e.g. 2024-09-30T17:30:00+08:00 or 2024-09-30T09:30:00Z',
    examples: ['2024-09-30T17:30:00+08:00'],
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)$',
  });

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
    $schema: z.string().optional(),
    id: z.string().min(1).max(100).optional(),
    receivedAt: instantText.meta({ description: 'When the report was received, with its UTC offset' }),
    channel: z.enum(REPORT_CHANNELS).optional(),
    situations: z
      .array(z.enum(SITUATIONS))
      .max(20)
      .optional()
      .meta({ description: 'Sudden situations reported; [] = none, absent = unknown' }),
    lifeAtRisk: z.boolean().optional().meta({ description: 'Someone’s life is at risk; absent = unknown' }),
    basicNeedsUnmet: z
      .boolean()
      .optional()
      .meta({ description: 'Basic needs (food, shelter) cannot be met; absent = unknown' }),
    peopleAffected: z
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .meta({ description: 'Number of people affected; absent = unknown' }),
    household: householdSchema
      .optional()
      .meta({ description: 'The household concerned, if known: its facts are visible to urgency rules' }),
    urgency: kebabId
      .optional()
      .meta({ description: 'An urgency class id set by the caseworker; overrides the pack’s rules' }),
    note: z.string().max(2000).optional(),
  })
  .meta({ id: 'Report', title: 'safetynet report' });

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
