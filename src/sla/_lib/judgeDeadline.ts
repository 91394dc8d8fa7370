import { formatInZone } from '../../calendar/index.js';
import type { SlaDeadlineStatus } from '../types.js';
import { durationText } from './durationText.js';

/** What {@link judgeDeadline} weighs: the deadline, when it was done (if it was), and the moment judged at. */
export interface DeadlineFacts {
  readonly due: string;
  readonly dueMs: number;
  readonly doneAt: number | undefined;
  readonly now: number;
  /** Share of the allowed time used at `now` (or when done). */
  readonly elapsedShare: number;
  /** The share from which an open deadline is at risk. */
  readonly atRiskShare: number;
  readonly timezone: string;
}

/**
 * Where one deadline stands: `met` or `met-late` once done, else `breached` past due, else `at-risk` from
 * the at-risk share of the allowed time on, else `on-time` — with the time left or overdue. A deadline is
 * met at its last millisecond and breached one millisecond later.
 */
export function judgeDeadline(f: DeadlineFacts): SlaDeadlineStatus {
  const { due, dueMs, doneAt, now, elapsedShare } = f;
  if (doneAt !== undefined) {
    const done = formatInZone(new Date(doneAt), f.timezone);
    if (doneAt <= dueMs) {
      const spare = dueMs - doneAt;
      return { state: 'met', due, doneAt: done, remaining: durationText(spare), remainingMs: spare, elapsedShare };
    }
    const late = doneAt - dueMs;
    return { state: 'met-late', due, doneAt: done, overdue: durationText(late), overdueMs: late, elapsedShare };
  }
  if (now > dueMs) {
    return { state: 'breached', due, overdue: durationText(now - dueMs), overdueMs: now - dueMs, elapsedShare };
  }
  return {
    state: elapsedShare >= f.atRiskShare ? 'at-risk' : 'on-time',
    due,
    remaining: durationText(dueMs - now),
    remainingMs: dueMs - now,
    elapsedShare,
  };
}
