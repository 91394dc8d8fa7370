import type { Bilingual, Issue } from '../errors/index.js';
import type { SlaEvents, SlaNote, SlaState, UncoveredYearsOptions } from './types.js';

/**
 * Where a stage of a case stands. The deadline states of reports (`on-time`, `at-risk`, `breached`, `met`,
 * `met-late`, `unknown`), and:
 * - `not-started`: its start event has not happened;
 * - `paused`: its clock is stopped (a `paused` event without `resumed`);
 * - `running`: a period (publicity) that has not run out yet;
 * - `cut-short`: a period ended before it ran out;
 * - `done`: completed, but whether on time cannot be said (the limit has no figure, or needs a year the
 *   calendar does not cover).
 *
 * @example
 * const state: StageState = 'at-risk';
 */
export type StageState = SlaState | 'not-started' | 'paused' | 'running' | 'cut-short' | 'done';

/**
 * The limit of a stage as counted: working days, calendar days, a clock duration, or `unknown` (the source
 * sets a limit but gives no figure).
 *
 * @example
 * const limit: StageLimit = { kind: 'working-days', value: 25 };
 */
export type StageLimit =
  | { readonly kind: 'working-days'; readonly value: number }
  | { readonly kind: 'days'; readonly value: number }
  | { readonly kind: 'clock'; readonly value: string }
  | { readonly kind: 'unknown' };

/**
 * A span in which a stage's clock was stopped.
 *
 * @example
 * const p: StagePause = { pause: 'awaiting-documents', name: { zh: '补充材料', en: 'awaiting documents' }, from: '2024-10-10T10:00:00.000+08:00', to: '2024-10-15T09:00:00.000+08:00' };
 */
export interface StagePause {
  readonly pause: string;
  readonly name: Bilingual;
  readonly from: string;
  /** Absent while the clock is still stopped. */
  readonly to?: string;
}

/**
 * One stage of a case: its limit, when it started, its due date, and where it stands.
 *
 * @example
 * const s: StageDeadline = computeCaseDeadlines(pack, c, { at }).stages[0]!;
 * s.due;   // '2024-11-01T23:59:59.999+08:00'
 * s.state; // 'on-time'
 */
export interface StageDeadline {
  readonly stage: string;
  readonly name: Bilingual;
  /** A period that must run its full length (publicity), rather than a time limit. */
  readonly period: boolean;
  /** The limit in force: the stage's own, or the extension's once extended. */
  readonly limit: StageLimit;
  /** The extension in force, when the stage was extended. */
  readonly extension?: {
    readonly id: string;
    readonly name: Bilingual;
    readonly at: string;
    /** The stage's own limit before the extension. */
    readonly from: StageLimit;
  };
  /** When the start event happened (in the pack's zone); absent before it. */
  readonly startedAt?: string;
  /** For limits in days: the first day counted (day 1), `YYYY-MM-DD`; `null` beyond the calendar. */
  readonly countsFrom?: string | null;
  /** The deadline, or `null`: not started, no figure, paused, or beyond the calendar (the notes say which). */
  readonly due: string | null;
  /** When the end event happened. */
  readonly doneAt?: string;
  readonly pauses: readonly StagePause[];
  /** Where it stands at `at` (always given once done; for an open stage only when `at` is given). */
  readonly state?: StageState;
  /** Time left, as an ISO 8601 duration (D = 24 h), and in ms. */
  readonly remaining?: string;
  readonly remainingMs?: number;
  /** Time past the deadline. */
  readonly overdue?: string;
  readonly overdueMs?: number;
  /** Share of the allowed time used, 0–1, counted in the limit's own time with pauses left out. */
  readonly elapsedShare?: number;
  /** False when the limit (or its extension) rests on an unverified source or is marked unverified. */
  readonly verified: boolean;
  /** True when counted on a year filled in by the weekends-only fallback. */
  readonly provisional: boolean;
  /** The document the stage's limit comes from. */
  readonly source?: string;
  readonly notes: readonly SlaNote[];
}

/**
 * The deadlines of a case under a procedure of a pack. Plain JSON.
 *
 * @example
 * const d: CaseDeadlines = computeCaseDeadlines(pack, { procedure: 'dibao-review', events }, { at: '2024-10-28T09:00:00+08:00' });
 * d.state;   // 'at-risk'
 * d.nextDue; // '2024-11-01T23:59:59.999+08:00'
 */
export interface CaseDeadlines {
  readonly packId: string;
  readonly packVersion: string;
  readonly packDigest: string;
  readonly sdkVersion: string;
  readonly caseId?: string;
  readonly procedure: string;
  readonly procedureName: Bilingual;
  readonly calendar: string;
  readonly timezone: string;
  /** The moment the states are judged at, in the pack's zone. */
  readonly at?: string;
  /** The most pressing state of its stages (breached first, then at-risk, unknown, paused, on-time, …). */
  readonly state?: StageState;
  /** The earliest due date among the stages still open; `null` when none can be computed. */
  readonly nextDue: string | null;
  /** The stage `nextDue` belongs to. */
  readonly nextStage?: string;
  /** False when some stage's limit is not verified. */
  readonly verified: boolean;
  /** True when some deadline was counted with the weekends-only fallback. */
  readonly provisional: boolean;
  readonly stages: readonly StageDeadline[];
}

/**
 * Options of `computeCaseDeadlines`.
 *
 * @example
 * const options: ComputeCaseDeadlinesOptions = { at: '2024-10-28T09:00:00+08:00', uncoveredYears: 'weekends-only' };
 */
export interface ComputeCaseDeadlinesOptions extends UncoveredYearsOptions {
  /** The moment to judge the stages at (no hidden clock): a `Date` or a timestamp with an offset. */
  readonly at?: string | Date;
  /** Share of the allowed time from which an open stage is at risk, 0–1; default the pack's `urgency.atRiskShare`, else 0.8. */
  readonly atRiskShare?: number | string;
}

/**
 * A report in a caseload: the report, and what has happened on it.
 *
 * @example
 * const r: CaseloadReport = { report: { id: 'r1', receivedAt: '2024-09-30T17:30:00+08:00', lifeAtRisk: true }, events: { firstResponseAt: '2024-09-30T18:05:00+08:00' } };
 */
export interface CaseloadReport {
  readonly report: unknown;
  readonly events?: SlaEvents;
}

/**
 * One report or case of a caseload, as a line of the day's list.
 *
 * @example
 * const item: CaseloadItem = summarizeCaseload(pack, { cases }, { at }).items[0]!;
 * item.state;   // 'breached'
 * item.nextDue; // '2024-10-09T23:59:59.999+08:00'
 */
export interface CaseloadItem {
  readonly kind: 'report' | 'case';
  /** The report's or case's id, else `#n` (its place in the input, from 1). */
  readonly id: string;
  /** The urgency class of a report, the procedure of a case. */
  readonly what: string;
  readonly whatName: Bilingual;
  readonly state: StageState;
  /** The deadline `nextDue` belongs to: `firstResponse`, `disposal`, or a stage id. */
  readonly deadline?: string;
  /** The next open deadline (the breached one for a breached item); `null` when none can be computed. */
  readonly nextDue: string | null;
  readonly remaining?: string;
  readonly remainingMs?: number;
  readonly overdue?: string;
  readonly overdueMs?: number;
  readonly provisional: boolean;
  readonly verified: boolean;
  /** The codes of the notes worth reading (beyond the calendar, no limit set, not verified, …). */
  readonly notes: readonly string[];
}

/**
 * A report or case that could not be judged, with why.
 *
 * @example
 * const e: CaseloadError = { kind: 'case', id: '#3', index: 2, code: 'case_invalid', issues: [] };
 */
export interface CaseloadError {
  readonly kind: 'report' | 'case';
  readonly id: string;
  /** Its place in the input, from 0. */
  readonly index: number;
  readonly code: string;
  readonly message: string;
  readonly issues: readonly Issue[];
}

/**
 * A caseload at a glance: how many reports and cases are in each state at `at`, and the list with the
 * overdue and at-risk ones first.
 *
 * @example
 * const day: Caseload = summarizeCaseload(pack, { reports, cases }, { at: '2024-10-09T09:00:00+08:00' });
 * day.counts.breached; // 3
 */
export interface Caseload {
  readonly packId: string;
  readonly packVersion: string;
  readonly at: string;
  /** Reports and cases judged (errors not included). */
  readonly total: number;
  readonly counts: Readonly<Record<StageState, number>>;
  /** Most pressing first: by state (breached, at-risk, unknown, paused, on-time, …), then by due date. */
  readonly items: readonly CaseloadItem[];
  readonly errors: readonly CaseloadError[];
}

/**
 * Options of `summarizeCaseload`.
 *
 * @example
 * const options: SummarizeCaseloadOptions = { at: '2024-10-09T09:00:00+08:00' };
 */
export interface SummarizeCaseloadOptions extends UncoveredYearsOptions {
  /** The moment to judge at: a `Date` or a timestamp with an offset. */
  readonly at: string | Date;
  /** Share of the allowed time from which an open deadline is at risk, 0–1. */
  readonly atRiskShare?: number | string;
}
