/** A decision as a caseworker reads it: category, each programme with its reasons, what to ask, what to do. */
import type { ComponentChildren } from 'preact';
import { type Decision, getFactDefinition, type ProgrammeResult, type Reason, renderDecision } from 'safetynet-cn';
import { Cite, Verified } from '../common.js';
import { type Lang, pick, t, useLang, word } from '../i18n.js';
import { fieldIdOfInput } from './schema-form.js';

const SHOWN_FACTS = [
  'householdSize',
  'incomeTotal',
  'incomePerPerson',
  'rigidExpenditure',
  'financialAssetsPerPerson',
  'zone',
] as const;

/** The decision; `children` (the what-if) go right under the category and facts. */
export function DecisionPanel(props: { decision: Decision; children?: ComponentChildren }) {
  const lang = useLang();
  const d = props.decision;
  return (
    <div class="decision" data-testid="decision">
      <CategoryLine decision={d} />
      <dl class="facts">
        {SHOWN_FACTS.filter((f) => d.facts[f] !== undefined).map((f) => (
          <div key={f}>
            <dt>{getFactDefinition(f)?.label[lang] ?? f}</dt>
            <dd>{d.facts[f] === null ? t('unknown', lang) : String(d.facts[f])}</dd>
          </div>
        ))}
      </dl>
      {props.children}
      <Missing decision={d} />
      <Actions decision={d} />
      <h3>{t('programmes', lang)}</h3>
      {d.programmes.map((p) => (
        <Programme key={p.id} programme={p} />
      ))}
      <TextList title={t('nearThreshold', lang)} items={d.nearThreshold.map((n) => pick(n.text, lang))} />
      <TextList title={t('notes', lang)} items={d.notes.map((n) => pick(n.text, lang))} />
      <details class="as-text">
        <summary>{t('asText', lang)}</summary>
        <pre>{renderDecision(d, { lang })}</pre>
      </details>
    </div>
  );
}

/** The category (announced to screen readers as it changes), the programme it comes from, certainty and tier. */
function CategoryLine(props: { decision: Decision }) {
  const lang = useLang();
  const d = props.decision;
  const via = d.outcome && d.outcome.category === d.category && d.outcome.programme !== d.category;
  return (
    <div class={`category cat-${d.category}`} aria-live="polite">
      <span class="label">{t('category', lang)}</span>
      <strong data-testid="category">{word(d.category, lang)}</strong>
      {via && (
        <span>
          {' '}
          ({t('through', lang)} {pick(d.outcome!.name, lang)})
        </span>
      )}
      {!d.categoryCertain && <span class="not-final"> · {t('notFinal', lang)}</span>}
      {d.tier && (
        <span>
          {' '}
          · {t('tier', lang)}: {pick(d.tier.name, lang)}
        </span>
      )}
    </div>
  );
}

/** One programme: its status (and each member's), its reasons, its source. Settled "no"s start closed. */
function Programme(props: { programme: ProgrammeResult }) {
  const lang = useLang();
  const p = props.programme;
  return (
    <details class={`programme status-${p.status}`} open={p.status === 'eligible' || p.status === 'undetermined'}>
      <summary>
        <span class={`status status-${p.status}`}>{word(p.status, lang)}</span> <b>{pick(p.name, lang)}</b>
        {p.members && p.members.length > 0 && (
          <span class="meta">
            {' '}
            · {t('members', lang)}: {p.members.map((m) => `${m.index + 1} ${word(m.status, lang)}`).join(', ')}
          </span>
        )}
      </summary>
      {p.reasons.length > 0 && (
        <ul class="reasons">
          {p.reasons.map((r, i) => (
            <ReasonItem key={i} reason={r} lang={lang} />
          ))}
        </ul>
      )}
      {p.source && (
        <p class="meta">
          {t('source', lang)}: <Cite source={p.source} />
        </p>
      )}
    </details>
  );
}

function TextList(props: { title: string; items: readonly string[] }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <h3>{props.title}</h3>
      <ul class="notes">
        {props.items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </>
  );
}

function ReasonItem(props: { reason: Reason; lang: Lang }) {
  const { reason: r, lang } = props;
  const param = r.parameter;
  return (
    <li class={r.result === true ? 'met' : r.result === false ? 'unmet' : 'open'}>
      <span class="reason-mark" aria-hidden="true">
        {r.result === true ? '✓' : r.result === false ? '✗' : '?'}
      </span>{' '}
      {pick(r.text, lang)}
      {r.distance && <span class="distance"> · {pick(r.distance, lang)}</span>}
      {param && (
        <div class="meta">
          <code>{param.key}</code> {param.from}
          {param.status !== 'known' && <b> · {param.status}</b>}
          {param.source && (
            <>
              {' · '}
              <Cite source={param.source} />
            </>
          )}{' '}
          {param.status === 'known' && <Verified verified={param.verified} />}
        </div>
      )}
    </li>
  );
}

function Missing(props: { decision: Decision }) {
  const lang = useLang();
  const { missing } = props.decision;
  const focus = (input: string) => {
    const el = document.getElementById(fieldIdOfInput(input));
    if (!el) return;
    for (let p = el.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
    el.focus();
    el.scrollIntoView({ block: 'center' });
  };
  return (
    <>
      <h3>{t('missing', lang)}</h3>
      {missing.length === 0 ? (
        <p>{t('missingNone', lang)}</p>
      ) : (
        <ul class="missing" data-testid="missing">
          {missing.map((m) => (
            <li key={m.fact}>
              <b>{pick(m.label, lang)}</b>{' '}
              <span class="meta">({m.programmes.map((id) => programmeName(props.decision, id, lang)).join('、')})</span>{' '}
              {m.inputs.map((input) => (
                <button type="button" class="link" key={input} onClick={() => focus(input)}>
                  {input}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Actions(props: { decision: Decision }) {
  const lang = useLang();
  const { actions } = props.decision;
  if (actions.length === 0) return null;
  return (
    <>
      <h3>{t('nextActions', lang)}</h3>
      <ul class="actions">
        {actions.map((a, i) => (
          <li key={i}>
            {pick(a.text, lang)}
            {a.department && ` → ${pick(a.department.name, lang)}`}
            {a.cycle && ` (${pick(a.cycle.name, lang)}, ${a.cycle.nextDue})`}
          </li>
        ))}
      </ul>
    </>
  );
}

function programmeName(d: Decision, id: string, lang: Lang): string {
  const p = d.programmes.find((x) => x.id === id);
  return p ? pick(p.name, lang) : id;
}
