import { stageVerification, type PolicyPack } from '../pack/index.js';
import type { ProcedureDef, ProcedureLimitDef, ProcedureStageDef } from '../schema/index.js';
import { type BookLanguage, say } from './condition-text.js';
import type { Block } from './document.js';
import { BOOK_TEXT as T } from './messages.js';
import { sourceText } from './policy-book-values.js';

/** A stage's limit in words: `30 个工作日 / 30 working days`, `2 天`, `PT1H` on the clock, or unknown. */
export function procedureLimitText(limit: ProcedureLimitDef, lang: BookLanguage): string {
  if (limit === 'unknown') return `**${say(T.unknown, lang)}**`;
  if (typeof limit === 'string') return `\`${limit}\``;
  return 'workingDays' in limit ? say(T.workingDays(limit.workingDays), lang) : say(T.days(limit.days), lang);
}

/** `✓ mca-2021-57 …` or `✗ …`: a stage's source (its own, else its procedure's) and whether it is verified. */
function stageCitation(pack: PolicyPack, proc: ProcedureDef, stage: ProcedureStageDef, lang: BookLanguage): string {
  const v = stageVerification(pack.sources, proc, stage);
  const mark = v.verified ? '✓' : '✗';
  if (v.source === undefined) return `${mark} ${say(T.noSource, lang)}`;
  const src = pack.sources[v.source];
  return `${mark} \`${v.source}\`${src ? ` ${sourceText(src)}` : ''}`;
}

/** One row per stage: from and to events, the limit (and each extension's), pauses, source, remark and note. */
function stageRows(pack: PolicyPack, proc: ProcedureDef, lang: BookLanguage): string[][] {
  return Object.entries(proc.stages).map(([id, s]) => {
    const extensions = Object.values(s.extensions ?? {}).map(
      (x) => `${say(x.name, lang)}: ${procedureLimitText(x.limit, lang)}`,
    );
    const pauses = Object.values(s.pauses ?? {}).map((p) => say(p.name, lang));
    const limit = [
      `${procedureLimitText(s.limit, lang)}${s.period ? ` (${say(T.period, lang)})` : ''}`,
      ...extensions.map((x) => `${say(T.extended, lang)} ${x}`),
      ...pauses.map((p) => `${say(T.paused, lang)} ${p}`),
    ].join('\n');
    const note = [s.remark ? say(s.remark, lang) : '', s.note ?? ''].filter(Boolean).join(' — ');
    return [
      `\`${id}\` ${say(s.name, lang)}`,
      `\`${s.starts}\` → \`${s.ends}\``,
      limit,
      stageCitation(pack, proc, s, lang),
      note,
    ];
  });
}

/** Casework procedures: each one's stages, from which event to which, within what limit, on what source. */
export function procedureBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const head = [T.col.stage, T.col.events, T.col.limit, T.col.source, T.col.note].map((h) => say(h, lang));
  return Object.entries(pack.procedures).flatMap(([id, proc]) => [
    { kind: 'heading', level: 3, text: `\`${id}\` — ${say(proc.name, lang)}` } as Block,
    ...(proc.description ? [{ kind: 'paragraph', text: say(proc.description, lang) } as Block] : []),
    { kind: 'table', head, rows: stageRows(pack, proc, lang) } as Block,
  ]);
}

/** The gaps of the procedures: a stage whose limit is unknown, or that rests on no verified source. */
export function procedureGapRows(pack: PolicyPack, lang: BookLanguage): string[][] {
  const rows: string[][] = [];
  for (const [id, proc] of Object.entries(pack.procedures)) {
    for (const [stageId, s] of Object.entries(proc.stages)) {
      const v = stageVerification(pack.sources, proc, s);
      const what = `${say(T.procedureStage, lang)} \`${id}.${stageId}\``;
      if (s.limit === 'unknown') rows.push([what, '', say(T.gapLimitUnknown, lang), v.source ?? '', s.note ?? '']);
      else if (!v.verified)
        rows.push([
          what,
          procedureLimitText(s.limit, lang),
          say(T.gapLimitUnverified, lang),
          v.source ?? '',
          s.note ?? '',
        ]);
    }
  }
  return rows;
}
