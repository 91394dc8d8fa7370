import { toEpochMs } from '../../calendar/index.js';
import type { Issue } from '../../errors/index.js';
import type { PolicyPack } from '../../pack/index.js';
import { suggestName } from '../../rules/index.js';
import type { CaseParsed, ProcedureDef } from '../../schema/index.js';
import { slaIssueOf } from '../messages.js';

/** A case event after checking: its instant in ms, its index in the input, the stage it concerns. */
export interface CaseEvent {
  readonly type: string;
  readonly at: number;
  readonly index: number;
  readonly stage?: string;
  readonly extension?: string;
  readonly pause?: string;
}

/** The procedure of a case and its events, earliest first; or the issues that stop the computation. */
export interface ReadCase {
  readonly procedure?: ProcedureDef;
  readonly events: readonly CaseEvent[];
  readonly issues: readonly Issue[];
}

const STAGE_EVENTS = new Set(['extended', 'paused', 'resumed']);

/** The did-you-mean arguments of an unknown id. */
function knownArgs(value: string, known: readonly string[]): Record<string, unknown> {
  const suggestion = suggestName(value, known);
  return { known, ...(suggestion ? { suggestion } : {}) };
}

/**
 * Checks a validated case against the pack: the procedure exists, each event is one the procedure uses
 * (or `extended`, `paused`, `resumed` naming an existing stage, extension and pause), no event is after `at`,
 * and the events of each stage are in a possible order. Every problem is collected.
 */
export function readCase(pack: PolicyPack, parsed: CaseParsed, at: number | undefined): ReadCase {
  const procedure = Object.hasOwn(pack.procedures, parsed.procedure) ? pack.procedures[parsed.procedure] : undefined;
  if (!procedure) {
    const args = {
      pack: pack.id,
      procedure: parsed.procedure,
      ...knownArgs(parsed.procedure, Object.keys(pack.procedures)),
    };
    return { events: [], issues: [slaIssueOf('case_unknown_procedure', ['procedure'], args)] };
  }
  const issues: Issue[] = [];
  const events: CaseEvent[] = [];
  parsed.events.forEach((e, index) => {
    const event = readEvent(parsed.procedure, procedure, e, index, issues);
    if (!event) return;
    if (at !== undefined && event.at > at) {
      issues.push(
        slaIssueOf('case_event_after_at', ['events', index, 'at'], {
          type: e.type,
          at: e.at,
          now: new Date(at).toISOString(),
        }),
      );
    }
    events.push(event);
  });
  events.sort((a, b) => a.at - b.at || a.index - b.index);
  for (const [stageId, stage] of Object.entries(procedure.stages)) {
    const start = events.find((e) => e.type === stage.starts);
    const end = events.find((e) => e.type === stage.ends);
    if (start && end && end.at < start.at) {
      const args = { stage: stageId, starts: stage.starts, ends: stage.ends };
      issues.push(slaIssueOf('case_stage_ends_before_start', ['events', end.index, 'at'], args));
    }
    checkPauseOrder(stageId, events, issues);
  }
  return { procedure, events, issues };
}

/** One event: a type the procedure knows, and for stage events a stage, extension or pause that exists. */
function readEvent(
  procedureId: string,
  procedure: ProcedureDef,
  e: CaseParsed['events'][number],
  index: number,
  issues: Issue[],
): CaseEvent | undefined {
  const path = ['events', index];
  const at = toEpochMs(e.at); // valid: the schema checked it
  const stages = Object.entries(procedure.stages);
  const milestones = [...new Set(stages.flatMap(([, s]) => [s.starts, s.ends]))];
  if (!STAGE_EVENTS.has(e.type)) {
    if (milestones.includes(e.type)) return { type: e.type, at, index };
    const args = { procedure: procedureId, type: e.type, ...knownArgs(e.type, [...milestones, ...STAGE_EVENTS]) };
    issues.push(slaIssueOf('case_unknown_event', [...path, 'type'], args));
    return undefined;
  }
  const stageIds = stages.map(([id]) => id);
  const stageId = e.stage ?? (stageIds.length === 1 ? stageIds[0] : undefined);
  if (stageId === undefined) {
    issues.push(slaIssueOf('case_event_needs_stage', [...path, 'stage'], { type: e.type, known: stageIds }));
    return undefined;
  }
  const stage = procedure.stages[stageId];
  if (!stage || !Object.hasOwn(procedure.stages, stageId)) {
    const args = { procedure: procedureId, stage: stageId, ...knownArgs(stageId, stageIds) };
    issues.push(slaIssueOf('case_unknown_stage', [...path, 'stage'], args));
    return undefined;
  }
  const base = { type: e.type, at, index, stage: stageId };
  if (e.type === 'extended') {
    const id = pickId(e.extension, Object.keys(stage.extensions ?? {}));
    if (id !== undefined) return { ...base, extension: id };
    const args = {
      stage: stageId,
      extension: e.extension ?? '',
      ...knownArgs(e.extension ?? '', Object.keys(stage.extensions ?? {})),
    };
    issues.push(slaIssueOf('case_unknown_extension', [...path, 'extension'], args));
    return undefined;
  }
  if (e.type === 'paused') {
    const id = pickId(e.pause, Object.keys(stage.pauses ?? {}));
    if (id !== undefined) return { ...base, pause: id };
    const args = { stage: stageId, pause: e.pause ?? '', ...knownArgs(e.pause ?? '', Object.keys(stage.pauses ?? {})) };
    issues.push(slaIssueOf('case_unknown_pause', [...path, 'pause'], args));
    return undefined;
  }
  return base;
}

/** The id given if it is known; the only one there is when none is given. */
function pickId(given: string | undefined, known: readonly string[]): string | undefined {
  if (given !== undefined) return known.includes(given) ? given : undefined;
  return known.length === 1 ? known[0] : undefined;
}

/** `paused` and `resumed` alternate, starting with `paused`. */
function checkPauseOrder(stageId: string, events: readonly CaseEvent[], issues: Issue[]): void {
  let paused = false;
  for (const e of events) {
    if (e.stage !== stageId) continue;
    if (e.type === 'paused') {
      if (paused)
        issues.push(
          slaIssueOf('case_pause_while_paused', ['events', e.index], {
            stage: stageId,
            at: new Date(e.at).toISOString(),
          }),
        );
      paused = true;
    } else if (e.type === 'resumed') {
      if (!paused)
        issues.push(
          slaIssueOf('case_resume_without_pause', ['events', e.index], {
            stage: stageId,
            at: new Date(e.at).toISOString(),
          }),
        );
      paused = false;
    }
  }
}
