import { formatInZone, toEpochMs, type WorkingCalendar } from '../calendar/index.js';
import { getBundledCalendar } from '../pack/index.js';
import { countedTime } from './_lib/countedTime.js';
import { countingCalendar } from './_lib/countingCalendar.js';
import { judgeDeadline } from './_lib/judgeDeadline.js';
import { readSlaStatusInput } from './_lib/readSlaStatusInput.js';
import { inputError } from './_lib/slaErrors.js';
import type { Sla, SlaDeadlineStatus, SlaEvents, SlaLimit, SlaStatusOptions, SlaStatusResult } from './types.js';

/**
 * Where each deadline of an SLA stands at `now`: `on-time`, `at-risk` (at least the at-risk share of the
 * allowed time used), `breached` (past due and still open), `met` or `met-late` (done, on time or late),
 * with the time remaining or overdue as an ISO 8601 duration and in milliseconds; `unknown` for a deadline
 * that could not be computed (`null`: it needs a year the calendar does not cover).
 *
 * The caller supplies `now`: nothing reads the system clock, so the same call always gives the same
 * answer. For fixed events, the state only moves forward as `now` grows: on-time → at-risk → breached.
 * A deadline is met at its last millisecond (`…23:59:59.999`) and breached one millisecond later.
 * A provisional SLA (counted with the weekends-only fallback) is judged on the same fallback.
 *
 * @param sla - from `computeSla` (or its stored JSON)
 * @param events - `firstResponseAt`, `disposedAt` if they happened; each at or after receipt and not after `now`
 * @param now - the moment to judge at: a `Date`, or a timestamp with an offset
 * @param options - `atRiskShare` (0–1) to override the SLA's; `calendar` when the SLA was computed on one of yours
 * @returns the status of each deadline the SLA has
 * @throws {InputError} `sla_status_invalid`, carrying every issue: `sla_bad_timestamp` (bad or offset-less
 *   `now` or event), `sla_now_before_receipt`, `sla_event_before_receipt`, `sla_event_after_now`, `sla_bad_at_risk_share`
 * @example
 * const sla = computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });
 * slaStatus(sla, {}, '2024-09-30T18:20:00+08:00').firstResponse;
 * // { state: 'at-risk', due: '2024-09-30T18:30:00.000+08:00', remaining: 'PT10M', remainingMs: 600000, elapsedShare: 0.8333… }
 * slaStatus(sla, { firstResponseAt: '2024-09-30T18:05:00+08:00' }, '2024-10-10T09:00:00+08:00').disposal?.state; // 'breached'
 */
export function slaStatus(
  sla: Sla,
  events: SlaEvents,
  now: string | Date,
  options: SlaStatusOptions = {},
): SlaStatusResult {
  const input = readSlaStatusInput(sla, events, now, options);
  const { now: nowMs, received, share, done } = input;
  if (input.issues.length || nowMs === undefined || received === undefined)
    throw inputError('sla_status_invalid', 'The SLA status cannot be computed', input.issues);

  // The calendar is needed only to count office hours or working days, and only up to the deadline.
  let calendar: WorkingCalendar | undefined;
  const calendarFor = (): WorkingCalendar => {
    if (calendar) return calendar;
    const base = options.calendar ?? getBundledCalendar(sla.calendar);
    calendar = countingCalendar(base, sla.provisional ? 'weekends-only' : 'refuse').from(received);
    return calendar;
  };
  const result: { -readonly [K in keyof SlaStatusResult]: SlaStatusResult[K] } = {
    now: formatInZone(new Date(nowMs), sla.timezone),
  };
  for (const key of ['firstResponse', 'disposal'] as const) {
    const limit = sla.limits[key];
    if (!limit) continue;
    result[key] = statusOf(limit, { calendarFor, received, now: nowMs, doneAt: done[key], share, tz: sla.timezone });
  }
  return result;
}

interface StatusContext {
  readonly calendarFor: () => WorkingCalendar;
  readonly received: number;
  readonly now: number;
  readonly doneAt: number | undefined;
  readonly share: number;
  readonly tz: string;
}

function statusOf(limit: SlaLimit, c: StatusContext): SlaDeadlineStatus {
  const provisional = limit.provisional ? { provisional: true } : {};
  if (limit.due === null) {
    const doneAt = c.doneAt !== undefined ? { doneAt: formatInZone(new Date(c.doneAt), c.tz) } : {};
    return { state: 'unknown', due: null, ...doneAt };
  }
  const dueMs = toEpochMs(limit.due);
  const t = c.doneAt ?? c.now;
  // Counted time is needed only while the deadline has not passed.
  const elapsedShare = t > dueMs ? 1 : shareOf(limit, c.calendarFor, c.received, t, dueMs);
  const status = judgeDeadline({
    due: limit.due,
    dueMs,
    doneAt: c.doneAt,
    now: c.now,
    elapsedShare,
    atRiskShare: c.share,
    timezone: c.tz,
  });
  return { ...status, ...provisional };
}

function shareOf(limit: SlaLimit, calendar: () => WorkingCalendar, received: number, t: number, dueMs: number): number {
  const total = countedTime(limit, calendar, received, dueMs);
  return total > 0 ? countedTime(limit, calendar, received, t) / total : 1; // a zero limit is used up at once
}
