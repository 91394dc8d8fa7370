import type { Issue } from '../errors/index.js';
import {
  RESERVED_CASE_EVENTS,
  type PolicyPackFile,
  type ProcedureLimitDef,
  type ProcedureStageDef,
} from '../schema/index.js';
import type { MergedPack } from './extend.js';
import { packIssue } from './messages.js';
import { stageVerification } from './procedure-verification.js';

type Path = (string | number)[];
const RESERVED: readonly string[] = RESERVED_CASE_EVENTS;

/**
 * What a schema cannot see in the procedures written in this pack's own file: at least one stage, the
 * sources they cite exist, stages start and end on two different ordinary events, and an extension counts
 * in the same units as the limit it extends and is longer.
 */
export function checkProcedures(pack: MergedPack, file: PolicyPackFile): Issue[] {
  const issues: Issue[] = [];
  const source = (id: string | undefined, path: Path) => {
    if (id !== undefined && !Object.hasOwn(pack.sources, id))
      issues.push(packIssue('source_unknown', path, { source: id }));
  };
  for (const [id, proc] of Object.entries(file.procedures ?? {})) {
    const at: Path = ['procedures', id];
    source(proc.source, [...at, 'source']);
    if (Object.keys(proc.stages).length === 0) issues.push(packIssue('procedure_no_stages', at, { procedure: id }));
    for (const [stageId, stage] of Object.entries(proc.stages)) {
      issues.push(...checkStage(stageId, stage, [...at, 'stages', stageId], source));
    }
  }
  return issues;
}

function checkStage(
  stageId: string,
  stage: ProcedureStageDef,
  at: Path,
  source: (id: string | undefined, path: Path) => void,
): Issue[] {
  const issues: Issue[] = [];
  source(stage.source, [...at, 'source']);
  for (const field of ['starts', 'ends'] as const) {
    if (RESERVED.includes(stage[field])) {
      issues.push(packIssue('procedure_reserved_event', [...at, field], { stage: stageId, event: stage[field] }));
    }
  }
  if (stage.starts === stage.ends) {
    issues.push(packIssue('procedure_same_events', [...at, 'ends'], { stage: stageId, event: stage.ends }));
  }
  for (const [pauseId, pause] of Object.entries(stage.pauses ?? {}))
    source(pause.source, [...at, 'pauses', pauseId, 'source']);
  for (const [extId, ext] of Object.entries(stage.extensions ?? {})) {
    const path = [...at, 'extensions', extId, 'limit'];
    source(ext.source, [...at, 'extensions', extId, 'source']);
    const args = { stage: stageId, extension: extId };
    const [base, longer] = [measure(stage.limit), measure(ext.limit)];
    if (base && longer && base.unit !== longer.unit) issues.push(packIssue('procedure_extension_kind', path, args));
    else if (base && longer && longer.amount <= base.amount) {
      issues.push(packIssue('procedure_extension_not_longer', path, args));
    }
  }
  return issues;
}

/** A limit as a unit and an amount comparable within the unit; `unknown` has none. */
function measure(limit: ProcedureLimitDef): { unit: string; amount: number } | undefined {
  if (limit === 'unknown') return undefined;
  if (typeof limit === 'string') return { unit: 'clock', amount: clockSeconds(limit) };
  return 'workingDays' in limit
    ? { unit: 'working-days', amount: limit.workingDays }
    : { unit: 'days', amount: limit.days };
}

/** Seconds of a `PnDTnHnM` duration (days as 24 hours: only for comparing two limits). */
function clockSeconds(text: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(text);
  return m ? ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60 : 0;
}

/** Warnings for stages whose limit rests on an unverified source or is marked unverified. */
export function unverifiedProcedureWarnings(pack: MergedPack, file: PolicyPackFile): Issue[] {
  const out: Issue[] = [];
  for (const [id, proc] of Object.entries(file.procedures ?? {})) {
    for (const [stageId, stage] of Object.entries(proc.stages)) {
      if (stage.limit === 'unknown') continue;
      if (!stageVerification(pack.sources, proc, stage).verified) {
        out.push(
          packIssue('procedure_unverified', ['procedures', id, 'stages', stageId], { procedure: id, stage: stageId }),
        );
      }
    }
  }
  return out;
}
