// zod/mini: these primitives are part of the household and report validators that run in every decision,
// and mini keeps them out of the full zod API. The primitives of pack, calendar and scenario files are in
// file-primitives.ts, so that validating a household or a report does not carry them.
import * as z from 'zod/mini';
import { isIsoDay } from '../dates/index.js';

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDay = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' }),
    z.refine(isIsoDay, { error: 'not a real calendar date', params: { code: 'date_not_real' } }),
  );

/** kebab-case identifiers for packs, programmes, classes and tiers. */
export const kebabId = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id such as "special-poverty"' }));
