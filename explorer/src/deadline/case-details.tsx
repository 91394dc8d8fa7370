/**
 * The stage deadlines of a case under a procedure (`computeCaseDeadlines`): what has happened on it, each stage's
 * limit, due date and state at "now", and the days on the month calendar.
 */
import { useMemo } from 'preact/hooks';
import {
  type CaseDeadlines,
  computeCaseDeadlines,
  type Issue,
  type PolicyPack,
  type ProcedureDef,
  SafetynetError,
  type StageDeadline,
  type StageLimit,
  type UncoveredYears,
} from 'safetynet-cn';
import { IssueList, PackSource, Table } from '../common.js';
import { type Lang, pick, t, useLang, stateWord } from '../i18n.js';
import { type CaseForm, caseInputOf, firstStartOf, milestonesOf } from './case-input.js';
import { CalendarPanel, DayMarks, DueText, NoteList, NowControls } from './deadline-parts.js';
import { StateCells } from './sla-details.js';
import { durationWords, shortTime, wallToIso } from './time.js';

type Computed = { deadlines: CaseDeadlines; later: string[] } | { issues: readonly Issue[] };

function compute(pack: PolicyPack, id: string, form: CaseForm, nowIso: string, uncovered: UncoveredYears): Computed {
  const { input, later } = caseInputOf(id, pack.procedures[id]!, form, pack.timezone, nowIso);
  try {
    return { deadlines: computeCaseDeadlines(pack, input, { at: nowIso, uncoveredYears: uncovered }), later };
  } catch (e) {
    if (e instanceof SafetynetError) return { issues: e.issues };
    throw e;
  }
}

export function CaseDetails(props: {
  pack: PolicyPack;
  procedureId: string;
  form: CaseForm;
  now: string;
  uncoveredYears: UncoveredYears;
  onForm: (form: CaseForm) => void;
  onNow: (now: string) => void;
}) {
  const lang = useLang();
  const { pack, procedureId, form } = props;
  const startIso = wallToIso(form.received, pack.timezone);
  const nowIso = props.now ? wallToIso(props.now, pack.timezone) : startIso;
  const computed = useMemo(
    () => compute(pack, procedureId, form, nowIso, props.uncoveredYears),
    [pack, procedureId, form, nowIso, props.uncoveredYears],
  );
  const marks = useMemo(
    () => ('deadlines' in computed ? caseMarks(computed.deadlines, startIso, nowIso, lang) : undefined),
    [computed, startIso, nowIso, lang],
  );
  return (
    <div class="two-columns">
      <section aria-labelledby="deadlines-h">
        <h2 id="deadlines-h">{t('deadlines', lang)}</h2>
        <ProcedureHeader pack={pack} id={procedureId} />
        <CaseEvents procedure={pack.procedures[procedureId]!} form={form} onForm={props.onForm} />
        <h3>{t('now', lang)}</h3>
        <NowControls
          startIso={startIso}
          dues={'deadlines' in computed ? computed.deadlines.stages.map((s) => s.due) : []}
          timeZone={pack.timezone}
          now={props.now}
          nowIso={nowIso}
          onNow={props.onNow}
        />
        {'issues' in computed ? (
          <IssueList issues={computed.issues} testId="case-issues" />
        ) : (
          <StageTable deadlines={computed.deadlines} later={computed.later} />
        )}
      </section>
      {marks && <CalendarPanel calendarId={pack.calendar} marks={marks} />}
    </div>
  );
}

function ProcedureHeader(props: { pack: PolicyPack; id: string }) {
  const lang = useLang();
  const p = props.pack.procedures[props.id]!;
  return (
    <>
      <p>
        <b>{pick(p.name, lang)}</b> <code>{props.id}</code> ·{' '}
        <PackSource pack={props.pack} id={p.source} verified={p.verified} />
      </p>
      {p.description && <p class="hint">{pick(p.description, lang)}</p>}
    </>
  );
}

/** A time for each event after the receipt, and the extension in force per stage that allows one. */
function CaseEvents(props: { procedure: ProcedureDef; form: CaseForm; onForm: (form: CaseForm) => void }) {
  const lang = useLang();
  const { procedure, form } = props;
  const first = firstStartOf(procedure);
  const name = (stage: string) => pick(procedure.stages[stage]!.name, lang);
  const stagesWithExtensions = Object.entries(procedure.stages).filter(([, s]) => s.extensions);
  return (
    <fieldset class="case-events" data-testid="case-events">
      <legend>{t('caseEvents', lang)}</legend>
      <p class="hint">{t('caseEventsIntro', lang)}</p>
      {milestonesOf(procedure)
        .filter((m) => m.type !== first)
        .map((m) => (
          <label key={m.type}>
            {[
              ...m.starts.map((s) => t('stageStarts', lang, { stage: name(s) })),
              ...m.ends.map((s) => t('stageEnds', lang, { stage: name(s) })),
            ].join(' · ')}{' '}
            <code>{m.type}</code>{' '}
            <input
              type="datetime-local"
              data-testid={`event-${m.type}`}
              value={form.events[m.type] ?? ''}
              onInput={(e) =>
                props.onForm({
                  ...form,
                  events: { ...form.events, [m.type]: (e.currentTarget as HTMLInputElement).value },
                })
              }
            />
          </label>
        ))}
      {stagesWithExtensions.map(([id, s]) => (
        <label key={id}>
          {name(id)}: {t('extension', lang)}{' '}
          <select
            data-testid={`extension-${id}`}
            value={form.extensions[id] ?? ''}
            onChange={(e) =>
              props.onForm({
                ...form,
                extensions: { ...form.extensions, [id]: (e.currentTarget as HTMLSelectElement).value },
              })
            }
          >
            <option value="">{t('extensionNone', lang)}</option>
            {Object.entries(s.extensions!).map(([x, ext]) => (
              <option key={x} value={x}>
                {pick(ext.name, lang)} (
                {stageLimitWords(ext.limit === 'unknown' ? { kind: 'unknown' } : toLimit(ext.limit), lang)})
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

/** A limit as the pack writes it → as the library reports it. */
function toLimit(limit: Exclude<ProcedureDef['stages'][string]['limit'], 'unknown'>): StageLimit {
  if (typeof limit === 'string') return { kind: 'clock', value: limit };
  return 'workingDays' in limit
    ? { kind: 'working-days', value: limit.workingDays }
    : { kind: 'days', value: limit.days };
}

/** A stage's limit in words. */
export function stageLimitWords(limit: StageLimit, lang: Lang): string {
  if (limit.kind === 'unknown') return t('limitUnknown', lang);
  if (limit.kind === 'clock') return `${durationWords(limit.value, lang)}, ${t('clock', lang)}`;
  return `${limit.value} ${t(limit.kind === 'days' ? 'calendarDays' : 'workingDays', lang)}`;
}

/** Each stage: its limit (and extension), start, due date or why none, state at "now", and its notes. */
function StageTable(props: { deadlines: CaseDeadlines; later: readonly string[] }) {
  const lang = useLang();
  const d = props.deadlines;
  return (
    <>
      <p data-testid="case-state">
        {t('caseState', lang)}:{' '}
        {d.state && <span class={`state state-${d.state}`}>{stateWord('stage', d.state, lang)}</span>}
        {d.nextDue && ` · ${t('nextDue', lang)} ${shortTime(d.nextDue)}`}
        {d.provisional && <span class="mark warn"> ⚠ {t('provisional', lang)}</span>}
      </p>
      {props.later.length > 0 && (
        <p class="hint">
          {t('caseEventsIntro', lang)} ({props.later.join(', ')})
        </p>
      )}
      <Table head={['stage', 'due', 'state', 'used']} class="status-table" testId="stages">
        {d.stages.map((s) => (
          <StageRow key={s.stage} stage={s} />
        ))}
      </Table>
      {d.stages.map((s) => (
        <NoteList key={s.stage} notes={s.notes} testId={`stage-notes-${s.stage}`} />
      ))}
    </>
  );
}

function StageRow(props: { stage: StageDeadline }) {
  const lang = useLang();
  const s = props.stage;
  return (
    <tr data-stage={s.stage} data-testid={`stage-${s.stage}`}>
      <th scope="row">
        {pick(s.name, lang)} <code>{s.stage}</code>
        <div class="meta">
          {stageLimitWords(s.limit, lang)}
          {s.extension && ` · ${t('extension', lang)}: ${pick(s.extension.name, lang)}`}
          {s.countsFrom && ` · ${t('countsFrom', lang, { day: s.countsFrom })}`}
        </div>
      </th>
      <td>{s.startedAt ? <DueText due={s.due} provisional={s.provisional} /> : '—'}</td>
      <StateCells
        kind="stage"
        state={s.state}
        remaining={s.remaining}
        overdue={s.overdue}
        elapsedShare={s.elapsedShare}
        label={pick(s.name, lang)}
      />
    </tr>
  );
}

/** The start of each stage, the working days counted for the next open stage, the due dates and "now". */
function caseMarks(d: CaseDeadlines, startIso: string, nowIso: string, lang: Lang) {
  const marks = new DayMarks();
  marks.add(startIso.slice(0, 10), { kind: 'received' });
  // Each later stage's start too: a stage may start long after the receipt (materials reaching the district).
  for (const s of d.stages) {
    if (s.startedAt && Date.parse(s.startedAt) !== Date.parse(startIso)) {
      marks.add(s.startedAt.slice(0, 10), {
        kind: 'received',
        label: t('stageStarts', lang, { stage: pick(s.name, lang) }),
      });
    }
  }
  const counted = d.stages.find((s) => s.stage === d.nextStage) ?? d.stages.find((s) => s.due);
  if (counted?.limit.kind === 'working-days') marks.addCounted(d.calendar, counted.countsFrom, counted.due);
  for (const s of d.stages) {
    if (!s.due) continue;
    const provisional = s.provisional ? ` (${t('provisional', lang)})` : '';
    marks.add(s.due.slice(0, 10), { kind: 'due', label: `${pick(s.name, lang)} ${s.due.slice(11, 16)}${provisional}` });
  }
  marks.add(nowIso.slice(0, 10), { kind: 'now' });
  return marks.byDay;
}
