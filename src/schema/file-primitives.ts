// The primitives of pack, calendar and scenario files (zod/mini), apart from those of households and reports
// (primitives.ts): a bundle that validates only households and reports does not carry these.
import * as z from 'zod/mini';
import { isIsoDay } from '../dates/index.js';

/** A document date as far as it is known: `2022`, `2022-12` or `2022-12-29`. */
export const partialDay = z.string().check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD' }),
  z.refine((s) => s.length < 10 || isIsoDay(s), {
    error: 'not a real calendar date',
    params: { code: 'date_not_real' },
  }),
  z.meta({ description: 'Date of a document as far as known: YYYY, YYYY-MM or YYYY-MM-DD' }),
);

/** A non-empty bilingual text. */
export const bilingual = z
  .strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })
  .check(z.meta({ description: 'Text in Chinese (zh) and English (en)' }));

/**
 * A non-negative decimal amount written as a string ("870", "1160.00") or a plain number in YAML.
 * Numbers are accepted because policy staff write `value: 870`; they are normalised to their decimal text.
 */
export const decimalText = z
  .pipe(
    z.union([
      z.string().check(z.regex(/^\d+(\.\d+)?$/, { error: 'expected a non-negative decimal such as "870" or "1.5"' })),
      z.number().check(
        z.refine((n) => Number.isFinite(n) && n >= 0, { error: 'expected a finite, non-negative number' }),
        z.refine((n) => /^\d+(\.\d+)?$/.test(String(n)), {
          error: 'write this number as a decimal string, e.g. "0.000001"',
        }),
      ),
    ]),
    z.transform((v) => String(v)),
  )
  .check(z.meta({ description: 'A non-negative decimal, preferably as a string: "870", "1.5"' }));

/** Dotted parameter keys: `dibao.standard`, `edge.incomeMultiplier`. */
export const parameterKey = z
  .string()
  .check(
    z.regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/, { error: 'expected a dotted key such as "dibao.standard"' }),
  );

/** Semantic version `MAJOR.MINOR.PATCH` (pre-release allowed). */
export const semver = z.string().check(
  z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/, {
    error: 'expected a semantic version such as 1.2.0',
  }),
);

/** ISO 8601 clock duration: PT1H, PT24H, P2D, P1DT12H. */
export const isoDuration = z
  .string()
  .check(
    z.regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/, { error: 'expected an ISO 8601 duration such as PT1H or P2D' }),
  );

/** `HH:mm`, 24-hour clock. */
export const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time HH:mm' }));
