/**
 * A case under a procedure from what the page holds: the wall time of each event the user entered, the
 * extension chosen per stage. Events after "now" have not happened yet, so they are left out rather than
 * refused (the library refuses an event after the moment judged).
 */
import type { CaseInput, ProcedureDef } from 'safetynet-cn';
import { wallToIso } from './time.js';

/** A complete `datetime-local` value: `2024-09-27T10:00`. */
export function isWallTime(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value);
}

/** One event a procedure's stages start or end on, with the stages that do. */
export interface Milestone {
  readonly type: string;
  readonly starts: readonly string[];
  readonly ends: readonly string[];
}

/** The events of a procedure in stage order: each stage's start, then its end. */
export function milestonesOf(procedure: ProcedureDef): Milestone[] {
  const byType = new Map<string, { starts: string[]; ends: string[] }>();
  const entry = (type: string) => {
    if (!byType.has(type)) byType.set(type, { starts: [], ends: [] });
    return byType.get(type)!;
  };
  for (const [id, stage] of Object.entries(procedure.stages)) {
    entry(stage.starts).starts.push(id);
    entry(stage.ends).ends.push(id);
  }
  return [...byType].map(([type, m]) => ({ type, ...m }));
}

/** The event the first stage starts on: the one the receipt time fills. */
export function firstStartOf(procedure: ProcedureDef): string | undefined {
  return Object.values(procedure.stages)[0]?.starts;
}

export interface CaseForm {
  /** Wall time of the first start event (the receipt). */
  readonly received: string;
  /** Wall times of the other events, by event type. */
  readonly events: Readonly<Record<string, string>>;
  /** The extension in force, by stage. */
  readonly extensions: Readonly<Record<string, string>>;
}

/** The case to compute, and the events left out because they are after `nowIso`. */
export function caseInputOf(
  procedureId: string,
  procedure: ProcedureDef,
  form: CaseForm,
  timeZone: string,
  nowIso: string,
): { input: CaseInput; later: string[] } {
  const nowMs = Date.parse(nowIso);
  const first = firstStartOf(procedure);
  const events: { type: string; at: string; stage?: string; extension?: string }[] = [];
  const later: string[] = [];
  const startAt = new Map<string, string>();
  for (const m of milestonesOf(procedure)) {
    const wall = m.type === first ? form.received : form.events[m.type];
    if (!isWallTime(wall)) continue;
    const at = wallToIso(wall, timeZone);
    if (Date.parse(at) > nowMs) {
      later.push(m.type);
      continue;
    }
    events.push({ type: m.type, at });
    for (const stage of m.starts) startAt.set(stage, at);
  }
  // An extension is decided once the stage has started; it is dated at the start (the limit counts from there).
  for (const [stage, extension] of Object.entries(form.extensions)) {
    const at = startAt.get(stage);
    if (extension && at && procedure.stages[stage]?.extensions?.[extension]) {
      events.push({ type: 'extended', at, stage, extension });
    }
  }
  return { input: { procedure: procedureId, events }, later };
}
