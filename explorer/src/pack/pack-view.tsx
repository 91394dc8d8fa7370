/** A pack at a glance: its parameters as timelines, its programmes' conditions in words, its urgency classes. */
import { useMemo } from 'preact/hooks';
import type { ListItem, PolicyPack } from 'safetynet-cn';
import { conditionItems } from 'safetynet-cn/authoring';
import { Chart } from '../charts.js';
import { CodeText, PackSource, Table } from '../common.js';
import { type Lang, pick, t, useLang, valueLabel, word } from '../i18n.js';
import type { PackEntry } from '../packs.js';
import { DropZone } from './drop-zone.js';
import { parameterTimeline } from './parameter-timeline.js';
import { timelineOption } from './timeline-chart.js';
import { limitWords } from '../deadline/time.js';
import { Procedures } from './procedures.js';

export function PackView(props: {
  entry: PackEntry;
  asOf: string;
  onAsOf: (day: string) => void;
  onLoaded: (entries: PackEntry[]) => void;
}) {
  const { pack } = props.entry;
  const lang = useLang();
  return (
    <div class="view pack-view">
      <PackHeader entry={props.entry} />
      <DropZone onLoaded={props.onLoaded} />
      <Parameters pack={pack} />
      <Programmes pack={pack} asOf={props.asOf} onAsOf={props.onAsOf} />
      <Urgency pack={pack} asOf={props.asOf} />
      <Procedures pack={pack} />
      <Tiers pack={pack} asOf={props.asOf} />
      {pack.changes.length > 0 && (
        <section aria-labelledby="changes-h">
          <h2 id="changes-h">{t('changes', lang)}</h2>
          <ul>
            {pack.changes.map((c) => (
              <li key={c.version}>
                <b>{c.version}</b> ({c.date}) {pick(c.summary, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function PackHeader(props: { entry: PackEntry }) {
  const { pack } = props.entry;
  const lang = useLang();
  return (
    <section class="pack-header" aria-labelledby="pack-h">
      <h2 id="pack-h">
        {pick(pack.name, lang)} <code>{pack.id}</code> {pack.version}
      </h2>
      <p>
        {pack.lineage.length > 1 && (
          <span>
            {t('extends', lang)}: {pack.lineage.slice(1).join(' → ')} ·{' '}
          </span>
        )}
        {pack.jurisdiction?.province && <span>{pick(pack.jurisdiction.province, lang)} · </span>}
        {pack.timezone} · {pack.calendar}
        {props.entry.files && <span> · {props.entry.files.join(', ')}</span>}
        {pack.warnings.length > 0 && (
          <span>
            {' '}
            · ⚠ {pack.warnings.length} {t('warnings', lang)}
          </span>
        )}
      </p>
    </section>
  );
}

function Parameters(props: { pack: PolicyPack }) {
  const lang = useLang();
  const keys = Object.keys(props.pack.parameters);
  // The pack's own figures first, inherited ones after, baseline parameters without values last.
  const order = (k: string) =>
    props.pack.parameters[k]!.values.length === 0 ? 2 : props.pack.parameters[k]!.definedIn === props.pack.id ? 0 : 1;
  const sorted = [...keys].sort((a, b) => order(a) - order(b));
  return (
    <section aria-labelledby="params-h">
      <h2 id="params-h">{t('parameters', lang)}</h2>
      <p class="hint">{t('parametersIntro', lang)}</p>
      <div class="cards">
        {sorted.map((k) => (
          <ParameterCard key={`${props.pack.id}:${k}`} pack={props.pack} paramKey={k} />
        ))}
      </div>
    </section>
  );
}

/** An entry of a parameter as written: `870`, `A 870 / B 820`, `1.5 × dibao.standard`, unknown. */
function entryText(v: PolicyPack['parameters'][string]['values'][number], lang: Lang): string {
  if (v.unknown) return t('unknown', lang);
  if (v.multiply) {
    const round = v.multiply.round ? ` (${v.multiply.round.mode} → ${v.multiply.round.to})` : '';
    return `${v.multiply.by} × ${v.multiply.parameter}${round}`;
  }
  if (typeof v.value === 'string') return v.value;
  return Object.entries(v.value ?? {})
    .map(([k, x]) => `${valueLabel(k, lang)} ${x}`)
    .join(' / ');
}

function ParameterCard(props: { pack: PolicyPack; paramKey: string }) {
  const lang = useLang();
  const p = props.pack.parameters[props.paramKey]!;
  const label = p.label ? pick(p.label, lang) : props.paramKey;
  const timeline = useMemo(() => parameterTimeline(props.pack, props.paramKey), [props.pack, props.paramKey]);
  const option = useMemo(() => timeline && timelineOption(timeline, label, lang), [timeline, label, lang]);
  const headingId = `param-${props.paramKey.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <article class="card parameter" aria-labelledby={headingId} data-parameter={props.paramKey}>
      <h3 id={headingId}>
        {label} <code>{props.paramKey}</code>
      </h3>
      <p class="meta">
        {t('unit', lang)}: {p.unit}
        {p.by && ` · ${t(p.by === 'hukou' ? 'byHukou' : 'byZone', lang)}`}
        {p.definedIn !== props.pack.id && ` · ${t('definedIn', lang)} ${p.definedIn}`}
      </p>
      {p.description && <p class="description">{pick(p.description, lang)}</p>}
      {option ? (
        <Chart option={option} label={`${label}: ${t('parameters', lang)}`} height={180} />
      ) : (
        <p class="hint">{t('noValues', lang)}</p>
      )}
      {p.values.length > 0 && (
        <Table head={['from', 'value', 'source']} class="entries">
          {p.values.map((v) => (
            <tr key={v.from} class={v.unknown ? 'unknown-row' : undefined}>
              <td>{v.from}</td>
              <td>{entryText(v, lang)}</td>
              <td>
                {v.unknown ? (
                  <span class="mark warn">? {t('unknown', lang)}</span>
                ) : (
                  <PackSource
                    pack={props.pack}
                    id={v.source}
                    verified={v.verified ?? props.pack.sources[v.source ?? '']?.verified ?? false}
                  />
                )}
                {v.note && <div class="note">{v.note}</div>}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </article>
  );
}

/** A condition in the library's words (as the policy book writes it), with its figures on `asOf`, as nested lists. */
export function Condition(props: { when: unknown; pack: PolicyPack; asOf: string }) {
  const lang = useLang();
  const items = conditionItems(props.when, props.pack, lang, { asOf: props.asOf, names: false });
  return (
    <ul class="condition">
      {items.map((item, i) => (
        <ConditionItem key={i} item={item} />
      ))}
    </ul>
  );
}

function ConditionItem(props: { item: ListItem }) {
  const { text, children = [] } = props.item;
  return (
    <li>
      <CodeText text={text} />
      {children.length > 0 && (
        <ul>
          {children.map((c, i) => (
            <ConditionItem key={i} item={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Programmes(props: { pack: PolicyPack; asOf: string; onAsOf: (day: string) => void }) {
  const lang = useLang();
  const { pack, asOf } = props;
  const list = Object.values(pack.programmes).sort((a, b) => a.rank - b.rank);
  return (
    <section aria-labelledby="programmes-h">
      <h2 id="programmes-h">{t('programmes', lang)}</h2>
      <p class="hint">{t('programmesIntro', lang)}</p>
      <label>
        {t('conditionsOn', lang)}{' '}
        <input type="date" value={asOf} onInput={(e) => props.onAsOf((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {list.map((p) => (
        <ProgrammeCard key={p.id} pack={pack} programme={p} asOf={asOf} />
      ))}
    </section>
  );
}

/** A programme: when it applies, when it is eligible, in words; precedence, actions, source. */
function ProgrammeCard(props: { pack: PolicyPack; programme: PolicyPack['programmes'][string]; asOf: string }) {
  const lang = useLang();
  const { pack, asOf, programme: p } = props;
  return (
    <details class="card programme" open={p.enabled !== false}>
      <summary>
        <b>{pick(p.name, lang)}</b> <code>{p.id}</code> · {word(p.category, lang)} · {t('rank', lang)} {p.rank}
        {p.subject === 'member' && ` · ${t('perMember', lang)}`}
        {p.enabled === false && ` · ${t('disabled', lang)}`}
      </summary>
      {p.description && <p>{pick(p.description, lang)}</p>}
      {p.when && (
        <>
          <h3 class="subhead">{t('appliesWhen', lang)}</h3>
          <Condition when={p.when} pack={pack} asOf={asOf} />
        </>
      )}
      <h3 class="subhead">{t('eligibleWhen', lang)}</h3>
      <Condition when={p.eligible} pack={pack} asOf={asOf} />
      {p.precededBy && (
        <p>
          {t('precededBy', lang)}: {p.precededBy.map((c) => word(c, lang)).join(', ')}
        </p>
      )}
      {p.assessedApart && <p>{t('assessedApart', lang)}</p>}
      {(p.actions?.length ?? 0) > 0 && (
        <>
          <h3 class="subhead">{t('actions', lang)}</h3>
          <ul>
            {p.actions!.map((a, i) => (
              <li key={i}>
                <b>{word(a.kind, lang)}</b> {a.text ? pick(a.text, lang) : ''}
                {a.department
                  ? ` → ${pack.referrals[a.department] ? pick(pack.referrals[a.department]!.department, lang) : a.department}`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="meta">
        {t('source', lang)}: <PackSource pack={pack} id={p.source} verified={p.verified} /> · {t('definedIn', lang)}{' '}
        {p.definedIn}
      </p>
      {p.note && <p class="note">{p.note}</p>}
    </details>
  );
}

function Urgency(props: { pack: PolicyPack; asOf: string }) {
  const lang = useLang();
  const { pack } = props;
  const u = pack.urgency;
  return (
    <section aria-labelledby="urgency-h">
      <h2 id="urgency-h">{t('urgency', lang)}</h2>
      {!u ? (
        <p>{t('noUrgency', lang)}</p>
      ) : (
        <>
          {u.officeHours && (
            <p>
              {t('officeHours', lang)}: {u.officeHours.start}–{u.officeHours.end}
              {u.pauseClockOutsideOfficeHours && ` · ${t('clockPaused', lang)}`}
            </p>
          )}
          <Table head={['className', 'condition', 'firstResponse', 'disposal', 'source']}>
            {Object.entries(u.classes)
              .sort(([, a], [, b]) => a.priority - b.priority)
              .map(([id]) => (
                <UrgencyRow key={id} pack={pack} id={id} asOf={props.asOf} />
              ))}
          </Table>
        </>
      )}
    </section>
  );
}

function UrgencyRow(props: { pack: PolicyPack; id: string; asOf: string }) {
  const lang = useLang();
  const { pack } = props;
  const c = pack.urgency!.classes[props.id]!;
  return (
    <tr>
      <td>
        <b>{pick(c.name, lang)}</b> <code>{props.id}</code>
        <div class="meta">
          {t('priority', lang)} {c.priority}
          {c.assistFirst && ` · ${t('assistFirst', lang)}`}
        </div>
      </td>
      <td>{c.when ? <Condition when={c.when} pack={pack} asOf={props.asOf} /> : '—'}</td>
      <td>{limitWords(c.firstResponse, lang)}</td>
      <td>{limitWords(c.disposal, lang)}</td>
      <td>
        <PackSource pack={pack} id={c.source} verified={c.verified} />
        {c.note && <div class="note">{c.note}</div>}
      </td>
    </tr>
  );
}

function Tiers(props: { pack: PolicyPack; asOf: string }) {
  const lang = useLang();
  const { pack } = props;
  const tiers = Object.entries(pack.difficulty?.tiers ?? {}).sort(([, a], [, b]) => a.rank - b.rank);
  if (tiers.length === 0) return null;
  return (
    <section aria-labelledby="tiers-h">
      <h2 id="tiers-h">{t('tiers', lang)}</h2>
      <ul>
        {tiers.map(([id, tier]) => (
          <li key={id}>
            <b>{pick(tier.name, lang)}</b> <code>{id}</code>
            {tier.cycle && pack.cycles[tier.cycle] && ` · ${pick(pack.cycles[tier.cycle]!.name, lang)}`}
            {tier.source && (
              <>
                {' · '}
                <PackSource pack={pack} id={tier.source} verified={tier.verified} />
              </>
            )}
            <Condition when={tier.when} pack={pack} asOf={props.asOf} />
          </li>
        ))}
      </ul>
    </section>
  );
}
