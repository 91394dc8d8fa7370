import type { Judgements, ProgrammeJudgement } from '../engine/index.js';
import type { PolicyPack } from '../pack/index.js';
import { buildReasons } from './reasons.js';
import type { ProgrammeResult, SourceRef } from './types.js';

/** Each programme's verdict with its reasons (values compared, margins, cited figures) and source. */
export function programmeResults(j: Judgements): ProgrammeResult[] {
  const { day, keys, compiled } = j;
  const describe = (key: string) => day.describe(key, keys);
  return j.programmes.map((p: ProgrammeJudgement): ProgrammeResult => {
    const def = p.programme.def;
    const symbols = compiled.symbols[p.programme.scope === 'member' ? 'member' : 'household'];
    const source = sourceRef(day.pack, def.source);
    return {
      id: def.id,
      name: def.name,
      category: def.category,
      status: p.status,
      reasons: buildReasons(day.pack, def.id, p.trace, symbols, describe),
      ...(p.members ? { members: p.members } : {}),
      ...(source ? { source } : {}),
      ...(p.precededBy ? { precededBy: { programme: p.precededBy.by, category: p.precededBy.category } } : {}),
      ...(p.withoutMembers ? { assessedWithout: p.withoutMembers } : {}),
    };
  });
}

/** A pack source as a decision cites it. */
export function sourceRef(pack: PolicyPack, id: string | undefined): SourceRef | undefined {
  const src = id !== undefined ? pack.sources[id] : undefined;
  if (!src || id === undefined) return undefined;
  return { id, title: src.title, issuer: src.issuer, date: src.date, ...(src.number ? { number: src.number } : {}) };
}
