import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { formatIsoDay } from './_lib/formatDate.js';

const cache = new Map<string, string>();

/**
 * The day `times` review periods after `day` (YYYY-MM-DD), in calendar months or days in `timeZone`; a
 * month end clamps (01-31 + 1 month = 02-29 in 2024). Counted from `day` each time, so 01-31 + 2 months is
 * 03-31, not 03-29. Results are cached: decisions ask the same few questions over and over.
 *
 * @example
 * addReviewPeriod('2024-01-31', { months: 3 }, 'Asia/Shanghai'); // '2024-04-30'
 */
export function addReviewPeriod(
  day: string,
  every: { readonly months: number } | { readonly days: number },
  timeZone: string,
  times = 1,
): string {
  const key = `${day}|${'months' in every ? `m${every.months}` : `d${every.days}`}|${times}|${timeZone}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = new TZDate(y, m - 1, d, timeZone);
  const next = formatIsoDay(
    'months' in every ? addMonths(start, every.months * times) : addDays(start, every.days * times),
  );
  if (cache.size > 4096) cache.clear();
  cache.set(key, next);
  return next;
}
