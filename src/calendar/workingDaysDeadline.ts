import { addWorkingDays } from './addWorkingDays.js';
import { endOfLocalDay } from './endOfLocalDay.js';
import { calendarError } from './_lib/calendarError.js';
import { localDay } from './localDay.js';
import type { WorkingCalendar } from './types.js';

/** Options of {@link workingDaysDeadline}. */
export interface WorkingDaysDeadlineOptions {
  /**
   * Count the day of receipt as day 1 when it is a working day. Default `false`: the limit counts from the
   * day after receipt (Civil Code art. 201). Set it only where a pack's rule says so.
   */
  readonly countReceiptDay?: boolean;
}

/**
 * The deadline of a limit in working days: the end of the last working day of the period, in the
 * calendar's time zone. The day of receipt is the local day (in the calendar's zone) on which `receivedAt`
 * falls; counting starts on the next working day after it — so a report received on a holiday or a weekend
 * starts counting on the first working day after the break.
 * - `days ≥ 1`: ends at the end of the `days`-th working day after the day of receipt (with
 *   `countReceiptDay`, the receipt day counts as day 1 when it is a working day);
 * - `days = 0`: ends at the end of the day of receipt if that is a working day, otherwise at the end of
 *   the next working day.
 *
 * @param calendar - a calendar from {@link parseCalendar}
 * @param receivedAt - a `Date`, or a timestamp with an offset (`2024-09-30T17:30:00+08:00`, `…Z`)
 * @param days - number of working days, a non-negative integer
 * @param options - `countReceiptDay`
 * @returns ISO timestamp with the calendar's offset, e.g. `2024-10-09T23:59:59.999+08:00`
 * @throws CalendarError `calendar_bad_date` (bad or offset-less timestamp), `calendar_bad_count`,
 *   `calendar_year_not_covered` (the period needs a year the calendar does not have)
 * @example
 * // Received on the afternoon before the National Day break: 10-08 is day 1, 10-09 day 2.
 * workingDaysDeadline(cnMainland, '2024-09-30T17:30:00+08:00', 2); // '2024-10-09T23:59:59.999+08:00'
 */
export function workingDaysDeadline(
  calendar: WorkingCalendar,
  receivedAt: string | Date,
  days: number,
  options: WorkingDaysDeadlineOptions = {},
): string {
  if (!Number.isSafeInteger(days) || days < 0) throw calendarError('calendar_bad_count', { value: days, min: 0 });
  const receiptDay = localDay(receivedAt, calendar.timezone);
  let last: string;
  if (days === 0) last = addWorkingDays(calendar, receiptDay, 0);
  else if (options.countReceiptDay) last = addWorkingDays(calendar, addWorkingDays(calendar, receiptDay, 0), days - 1);
  else last = addWorkingDays(calendar, receiptDay, days);
  return endOfLocalDay(last, calendar.timezone);
}
