import * as z from 'zod/mini';
import { isIsoDay } from '../dates/index.js';
import { bilingual } from './file-primitives.js';
import { kebabId } from './primitives.js';
import { checkCalendarFile } from './calendar-check.js';
import { isTimeZone } from '../dates/index.js';

// Kept in weekdays.ts, a module without schemas: the calendar's day table needs them, not the file schema.
import { WEEKDAYS } from './weekdays.js';

export { WEEKDAYS, type Weekday } from './weekdays.js';

/**
 * A calendar day `YYYY-MM-DD`. Unquoted in YAML 1.2 (core schema) it stays a string.
 * One refinement for format and reality, so both faults get the one code `calendar_bad_date`.
 */
const daySchema = z
  .string()
  .check(
    z.refine(isIsoDay, { error: 'expected a real date YYYY-MM-DD', params: { code: 'calendar_bad_date' } }),
    z.meta({ description: 'A calendar date, YYYY-MM-DD', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  );

/** A day, with its own description. */
const dayDescribed = (description: string) => daySchema.check(z.meta({ description }));

const sourceSchema = z
  .strictObject({
    title: z.string().check(z.minLength(1)),
    issuer: z.string().check(z.minLength(1)),
    number: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.meta({ description: 'Document number, e.g. 国办发明电〔2023〕7号' })),
    date: dayDescribed('Date the notice was issued'),
    url: z.optional(z.url({ protocol: /^https?$/ })),
    verified: z
      .boolean()
      .check(z.meta({ description: 'true when the dates were read in the notice text or a verbatim copy' })),
    note: z.optional(z.string()),
  })
  .check(z.meta({ id: 'CalendarSource' }));

const holidaySchema = z
  .strictObject({
    name: bilingual,
    from: dayDescribed('First day off'),
    to: dayDescribed('Last day off (inclusive); equal to from for a one-day holiday'),
  })
  .check(z.meta({ id: 'CalendarHoliday' }));

const yearSchema = z
  .strictObject({
    source: sourceSchema,
    holidays: z.array(holidaySchema),
    workdays: z
      .optional(z.array(daySchema))
      .check(z.meta({ description: 'Make-up working days (调休上班): weekend days that are worked' })),
    note: z.optional(z.string()),
  })
  .check(z.meta({ id: 'CalendarYear' }));

/**
 * Schema of a working-day calendar file (`policies/calendars/*.yaml`). Objects are strict: an unknown key is
 * an error. Beyond field shapes it checks, once every field is well formed:
 * - each holiday range has `from` ≤ `to` and lasts at most 16 days (a longer one is almost surely a typo);
 * - a year entry lists dates of its own year, or of December of the year before / January of the year after
 *   (a notice may start its New Year break on 12-31 of the previous year, e.g. 2022-12-31 in the 2023 notice);
 * - holidays and make-up days are in date order, and no day is listed twice, anywhere in the file;
 * - no day is both a holiday and a make-up working day;
 * - make-up working days fall on a `weekend` day (a weekday is a working day already);
 * - there is at least one year.
 *
 * @example
 * const result = calendarFileSchema.safeParse({
 *   id: 'demo', name: { zh: '示例', en: 'Demo' }, timezone: 'Asia/Shanghai', weekend: ['saturday', 'sunday'],
 *   years: { 2024: { source: { title: 'Notice', issuer: 'State Council', date: '2023-10-25', verified: true },
 *     holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, from: '2024-01-01', to: '2024-01-01' }] } },
 * });
 * result.success; // true
 */
export const calendarFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: kebabId,
    name: bilingual,
    timezone: z
      .string()
      .check(
        z.refine(isTimeZone, { error: 'unknown time zone', params: { code: 'calendar_bad_timezone' } }),
        z.meta({ description: 'IANA time zone of the calendar days', examples: ['Asia/Shanghai'] }),
      ),
    weekend: z
      .array(z.enum(WEEKDAYS))
      .check(z.maxLength(7), z.meta({ description: 'Days of the week that are off unless made up' })),
    years: z
      .record(z.string().check(z.regex(/^[12]\d{3}$/, { error: 'expected a year such as 2024' })), yearSchema)
      .check(z.meta({ description: 'Holiday data by year, each from its official notice' })),
  })
  .check(
    z.superRefine((file, ctx) => {
      for (const issue of checkCalendarFile(file)) {
        ctx.addIssue({
          code: 'custom',
          path: [...issue.path],
          message: issue.code,
          params: { code: issue.code, args: issue.args },
          input: undefined,
        });
      }
    }),
    z.meta({ id: 'CalendarFile', title: 'safetynet working-day calendar' }),
  );

/** A calendar file after schema validation. */
export type CalendarFile = z.output<typeof calendarFileSchema>;
/** One year of a calendar file. */
export type CalendarYearFile = CalendarFile['years'][string];
