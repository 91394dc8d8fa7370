import { getFactDefinition } from '../schema/index.js';
import type { Judgements, ProgrammeJudgement } from '../engine/index.js';
import type { PolicyPack } from '../pack/index.js';
import { localize, type TextLanguage } from './localize.js';
import { buildReasons } from './reasons.js';
import type { ProgrammeResult, SourceRef } from './types.js';

/** Each programme's verdict with its reasons (values compared, margins, cited figures) and source. */
export function programmeResults(j: Judgements, lang: TextLanguage): ProgrammeResult[] {
  const { day, keys, compiled } = j;
  const describe = (key: string) => day.describe(key, keys);
  return j.programmes.map((p: ProgrammeJudgement): ProgrammeResult => {
    const def = p.programme.def;
    const symbols = compiled.symbols[p.programme.scope === 'member' ? 'member' : 'household'];
    const source = sourceRef(day.pack, def.source);
    // Built in place (no spread of optional parts): key order is that of the type, for byte-stable JSON.
    const r: { -readonly [K in keyof ProgrammeResult]: ProgrammeResult[K] } = {
      id: def.id,
      name: localize(lang, def.name) as ProgrammeResult['name'],
      category: def.category,
      status: p.status,
      reasons: buildReasons(day.pack, def.id, p.trace, symbols, describe, getFactDefinition, lang),
    };
    if (p.members) r.members = p.members;
    if (source) r.source = source;
    if (p.precededBy) r.precededBy = { programme: p.precededBy.by, category: p.precededBy.category };
    if (p.withoutMembers) r.assessedWithout = p.withoutMembers;
    return r;
  });
}

/** A pack source as a decision cites it. */
export function sourceRef(pack: PolicyPack, id: string | undefined): SourceRef | undefined {
  const src = id !== undefined ? pack.sources[id] : undefined;
  if (!src || id === undefined) return undefined;
  return { id, title: src.title, issuer: src.issuer, date: src.date, ...(src.number ? { number: src.number } : {}) };
}
