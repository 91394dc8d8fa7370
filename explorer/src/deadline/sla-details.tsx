/** The deadlines of a report under an urgency class (`computeSla`), and where they stand at "now" (`slaStatus`). */
import { useMemo } from 'preact/hooks';
import {
  type Issue,
  type PolicyPack,
  SafetynetError,
  type Sla,
  type SlaLimit,
  type SlaStatusResult,
  slaStatus,
} from 'safetynet-cn';
import { IssueList, PackSource, Table } from '../common.js';
import { type Lang, pick, t, useLang, stateWord } from '../i18n.js';
import { CalendarPanel, DayMarks, DueText, NoteList, NowControls } from './deadline-parts.js';
import { durationWords, shortTime, wallToIso } from './time.js';

const LIMITS = ['firstResponse', 'disposal'] as const;

export function SlaDetails(props: { pack: PolicyPack; sla: Sla; now: string; onNow: (now: string) => void }) {
  const lang = useLang();
  const { pack, sla } = props;
  const nowIso = props.now ? wallToIso(props.now, pack.timezone) : sla.receivedAt;
  const status = useMemo((): SlaStatusResult | Issue[] => {
    try {
      return slaStatus(sla, {}, nowIso);
    } catch (e) {
      if (e instanceof SafetynetError) return [...e.issues];
      throw e;
    }
  }, [sla, nowIso]);
  const marks = useMemo(() => slaMarks(sla, nowIso, lang), [sla, nowIso, lang]);
  return (
    <div class="two-columns">
      <section aria-labelledby="deadlines-h">
        <h2 id="deadlines-h">{t('deadlines', lang)}</h2>
        <Deadlines pack={pack} sla={sla} />
        <h3>{t('now', lang)}</h3>
        <NowControls
          startIso={sla.receivedAt}
          dues={[sla.firstResponseDue, sla.disposalDue]}
          timeZone={pack.timezone}
          now={props.now}
          nowIso={nowIso}
          onNow={props.onNow}
        />
        {Array.isArray(status) ? <IssueList issues={status} /> : <StatusTable status={status} />}
      </section>
      <CalendarPanel calendarId={sla.calendar} marks={marks} />
    </div>
  );
}

/** The class, its source, the receipt and each deadline with how it was counted, and the notes. */
function Deadlines(props: { pack: PolicyPack; sla: Sla }) {
  const lang = useLang();
  const { sla } = props;
  return (
    <>
      <p>
        <b>{pick(sla.className, lang)}</b> <code>{sla.class}</code>
        {sla.assistFirst && ` · ${t('assistFirst', lang)}`} ·{' '}
        <PackSource pack={props.pack} id={sla.source?.id} verified={sla.verified} />
      </p>
      <dl class="deadlines" data-testid="deadlines">
        <div>
          <dt>{t('legendReceived', lang)}</dt>
          <dd>{shortTime(sla.receivedAt)}</dd>
        </div>
        {LIMITS.map((name) => {
          const limit = sla.limits[name];
          return limit ? (
            <div key={name} data-testid={`due-${name}`}>
              <dt>{t(name, lang)}</dt>
              <dd>
                <DueText due={limit.due} provisional={limit.provisional} />{' '}
                <span class="meta">({limitText(limit, lang)})</span>
              </dd>
            </div>
          ) : null;
        })}
      </dl>
      <NoteList notes={sla.notes} testId="sla-notes" />
    </>
  );
}

function limitText(limit: SlaLimit, lang: Lang): string {
  if (limit.kind === 'clock') return `${durationWords(limit.value, lang)}, ${t('clock', lang)}`;
  const days = `${limit.value} ${t('workingDays', lang)}`;
  return limit.countsFrom ? `${days}, ${t('countsFrom', lang, { day: limit.countsFrom })}` : days;
}

function StatusTable(props: { status: SlaStatusResult }) {
  const lang = useLang();
  const rows = LIMITS.filter((n) => props.status[n]);
  return (
    <Table head={['deadlines', 'state', 'used']} class="status-table" testId="sla-status">
      {rows.map((name) => (
        <tr key={name}>
          <th scope="row">{t(name, lang)}</th>
          <StateCells
            kind="deadline"
            state={props.status[name]!.state}
            remaining={props.status[name]!.remaining}
            overdue={props.status[name]!.overdue}
            elapsedShare={props.status[name]!.elapsedShare}
            label={t(name, lang)}
          />
        </tr>
      ))}
    </Table>
  );
}

/** A state in words, the time left or over, and the share of the time used (none when it cannot be said). */
export function StateCells(props: {
  /** A deadline's state, or a stage's. */
  kind: 'deadline' | 'stage';
  state: string | undefined;
  remaining?: string;
  overdue?: string;
  elapsedShare?: number;
  label: string;
}) {
  const lang = useLang();
  const pct = props.elapsedShare === undefined ? undefined : Math.round(props.elapsedShare * 100);
  return (
    <>
      <td>
        {props.state && <span class={`state state-${props.state}`}>{stateWord(props.kind, props.state, lang)}</span>}{' '}
        {props.remaining && `${t('remaining', lang)} ${durationWords(props.remaining, lang)}`}
        {props.overdue && `${t('overdue', lang)} ${durationWords(props.overdue, lang)}`}
      </td>
      <td>
        {pct === undefined ? (
          '—'
        ) : (
          <>
            <progress max={100} value={pct} aria-label={`${props.label} ${t('used', lang)}`} /> {pct}%
          </>
        )}
      </td>
    </>
  );
}

/** Receipt, the working days counted for the disposal (else first-response) limit, the deadlines and "now". */
function slaMarks(sla: Sla, nowIso: string, lang: Lang) {
  const marks = new DayMarks();
  marks.add(sla.receivedAt.slice(0, 10), { kind: 'received' });
  const disposal = sla.limits.disposal;
  const counted = disposal?.kind === 'working-days' && disposal.due ? disposal : sla.limits.firstResponse;
  if (counted?.kind === 'working-days') marks.addCounted(sla.calendar, counted.countsFrom, counted.due);
  for (const name of LIMITS) {
    const limit = sla.limits[name];
    if (!limit?.due) continue;
    const provisional = limit.provisional ? ` (${t('provisional', lang)})` : '';
    marks.add(limit.due.slice(0, 10), {
      kind: 'due',
      label: `${t(name, lang)} ${limit.due.slice(11, 16)}${provisional}`,
    });
  }
  marks.add(nowIso.slice(0, 10), { kind: 'now' });
  return marks.byDay;
}
