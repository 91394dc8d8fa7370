import { formatInZone, toEpochMs } from '../calendar/index.js';
import type { Issue } from '../errors/index.js';
import { calendarOf, packDigest, type PolicyPack } from '../pack/index.js';
import { parseCase, type CaseInput } from '../schema/index.js';
import { VERSION } from '../version.js';
import type { CaseDeadlines, ComputeCaseDeadlinesOptions, StageDeadline, StageState } from './case-types.js';
import { countingCalendar } from './_lib/countingCalendar.js';
import { readCase } from './_lib/readCase.js';
import { readInstant } from './_lib/readSlaStatusInput.js';
import { inputError } from './_lib/slaErrors.js';
import { stageDeadline } from './_lib/stageDeadline.js';
import { slaIssueOf } from './messages.js';

const DEFAULT_AT_RISK_SHARE = 0.8;

/** The most pressing state first: what a caseload lists first. */
export const STAGE_STATE_ORDER: readonly StageState[] = [
  'breached',
  'at-risk',
  'unknown',
  'paused',
  'on-time',
  'running',
  'met-late',
  'cut-short',
  'done',
  'met',
  'not-started',
];

/**
 * The deadlines of a case under a procedure of the pack (dibao review and confirmation, assist first and
 * approve later, …) from what has happened on it: each stage's due date, and at a moment `at` where it
 * stands — `on-time`, `at-risk`, `breached`, `met`, `met-late`, or `not-started`, `paused`, `running` (a
 * publicity period), `cut-short`, `done`, `unknown` — with notes that say why.
 *
 * A stage starts at its start event (e.g. `accepted`) and ends at its end event (e.g. `decided`). Limits in
 * days count from the day after the start (Civil Code art. 201) — working days on the pack's calendar,
 * skipping holidays and counting make-up working days — and end at `23:59:59.999` local time of the last
 * day; clock limits run on the clock. An `extended` event (with the stage and the pack's extension) puts
 * the extension's limit in force, counted from the same start; `paused` and `resumed` events stop and
 * restart the clock where the pack allows it. A stage whose source gives no figure (`limit: unknown`) has
 * no due date and says so.
 *
 * The calendar's edge: a due date that needs a year the calendar has no notice for is `null` with a note
 * (the year, what to do), and the other stages are still computed; with `uncoveredYears: 'weekends-only'`
 * it is counted on weekends only and marked `provisional`.
 *
 * @param pack - a validated pack with `procedures`
 * @param input - `{ id?, procedure, events: [{ type, at, stage?, extension?, pause? }] }`, events in any order
 * @param options - `at` (the moment judged), `calendar`, `uncoveredYears`, `atRiskShare`
 * @returns the {@link CaseDeadlines}
 * @throws {InputError} `case_invalid`, carrying every issue: the case's shape (`case_unknown_key`,
 *   `case_missing_offset`, …), `case_unknown_procedure`, `case_unknown_event`, `case_unknown_stage`,
 *   `case_event_needs_stage`, `case_unknown_extension`, `case_unknown_pause`, `case_pause_while_paused`,
 *   `case_resume_without_pause`, `case_event_after_at`, `case_stage_ends_before_start`, `sla_bad_timestamp`,
 *   `sla_bad_at_risk_share`
 * @example
 * const d = computeCaseDeadlines(packs['chongqing-yongchuan'], {
 *   procedure: 'dibao-review',
 *   events: [{ type: 'accepted', at: '2024-09-27T10:00:00+08:00' }],
 * }, { at: '2024-10-28T09:00:00+08:00' });
 * d.stages[0]?.due;   // 25 working days after 09-27, National Day skipped
 * d.stages[0]?.state; // 'on-time' or 'at-risk'
 */
export function computeCaseDeadlines(
  pack: PolicyPack,
  input: CaseInput | unknown,
  options: ComputeCaseDeadlinesOptions = {},
): CaseDeadlines {
  const parsed = parseCase(input);
  const issues: Issue[] = [];
  const at = options.at === undefined ? undefined : readInstant(options.at, ['at'], issues);
  const atRiskShare = readShare(options.atRiskShare ?? pack.urgency?.atRiskShare, issues);
  const read = readCase(pack, parsed, at);
  issues.push(...read.issues);
  if (issues.length || !read.procedure)
    throw inputError('case_invalid', 'The case deadlines cannot be computed', issues);
  const procedure = read.procedure;
  const counting = countingCalendar(options.calendar ?? calendarOf(pack), options.uncoveredYears);
  const context = { pack, procedure, events: read.events, counting, at, atRiskShare };
  const stages = Object.entries(procedure.stages).map(([id, stage]) => stageDeadline(id, stage, context));
  const next = nextOpen(stages);
  // Without a moment, open stages have no state, so neither has the case.
  const state = at !== undefined ? worstState(stages) : undefined;
  return {
    packId: pack.id,
    packVersion: pack.version,
    packDigest: packDigest(pack),
    sdkVersion: VERSION,
    ...(parsed.id !== undefined ? { caseId: parsed.id } : {}),
    procedure: parsed.procedure,
    procedureName: procedure.name,
    calendar: counting.base.id,
    timezone: pack.timezone,
    ...(at !== undefined ? { at: formatInZone(new Date(at), pack.timezone) } : {}),
    ...(state ? { state } : {}),
    nextDue: next?.due ?? null,
    ...(next ? { nextStage: next.stage } : {}),
    verified: stages.every((s) => s.verified || s.limit.kind === 'unknown'),
    provisional: stages.some((s) => s.provisional),
    stages,
  };
}

/** The at-risk share in [0, 1], or an issue. */
function readShare(value: number | string | undefined, issues: Issue[]): number {
  if (value === undefined) return DEFAULT_AT_RISK_SHARE;
  const share = Number(value);
  if (share >= 0 && share <= 1) return share;
  issues.push(slaIssueOf('sla_bad_at_risk_share', ['options', 'atRiskShare'], { value }));
  return DEFAULT_AT_RISK_SHARE;
}

const OPEN: ReadonlySet<StageState | undefined> = new Set([undefined, 'on-time', 'at-risk', 'breached', 'running']);

/** The open stage due first. */
function nextOpen(stages: readonly StageDeadline[]): StageDeadline | undefined {
  let best: StageDeadline | undefined;
  for (const s of stages) {
    if (s.due === null || s.doneAt !== undefined || !OPEN.has(s.state)) continue;
    if (!best || toEpochMs(s.due) < toEpochMs(best.due!)) best = s;
  }
  return best;
}

/** The most pressing state among the stages, in {@link STAGE_STATE_ORDER}. */
function worstState(stages: readonly StageDeadline[]): StageState | undefined {
  let best: number | undefined;
  for (const s of stages) {
    if (s.state === undefined) continue;
    const rank = STAGE_STATE_ORDER.indexOf(s.state);
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : STAGE_STATE_ORDER[best];
}
