import { formatInZone, toEpochMs } from '../calendar/index.js';
import { SafetynetError, type Issue } from '../errors/index.js';
import type { PolicyPack } from '../pack/index.js';
import type {
  Caseload,
  CaseloadError,
  CaseloadItem,
  CaseloadReport,
  CaseDeadlines,
  StageState,
  SummarizeCaseloadOptions,
} from './case-types.js';
import { computeCaseDeadlines, STAGE_STATE_ORDER } from './computeCaseDeadlines.js';
import { computeSla } from './computeSla.js';
import { slaStatus } from './slaStatus.js';
import { readInstant } from './_lib/readSlaStatusInput.js';
import { inputError } from './_lib/slaErrors.js';
import type { Sla, SlaDeadlineStatus, SlaStatusResult } from './types.js';

/** Notes a caseworker should see in the day's list; the others (assist first, office hours) are in the details. */
const WORTH_READING = new Set([
  'sla_deadline_beyond_calendar',
  'sla_deadline_provisional',
  'sla_limit_not_set',
  'sla_limit_unverified',
  'sla_class_undetermined',
  'procedure_limit_unknown',
  'procedure_limit_unverified',
  'procedure_cut_short',
  'procedure_extended_after_due',
]);

/**
 * A caseload at a glance, for a hotline or a town's civil-affairs office: every report (first response and
 * disposal, see `computeSla` and `slaStatus`) and every case (its procedure's stages, see
 * `computeCaseDeadlines`) judged at `at`, counted by state, and listed most pressing first — breached, then
 * at risk, then those whose deadline cannot be computed, paused, on time, … — each with its next due date.
 * A report or case that cannot be judged (bad input, unknown procedure) is listed under `errors` with its
 * issues; the rest are still judged.
 *
 * @param pack - a validated pack (urgency classes for reports, procedures for cases)
 * @param items - `reports` (each `{ report, events? }`) and `cases` (each `{ id?, procedure, events }`)
 * @param options - `at` (required: no hidden clock), `calendar`, `uncoveredYears`, `atRiskShare`
 * @returns the {@link Caseload}
 * @throws {InputError} `caseload_invalid` (`sla_bad_timestamp`) when `at` is not a timestamp with an offset
 * @example
 * const day = summarizeCaseload(packs.zhongshan, { reports: [{ report: { id: 'r1', receivedAt: '2024-10-08T09:00:00+08:00', urgency: 'emergency' } }] }, { at: '2024-10-09T20:00:00+08:00' });
 * day.counts['at-risk']; // 1
 * day.items[0];          // { kind: 'report', id: 'r1', state: 'breached', deadline: 'firstResponse', … }
 */
export function summarizeCaseload(
  pack: PolicyPack,
  items: { readonly reports?: Iterable<CaseloadReport>; readonly cases?: Iterable<unknown> },
  options: SummarizeCaseloadOptions,
): Caseload {
  const issues: Issue[] = [];
  const atMs = readInstant(options.at, ['at'], issues);
  if (atMs === undefined) throw inputError('caseload_invalid', 'The caseload cannot be judged', issues);
  const at = formatInZone(new Date(atMs), pack.timezone);
  const judged: CaseloadItem[] = [];
  const errors: CaseloadError[] = [];
  let index = 0;
  for (const r of items.reports ?? []) {
    const i = index++;
    attempt(errors, 'report', i, idOf(r?.report, i), () => judged.push(reportItem(pack, r, at, i, options)));
  }
  index = 0;
  for (const c of items.cases ?? []) {
    const i = index++;
    attempt(errors, 'case', i, idOf(c, i), () => judged.push(caseItem(pack, c, at, i, options)));
  }
  const counts = Object.fromEntries(STAGE_STATE_ORDER.map((s) => [s, 0])) as Record<StageState, number>;
  for (const item of judged) counts[item.state]++;
  return {
    packId: pack.id,
    packVersion: pack.version,
    at,
    total: judged.length,
    counts,
    items: judged.sort(byUrgency),
    errors,
  };
}

/** Runs one item; a library error becomes a caseload error, anything else is a bug and is rethrown. */
function attempt(errors: CaseloadError[], kind: 'report' | 'case', index: number, id: string, run: () => void) {
  try {
    run();
  } catch (err) {
    if (!(err instanceof SafetynetError)) throw err;
    errors.push({ kind, id, index, code: err.code, message: err.message, issues: err.issues });
  }
}

function idOf(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function reportItem(
  pack: PolicyPack,
  r: CaseloadReport,
  at: string,
  index: number,
  options: SummarizeCaseloadOptions,
): CaseloadItem {
  const sla = computeSla(pack, r.report, options);
  const share = options.atRiskShare !== undefined ? { atRiskShare: options.atRiskShare } : {};
  const status = slaStatus(sla, r.events ?? {}, at, {
    ...share,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  });
  const [, pressing] = mostPressing(sla, status, () => true);
  // The date shown is the pressing deadline's, or, when it has none (beyond the calendar), the next one that has.
  const [deadline, shown] = pressing?.due
    ? mostPressing(sla, status, () => true)
    : mostPressing(sla, status, (s) => s.due !== null);
  return {
    kind: 'report',
    id: sla.reportId ?? `#${index + 1}`,
    what: sla.class,
    whatName: sla.className,
    state: pressing?.state ?? 'unknown',
    ...(deadline ? { deadline } : {}),
    nextDue: shown?.due ?? null,
    ...timing(shown),
    provisional: sla.provisional,
    verified: sla.verified,
    notes: [...new Set(sla.notes.map((n) => n.code).filter((c) => WORTH_READING.has(c)))],
  };
}

/** Among the report's deadlines that pass `keep`: the most pressing state; among equals, the one due first. */
function mostPressing(
  sla: Sla,
  status: SlaStatusResult,
  keep: (s: SlaDeadlineStatus) => boolean,
): [string | undefined, SlaDeadlineStatus | undefined] {
  let best: [string | undefined, SlaDeadlineStatus | undefined] = [undefined, undefined];
  for (const key of ['firstResponse', 'disposal'] as const) {
    const s = status[key];
    if (!s || !sla.limits[key] || !keep(s)) continue;
    const [, b] = best;
    const rank = STAGE_STATE_ORDER.indexOf(s.state);
    const bestRank = b ? STAGE_STATE_ORDER.indexOf(b.state) : Number.POSITIVE_INFINITY;
    if (rank < bestRank || (rank === bestRank && compareDue(s.due, b!.due) < 0)) best = [key, s];
  }
  return best;
}

function caseItem(
  pack: PolicyPack,
  c: unknown,
  at: string,
  index: number,
  options: SummarizeCaseloadOptions,
): CaseloadItem {
  const d: CaseDeadlines = computeCaseDeadlines(pack, c, { ...options, at });
  const state = d.state ?? 'not-started';
  // A breached stage is what to show first; else the next one due.
  const stage =
    d.stages.find((s) => s.state === state && s.due !== null) ?? d.stages.find((s) => s.stage === d.nextStage);
  return {
    kind: 'case',
    id: d.caseId ?? `#${index + 1}`,
    what: d.procedure,
    whatName: d.procedureName,
    state,
    ...(stage ? { deadline: stage.stage } : {}),
    nextDue: stage?.due ?? d.nextDue,
    ...timing(stage),
    provisional: d.provisional,
    verified: d.verified,
    notes: [...new Set(d.stages.flatMap((s) => s.notes.map((n) => n.code)).filter((n) => WORTH_READING.has(n)))],
  };
}

function timing(s: { remaining?: string; remainingMs?: number; overdue?: string; overdueMs?: number } | undefined) {
  if (!s) return {};
  if (s.overdue !== undefined) return { overdue: s.overdue, overdueMs: s.overdueMs! };
  if (s.remaining !== undefined) return { remaining: s.remaining, remainingMs: s.remainingMs! };
  return {};
}

/** Earlier due first; no due date last. */
function compareDue(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return toEpochMs(a) - toEpochMs(b);
}

/** By state (most pressing first), then due date (earliest first, none last), then id. */
function byUrgency(a: CaseloadItem, b: CaseloadItem): number {
  return (
    STAGE_STATE_ORDER.indexOf(a.state) - STAGE_STATE_ORDER.indexOf(b.state) ||
    compareDue(a.nextDue, b.nextDue) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
