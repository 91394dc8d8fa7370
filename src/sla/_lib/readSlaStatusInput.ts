import { toEpochMs } from '../../calendar/index.js';
import { CalendarError, type Issue } from '../../errors/index.js';
import { slaIssueOf } from '../messages.js';
import type { Sla, SlaEvents, SlaLimitName, SlaStatusOptions } from '../types.js';

const EVENT_OF: Record<SlaLimitName, keyof SlaEvents> = { firstResponse: 'firstResponseAt', disposal: 'disposedAt' };

/** The checked input of `slaStatus`: instants in epoch ms, the at-risk share, and every problem found. */
export interface SlaStatusInput {
  readonly now?: number;
  readonly received?: number;
  readonly share: number;
  readonly done: Partial<Record<SlaLimitName, number>>;
  readonly issues: Issue[];
}

/** An instant in epoch ms, or an `sla_bad_timestamp` issue. */
export function readInstant(value: string | Date, path: (string | number)[], issues: Issue[]): number | undefined {
  try {
    return toEpochMs(value);
  } catch (err) {
    if (!(err instanceof CalendarError)) throw err;
    const shown = value instanceof Date ? 'Invalid Date' : String(value);
    issues.push(slaIssueOf('sla_bad_timestamp', path, { value: shown }));
    return undefined;
  }
}

/** Reads `now`, the SLA's receipt, the events and the at-risk share of `slaStatus`; collects every problem. */
export function readSlaStatusInput(
  sla: Sla,
  events: SlaEvents,
  now: string | Date,
  options: SlaStatusOptions,
): SlaStatusInput {
  const issues: Issue[] = [];
  const nowMs = readInstant(now, ['now'], issues);
  const received = readInstant(sla.receivedAt, ['sla', 'receivedAt'], issues);
  if (nowMs !== undefined && received !== undefined && nowMs < received) {
    issues.push(slaIssueOf('sla_now_before_receipt', ['now'], { value: String(now), receivedAt: sla.receivedAt }));
  }
  const share = options.atRiskShare === undefined ? sla.atRiskShare : Number(options.atRiskShare);
  if (!(share >= 0 && share <= 1)) {
    issues.push(slaIssueOf('sla_bad_at_risk_share', ['options', 'atRiskShare'], { value: options.atRiskShare }));
  }
  const done: Partial<Record<SlaLimitName, number>> = {};
  for (const key of ['firstResponse', 'disposal'] as const) {
    const field = EVENT_OF[key];
    const value = events?.[field];
    if (value === undefined) continue;
    const at = readInstant(value, ['events', field], issues);
    if (at === undefined) continue;
    const args = { field, value: String(value), receivedAt: sla.receivedAt };
    if (received !== undefined && at < received)
      issues.push(slaIssueOf('sla_event_before_receipt', ['events', field], args));
    else if (nowMs !== undefined && at > nowMs) issues.push(slaIssueOf('sla_event_after_now', ['events', field], args));
    done[key] = at;
  }
  return {
    ...(nowMs !== undefined ? { now: nowMs } : {}),
    ...(received !== undefined ? { received } : {}),
    share,
    done,
    issues,
  };
}
