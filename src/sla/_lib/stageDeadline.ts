import { formatInZone, localDay } from '../../calendar/index.js';
import type { Bilingual } from '../../errors/index.js';
import { stageVerification, type PolicyPack } from '../../pack/index.js';
import type { ProcedureDef, ProcedureLimitDef, ProcedureStageDef } from '../../schema/index.js';
import type { StageDeadline, StageLimit, StagePause, StageState } from '../case-types.js';
import { stageNoteText, type SlaNoteCode, type StageNoteCode } from '../note-messages.js';
import type { SlaNote } from '../types.js';
import { attemptOnCalendar, type CountingCalendar } from './countingCalendar.js';
import { durationText } from './durationText.js';
import { judgeDeadline } from './judgeDeadline.js';
import type { CaseEvent } from './readCase.js';
import { firstCountedDay, stageCountedMs, stageDue, type PauseSpan, type StageClock } from './stageDue.js';

/** What every stage of a case is computed with. */
export interface StageContext {
  readonly pack: PolicyPack;
  readonly procedure: ProcedureDef;
  readonly events: readonly CaseEvent[];
  readonly counting: CountingCalendar;
  readonly at: number | undefined;
  readonly atRiskShare: number;
}

/** A stage's limit as counted. */
export function toStageLimit(limit: ProcedureLimitDef): StageLimit {
  if (limit === 'unknown') return { kind: 'unknown' };
  if (typeof limit === 'string') return { kind: 'clock', value: limit };
  return 'workingDays' in limit
    ? { kind: 'working-days', value: limit.workingDays }
    : { kind: 'days', value: limit.days };
}

/** `25 个工作日` / `25 working days`, `2 日` / `2 days`, `PT48H`, `未给出天数` / `no figure`. */
export function describeStageLimit(limit: StageLimit): Bilingual {
  if (limit.kind === 'working-days')
    return { zh: `${limit.value} 个工作日`, en: `${limit.value} working day${limit.value === 1 ? '' : 's'}` };
  if (limit.kind === 'days')
    return { zh: `${limit.value} 日`, en: `${limit.value} day${limit.value === 1 ? '' : 's'}` };
  if (limit.kind === 'clock') return { zh: limit.value, en: limit.value };
  return { zh: '未给出天数', en: 'no figure' };
}

function note(code: StageNoteCode | SlaNoteCode, args: Record<string, unknown>, extra: Partial<SlaNote> = {}): SlaNote {
  return { code, ...stageNoteText(code, args), ...extra };
}

/** The start and end events of a stage, its extension, its pauses, and its limit in force. */
interface StageFacts {
  readonly start?: CaseEvent;
  readonly end?: CaseEvent;
  readonly extended?: CaseEvent;
  readonly limit: StageLimit;
  readonly baseLimit: StageLimit;
  readonly pauses: readonly (PauseSpan & { readonly pause: string })[];
  readonly verified: boolean;
  readonly source?: string;
}

function stageFacts(id: string, stage: ProcedureStageDef, c: StageContext): StageFacts {
  const start = c.events.find((e) => e.type === stage.starts);
  const end = start ? c.events.find((e) => e.type === stage.ends && e.at >= start.at) : undefined;
  const own = c.events.filter((e) => e.stage === id && (!end || e.at <= end.at));
  const extended = own.find((e) => e.type === 'extended');
  const ext = extended?.extension !== undefined ? stage.extensions?.[extended.extension] : undefined;
  const pauses: (PauseSpan & { pause: string })[] = [];
  for (const e of own) {
    if (e.type === 'paused') pauses.push({ from: e.at, pause: e.pause! });
    else if (e.type === 'resumed' && pauses.length)
      pauses[pauses.length - 1] = { ...pauses[pauses.length - 1]!, to: e.at };
  }
  // The end of the stage closes a pause still open.
  const last = pauses[pauses.length - 1];
  if (end && last && last.to === undefined) pauses[pauses.length - 1] = { ...last, to: end.at };
  const base = stageVerification(c.pack.sources, c.procedure, stage);
  const extSource = ext?.source !== undefined ? c.pack.sources[ext.source] : undefined;
  const verified = base.verified && (ext?.verified ?? extSource?.verified ?? true);
  return {
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(extended ? { extended } : {}),
    limit: toStageLimit(ext?.limit ?? stage.limit),
    baseLimit: toStageLimit(stage.limit),
    pauses,
    verified,
    ...(base.source !== undefined ? { source: base.source } : {}),
  };
}

/**
 * One stage of a case: when it started, its limit (extended or not), the pauses, its due date — `null`
 * when it has not started, has no figure, is paused, or needs a year the calendar does not cover — and,
 * at `at` or once done, where it stands; with the notes that explain it.
 */
export function stageDeadline(id: string, stage: ProcedureStageDef, c: StageContext): StageDeadline {
  const tz = c.pack.timezone;
  const f = stageFacts(id, stage, c);
  const base = stageBase(id, stage, f, tz);
  if (!f.start) {
    const notes = [note('procedure_not_started', { stage: id, starts: stage.starts })];
    return { ...base, due: null, state: 'not-started', provisional: false, notes };
  }
  const started = {
    ...base,
    startedAt: formatInZone(new Date(f.start.at), tz),
    ...(f.extended ? { extension: extensionOut(stage, f, tz) } : {}),
  };
  const doneAt = f.end ? { doneAt: formatInZone(new Date(f.end.at), tz) } : {};
  const notes = limitNotes(id, stage, f, tz);
  // No figure, or the clock stopped: no due date.
  if (f.limit.kind === 'unknown' || f.pauses.some((p) => p.to === undefined)) {
    const state = f.end ? 'done' : f.limit.kind !== 'unknown' ? 'paused' : c.at !== undefined ? 'unknown' : undefined;
    return { ...started, due: null, ...doneAt, ...(state ? { state } : {}), provisional: false, notes };
  }
  const clock: StageClock = {
    start: f.start.at,
    limit: f.limit,
    pauses: f.pauses,
    calendar: c.counting.from(f.start.at),
    timezone: tz,
  };
  const computed = attemptOnCalendar(() => stageDue(clock));
  if ('year' in computed)
    return {
      ...started,
      ...beyondCalendar(clock, f, c),
      ...doneAt,
      notes: [...notes, ...beyondNote(id, computed.year, c)],
    };
  const { dueMs, countsFrom } = computed.value;
  // Only working days read the calendar: calendar days and clock time are certain in any year.
  const years =
    f.limit.kind === 'working-days'
      ? c.counting.uncoveredBetween(localDay(new Date(f.start.at), tz), localDay(new Date(dueMs), tz))
      : [];
  if (years.length) notes.push(note('sla_deadline_provisional', { stage: id, years }, { years }));
  notes.push(...extensionNotes(stage, f, clock, c));
  const judged = judgeStage(id, stage, f, clock, countsFrom, dueMs, c, notes);
  return {
    ...started,
    ...(countsFrom ? { countsFrom } : {}),
    due: formatInZone(new Date(dueMs), tz),
    ...doneAt,
    ...judged,
    provisional: years.length > 0,
    notes,
  };
}

/** What a stage says whether or not it has started: its name, limit, pauses, verification and source. */
function stageBase(id: string, stage: ProcedureStageDef, f: StageFacts, tz: string) {
  return {
    stage: id,
    name: stage.name,
    period: stage.period === true,
    limit: f.limit,
    pauses: f.pauses.map((p) => pauseOut(p, stage, tz)),
    verified: f.verified,
    ...(f.source !== undefined ? { source: f.source } : {}),
  };
}

/** A stage whose due date needs a year the calendar lacks: day 1 when it is known, no due date, done or unknown. */
function beyondCalendar(clock: StageClock, f: StageFacts, c: StageContext) {
  const state: StageState | undefined = f.end ? 'done' : c.at !== undefined ? 'unknown' : undefined;
  const first = clock.limit.kind === 'clock' ? undefined : attemptOnCalendar(() => firstCountedDay(clock));
  return {
    ...(first === undefined ? {} : { countsFrom: 'value' in first ? first.value : null }),
    due: null,
    ...(state ? { state } : {}),
    provisional: false,
  };
}

function beyondNote(id: string, year: number, c: StageContext): SlaNote[] {
  return [note('sla_deadline_beyond_calendar', { stage: id, year, calendar: c.counting.base.id }, { year })];
}

function pauseOut(p: PauseSpan & { pause: string }, stage: ProcedureStageDef, tz: string): StagePause {
  const name = stage.pauses?.[p.pause]?.name ?? { zh: p.pause, en: p.pause };
  return {
    pause: p.pause,
    name,
    from: formatInZone(new Date(p.from), tz),
    ...(p.to !== undefined ? { to: formatInZone(new Date(p.to), tz) } : {}),
  };
}

function extensionOut(stage: ProcedureStageDef, f: StageFacts, tz: string): NonNullable<StageDeadline['extension']> {
  const id = f.extended!.extension!;
  return { id, name: stage.extensions![id]!.name, at: formatInZone(new Date(f.extended!.at), tz), from: f.baseLimit };
}

/** No figure, unverified limit, what the source says in words, a period, pauses. */
function limitNotes(id: string, stage: ProcedureStageDef, f: StageFacts, tz: string): SlaNote[] {
  const notes: SlaNote[] = [];
  if (f.limit.kind === 'unknown') notes.push(note('procedure_limit_unknown', { stage: id }));
  else if (!f.verified) {
    const d = describeStageLimit(f.limit);
    notes.push(note('procedure_limit_unverified', { stage: id, limitZh: d.zh, limitEn: d.en }));
  }
  if (stage.remark) notes.push(note('sla_limit_remark', { stage: id, zh: stage.remark.zh, en: stage.remark.en }));
  if (stage.period) notes.push(note('procedure_period', { stage: id }));
  for (const p of f.pauses) {
    const name = stage.pauses?.[p.pause]?.name ?? { zh: p.pause, en: p.pause };
    const args = { from: formatInZone(new Date(p.from), tz), nameZh: name.zh, nameEn: name.en };
    notes.push(note('procedure_paused', p.to === undefined ? args : { ...args, to: formatInZone(new Date(p.to), tz) }));
  }
  return notes;
}

/** The extension in force, and whether it was recorded after the stage's own deadline had passed. */
function extensionNotes(stage: ProcedureStageDef, f: StageFacts, clock: StageClock, c: StageContext): SlaNote[] {
  if (!f.extended) return [];
  const ext = stage.extensions![f.extended.extension!]!;
  const d = describeStageLimit(f.limit);
  const notes = [
    note('procedure_extended', { nameZh: ext.name.zh, nameEn: ext.name.en, limitZh: d.zh, limitEn: d.en }),
  ];
  if (f.baseLimit.kind === 'unknown') return notes;
  const own = attemptOnCalendar(() => stageDue({ ...clock, limit: f.baseLimit as StageClock['limit'] }));
  if ('value' in own && f.extended.at > own.value.dueMs) {
    const tz = c.pack.timezone;
    const args = { at: formatInZone(new Date(f.extended.at), tz), due: formatInZone(new Date(own.value.dueMs), tz) };
    notes.push(note('procedure_extended_after_due', args));
  }
  return notes;
}

/** Where a started stage with a due date stands, when it is done or a moment is given. */
function judgeStage(
  id: string,
  stage: ProcedureStageDef,
  f: StageFacts,
  clock: StageClock,
  countsFrom: string | undefined,
  dueMs: number,
  c: StageContext,
  notes: SlaNote[],
): Partial<StageDeadline> {
  const now = c.at ?? f.end?.at;
  if (now === undefined) return {};
  const tz = c.pack.timezone;
  if (stage.period) {
    if (f.end && f.end.at < dueMs) {
      notes.push(
        note('procedure_cut_short', {
          stage: id,
          at: formatInZone(new Date(f.end.at), tz),
          due: formatInZone(new Date(dueMs), tz),
        }),
      );
      return { state: 'cut-short' };
    }
    if (f.end || now >= dueMs) return { state: 'met' };
    return { state: 'running', remaining: durationText(dueMs - now), remainingMs: dueMs - now };
  }
  const t = f.end?.at ?? now;
  const total = stageCountedMs(clock, countsFrom, clock.start, dueMs);
  const elapsedShare = t > dueMs ? 1 : total > 0 ? stageCountedMs(clock, countsFrom, clock.start, t) / total : 1;
  const due = formatInZone(new Date(dueMs), tz);
  const { due: _due, ...status } = judgeDeadline({
    due,
    dueMs,
    doneAt: f.end?.at,
    now,
    elapsedShare,
    atRiskShare: c.atRiskShare,
    timezone: tz,
  });
  return status;
}
