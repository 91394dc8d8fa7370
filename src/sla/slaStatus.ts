import { formatInZone, type WorkingCalendar } from '../calendar/index.js';
import { CalendarError, type Issue } from '../errors/index.js';
import { getBundledCalendar } from '../pack/index.js';
import { countedTime } from './_lib/countedTime.js';
import { durationText } from './_lib/durationText.js';
import { inputError, slaIssue } from './_lib/slaErrors.js';
import { toEpochMs as epochOf } from '../calendar/index.js';
import type {
  Sla,
  SlaDeadlineStatus,
  SlaEvents,
  SlaLimit,
  SlaLimitName,
  SlaStatusOptions,
  SlaStatusResult,
} from './types.js';

const EVENT_OF: Record<SlaLimitName, keyof SlaEvents> = { firstResponse: 'firstResponseAt', disposal: 'disposedAt' };

/**
 * Where each deadline of an SLA stands at `now`: `on-time`, `at-risk` (at least the at-risk share of the
 * allowed time used), `breached` (past due and still open), `met` or `met-late` (done, on time or late),
 * with the time remaining or overdue as an ISO 8601 duration and in milliseconds.
 *
 * The caller supplies `now`: nothing reads the system clock, so the same call always gives the same
 * answer. For fixed events, the state only moves forward as `now` grows: on-time → at-risk → breached.
 * A deadline is met at its last millisecond (`…23:59:59.999`) and breached one millisecond later.
 *
 * @param sla - from `computeSla` (or its stored JSON)
 * @param events - `firstResponseAt`, `disposedAt` if they happened; each at or after receipt and not after `now`
 * @param now - the moment to judge at: a `Date`, or a timestamp with an offset
 * @param options - `atRiskShare` (0–1) to override the SLA's
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
  const issues: Issue[] = [];
  const read = (value: string | Date, path: (string | number)[]): number | undefined => {
    try {
      return epochOf(value);
    } catch (err) {
      if (!(err instanceof CalendarError)) throw err;
      const shown = value instanceof Date ? 'Invalid Date' : String(value);
      issues.push(
        slaIssue(
          'sla_bad_timestamp',
          path,
          `${shown} 不是带时区偏移的有效时间（如 2024-09-30T17:30:00+08:00）`,
          `${shown} is not a timestamp with an offset (e.g. 2024-09-30T17:30:00+08:00)`,
          { value: shown },
        ),
      );
      return undefined;
    }
  };
  const nowMs = read(now, ['now']);
  const received = read(sla.receivedAt, ['sla', 'receivedAt']);
  if (nowMs !== undefined && received !== undefined && nowMs < received) {
    issues.push(
      slaIssue(
        'sla_now_before_receipt',
        ['now'],
        `now 早于收到报告的时间 ${sla.receivedAt}`,
        `now is before the report was received (${sla.receivedAt})`,
        { value: String(now) },
      ),
    );
  }
  const share = options.atRiskShare === undefined ? sla.atRiskShare : Number(options.atRiskShare);
  if (!(share >= 0 && share <= 1)) {
    issues.push(
      slaIssue(
        'sla_bad_at_risk_share',
        ['options', 'atRiskShare'],
        `atRiskShare ${String(options.atRiskShare)} 应在 0 到 1 之间`,
        `atRiskShare ${String(options.atRiskShare)} must be between 0 and 1`,
        { value: options.atRiskShare },
      ),
    );
  }
  const done: Partial<Record<SlaLimitName, number>> = {};
  for (const key of ['firstResponse', 'disposal'] as const) {
    const field = EVENT_OF[key];
    const value = events?.[field];
    if (value === undefined) continue;
    const at = read(value, ['events', field]);
    if (at === undefined) continue;
    if (received !== undefined && at < received) {
      issues.push(
        slaIssue(
          'sla_event_before_receipt',
          ['events', field],
          `${field} 早于收到报告的时间 ${sla.receivedAt}`,
          `${field} is before the report was received (${sla.receivedAt})`,
          { value },
        ),
      );
    } else if (nowMs !== undefined && at > nowMs) {
      issues.push(
        slaIssue(
          'sla_event_after_now',
          ['events', field],
          `${field} 晚于 now：不能把尚未发生的事当作已完成`,
          `${field} is after now: an event cannot be counted before it happens`,
          { value },
        ),
      );
    }
    done[key] = at;
  }
  if (issues.length || nowMs === undefined || received === undefined)
    throw inputError('sla_status_invalid', 'The SLA status cannot be computed', issues);

  // The calendar is needed only to count office hours or working days, and only up to the deadline.
  let calendar: WorkingCalendar | undefined = options.calendar;
  const calendarFor = (): WorkingCalendar => (calendar ??= getBundledCalendar(sla.calendar));
  const result: { -readonly [K in keyof SlaStatusResult]: SlaStatusResult[K] } = {
    now: formatInZone(new Date(nowMs), sla.timezone),
  };
  for (const key of ['firstResponse', 'disposal'] as const) {
    const limit = sla.limits[key];
    if (!limit) continue;
    const dueMs = epochOf(limit.due);
    const at = done[key];
    const t = at ?? nowMs;
    // Counted time is needed only while the deadline has not passed.
    const elapsedShare = t > dueMs ? 1 : shareOf(limit, calendarFor, received, t, dueMs);
    result[key] = judge(limit.due, dueMs, at, nowMs, elapsedShare, share, sla.timezone);
  }
  return result;
}

function shareOf(limit: SlaLimit, calendar: () => WorkingCalendar, received: number, t: number, dueMs: number): number {
  const total = countedTime(limit, calendar, received, dueMs);
  return total > 0 ? countedTime(limit, calendar, received, t) / total : 1; // a zero limit is used up at once
}

function judge(
  due: string,
  dueMs: number,
  doneAt: number | undefined,
  now: number,
  elapsedShare: number,
  share: number,
  tz: string,
): SlaDeadlineStatus {
  if (doneAt !== undefined) {
    const done = formatInZone(new Date(doneAt), tz);
    return doneAt <= dueMs
      ? {
          state: 'met',
          due,
          doneAt: done,
          remaining: durationText(dueMs - doneAt),
          remainingMs: dueMs - doneAt,
          elapsedShare,
        }
      : {
          state: 'met-late',
          due,
          doneAt: done,
          overdue: durationText(doneAt - dueMs),
          overdueMs: doneAt - dueMs,
          elapsedShare,
        };
  }
  if (now > dueMs)
    return { state: 'breached', due, overdue: durationText(now - dueMs), overdueMs: now - dueMs, elapsedShare };
  return {
    state: elapsedShare >= share ? 'at-risk' : 'on-time',
    due,
    remaining: durationText(dueMs - now),
    remainingMs: dueMs - now,
    elapsedShare,
  };
}
