/**
 * A pack's casework procedures: each stage from its start event to its end event, its limit (working days,
 * calendar days, a clock duration or unknown), extensions and pauses, with sources and verification marks.
 */
import type { PolicyPack, ProcedureDef } from 'safetynet-cn';
import { PackSource, Table } from '../common.js';
import { type Lang, pick, t, useLang } from '../i18n.js';

type Stage = ProcedureDef['stages'][string];

/** A limit as the pack writes it, in words. */
function limitText(limit: Stage['limit'], lang: Lang): string {
  if (limit === 'unknown') return t('limitUnknown', lang);
  if (typeof limit === 'string') return `${limit} (${t('clock', lang)})`;
  if ('workingDays' in limit) return `${limit.workingDays} ${t('workingDays', lang)}`;
  return `${limit.days} ${t('calendarDays', lang)}`;
}

export function Procedures(props: { pack: PolicyPack }) {
  const lang = useLang();
  const entries = Object.entries(props.pack.procedures);
  return (
    <section aria-labelledby="procedures-h" data-testid="procedures">
      <h2 id="procedures-h">{t('procedures', lang)}</h2>
      {entries.length === 0 ? (
        <p>{t('noProcedures', lang)}</p>
      ) : (
        entries.map(([id, p]) => <ProcedureCard key={id} pack={props.pack} id={id} procedure={p} />)
      )}
    </section>
  );
}

function ProcedureCard(props: { pack: PolicyPack; id: string; procedure: ProcedureDef }) {
  const lang = useLang();
  const { pack, procedure: p } = props;
  return (
    <article class="card procedure" data-procedure={props.id}>
      <h3>
        {pick(p.name, lang)} <code>{props.id}</code>
      </h3>
      {p.description && <p>{pick(p.description, lang)}</p>}
      <p class="meta">
        {t('source', lang)}: <PackSource pack={pack} id={p.source} verified={p.verified} />
      </p>
      <Table head={['stage', 'limit', 'source']}>
        {Object.entries(p.stages).map(([stageId, stage]) => (
          <StageRow key={stageId} pack={pack} id={stageId} stage={stage} procedure={p} />
        ))}
      </Table>
    </article>
  );
}

/** A stage; without a source of its own it rests on the procedure's (and its verification mark). */
function StageRow(props: { pack: PolicyPack; id: string; stage: Stage; procedure: ProcedureDef }) {
  const lang = useLang();
  const { pack, stage: s } = props;
  return (
    <tr>
      <td>
        <b>{pick(s.name, lang)}</b> <code>{props.id}</code>
        <div class="meta">
          <code>{s.starts}</code> → <code>{s.ends}</code>
          {s.period && ` · ${t('period', lang)}`}
        </div>
      </td>
      <td>
        {limitText(s.limit, lang)}
        {s.remark && <div class="note">{pick(s.remark, lang)}</div>}
        {Object.entries(s.extensions ?? {}).map(([x, ext]) => (
          <div key={x} class="meta">
            {t('extension', lang)}: {pick(ext.name, lang)} → {limitText(ext.limit, lang)}
            {ext.when && ` (${pick(ext.when, lang)})`}
          </div>
        ))}
        {Object.entries(s.pauses ?? {}).map(([x, pause]) => (
          <div key={x} class="meta">
            {t('pauses', lang)}: {pick(pause.name, lang)}
          </div>
        ))}
      </td>
      <td>
        <PackSource
          pack={pack}
          id={s.source ?? props.procedure.source}
          verified={s.verified ?? (s.source ? undefined : props.procedure.verified)}
        />
        {s.note && <div class="note">{s.note}</div>}
      </td>
    </tr>
  );
}
