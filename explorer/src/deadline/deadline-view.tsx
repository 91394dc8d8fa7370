/** Watch a deadline: a receipt time and an urgency class → the deadlines on a month calendar, and their state at "now". */
import { useMemo } from 'preact/hooks';
import {
  computeSla,
  getBundledCalendar,
  type Issue,
  isWorkingDay,
  type PolicyPack,
  SafetynetError,
  type Sla,
  type SlaLimit,
  type SlaStatusResult,
  slaStatus,
} from 'safetynet-cn';
import { IssueList, PackSource } from '../common.js';
import { type Lang, pick, t, useLang, word } from '../i18n.js';
import type { PackEntry } from '../packs.js';
import { limitWords } from '../pack/pack-view.js';
import { CalendarLegend, type DayMark, MonthCalendar } from './month-calendar.js';
import { addDays, durationWords, isoToWall, monthsBetween, shortTime, wallToIso } from './time.js';

export interface DeadlineState {
  /** Receipt as a wall time in the pack's zone: `2024-09-30T17:30`. */
  readonly received: string;
  readonly urgency?: string;
  /** "Now" as a wall time in the pack's zone. */
  readonly now: string;
}

type Computed = { sla: Sla } | { issues: readonly Issue[] };

function compute(pack: PolicyPack, state: DeadlineState, urgency: string): Computed {
  try {
    return { sla: computeSla(pack, { receivedAt: wallToIso(state.received, pack.timezone), urgency }) };
  } catch (e) {
    if (e instanceof SafetynetError) return { issues: e.issues };
    throw e;
  }
}

export function DeadlineView(props: { entry: PackEntry; state: DeadlineState; onState: (s: DeadlineState) => void }) {
  const lang = useLang();
  const { pack } = props.entry;
  const { state } = props;
  const classes = Object.entries(pack.urgency?.classes ?? {}).sort(([, a], [, b]) => a.priority - b.priority);
  const urgency = state.urgency && pack.urgency?.classes[state.urgency] ? state.urgency : classes[0]?.[0];
  const computed = useMemo(
    () => (urgency && state.received ? compute(pack, state, urgency) : undefined),
    [pack, state.received, urgency],
  );
  const set = (patch: Partial<DeadlineState>) => props.onState({ ...state, ...patch });

  if (classes.length === 0) {
    return (
      <div class="view deadline-view">
        <p>{t('noUrgency', lang)}</p>
      </div>
    );
  }
  return (
    <div class="view deadline-view">
      <div class="toolbar">
        <label>
          {t('receivedAt', lang)}{' '}
          <input
            type="datetime-local"
            data-testid="received"
            value={state.received}
            onInput={(e) => set({ received: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('urgencyClass', lang)}{' '}
          <select
            data-testid="urgency"
            value={urgency}
            onChange={(e) => set({ urgency: (e.currentTarget as HTMLSelectElement).value })}
          >
            {classes.map(([id, c]) => (
              <option key={id} value={id}>
                {pick(c.name, lang)} ({id}) · {t('firstResponse', lang)} {limitWords(c.firstResponse, lang)} ·{' '}
                {t('disposal', lang)} {limitWords(c.disposal, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!computed ? null : 'issues' in computed ? (
        <>
          <p class="error-text">{t('slaError', lang)}</p>
          <IssueList issues={computed.issues} testId="sla-issues" />
        </>
      ) : (
        <SlaDetails pack={pack} sla={computed.sla} state={state} onNow={(now) => set({ now })} />
      )}
    </div>
  );
}

function SlaDetails(props: { pack: PolicyPack; sla: Sla; state: DeadlineState; onNow: (now: string) => void }) {
  const lang = useLang();
  const { pack, sla } = props;
  const calendar = getBundledCalendar(sla.calendar);
  const nowIso = props.state.now ? wallToIso(props.state.now, pack.timezone) : sla.receivedAt;
  const status = useMemo((): SlaStatusResult | Issue[] => {
    try {
      return slaStatus(sla, {}, nowIso);
    } catch (e) {
      if (e instanceof SafetynetError) return [...e.issues];
      throw e;
    }
  }, [sla, nowIso]);
  const marks = useMemo(() => caseMarks(sla, calendar, nowIso, lang), [sla, calendar, nowIso, lang]);
  const dues = [sla.firstResponseDue, sla.disposalDue].filter((d): d is string => d !== undefined);
  const days = [sla.receivedAt.slice(0, 10), ...dues.map((d) => d.slice(0, 10)), nowIso.slice(0, 10)].sort();
  const months = monthsBetween(days[0]!, days[days.length - 1]!);
  return (
    <div class="two-columns">
      <section aria-labelledby="deadlines-h">
        <h2 id="deadlines-h">{t('deadlines', lang)}</h2>
        <Deadlines pack={pack} sla={sla} />
        <h3>{t('now', lang)}</h3>
        <NowControls sla={sla} timeZone={pack.timezone} now={props.state.now} nowIso={nowIso} onNow={props.onNow} />
        {Array.isArray(status) ? <IssueList issues={status} /> : <StatusTable status={status} />}
      </section>
      <section aria-labelledby="calendar-h">
        <h2 id="calendar-h">
          {t('calendarTitle', lang)} <span class="meta">{pick(calendar.name, lang)}</span>
        </h2>
        <CalendarLegend />
        <div class="months" data-testid="calendar">
          {months.map((m) => (
            <MonthCalendar key={m} calendar={calendar} month={m} marks={marks} />
          ))}
        </div>
      </section>
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
        {(['firstResponse', 'disposal'] as const).map((name) => {
          const limit = sla.limits[name];
          return limit ? (
            <div key={name} data-testid={`due-${name}`}>
              <dt>{t(name, lang)}</dt>
              <dd>
                <b>{shortTime(limit.due)}</b> <span class="meta">({limitText(limit, lang)})</span>
              </dd>
            </div>
          ) : null;
        })}
      </dl>
      {sla.notes.length > 0 && (
        <ul class="notes">
          {sla.notes.map((n, i) => (
            <li key={i}>{pick(n.text, lang)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "Now": typed, or slid from the receipt to two days after the last deadline (in 30-minute steps). */
function NowControls(props: { sla: Sla; timeZone: string; now: string; nowIso: string; onNow: (now: string) => void }) {
  const lang = useLang();
  const { sla, timeZone } = props;
  const receivedMs = Date.parse(sla.receivedAt);
  const dues = [sla.firstResponseDue, sla.disposalDue].filter((d): d is string => d !== undefined);
  const lastMs = Math.max(receivedMs, ...dues.map((d) => Date.parse(d)));
  const span = Math.ceil((lastMs - receivedMs) / 60_000) + 2 * 24 * 60;
  const at = Math.round((Date.parse(props.nowIso) - receivedMs) / 60_000);
  return (
    <div class="now-controls">
      <label>
        {t('now', lang)}{' '}
        <input
          type="datetime-local"
          data-testid="now"
          value={props.now || isoToWall(sla.receivedAt, timeZone)}
          onInput={(e) => props.onNow((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label class="slider">
        {t('nowSlider', lang)}
        <input
          type="range"
          min={0}
          max={span}
          step={30}
          value={Math.max(0, Math.min(span, at))}
          onInput={(e) => {
            const minutes = Number((e.currentTarget as HTMLInputElement).value);
            props.onNow(isoToWall(new Date(receivedMs + minutes * 60_000), timeZone));
          }}
        />
      </label>
    </div>
  );
}

function limitText(limit: SlaLimit, lang: Lang): string {
  if (limit.kind === 'clock') return `${durationWords(limit.value, lang)}, ${t('clock', lang)}`;
  return `${limit.value} ${t('workingDays', lang)}, ${t('countsFrom', lang, { day: limit.countsFrom })}`;
}

function StatusTable(props: { status: SlaStatusResult }) {
  const lang = useLang();
  const rows = (['firstResponse', 'disposal'] as const).filter((n) => props.status[n]);
  return (
    <table class="status-table" data-testid="sla-status">
      <thead>
        <tr>
          <th scope="col">{t('deadlines', lang)}</th>
          <th scope="col">{t('state', lang)}</th>
          <th scope="col">{t('used', lang)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((name) => {
          const s = props.status[name]!;
          const pct = Math.round(s.elapsedShare * 100);
          return (
            <tr key={name}>
              <th scope="row">{t(name, lang)}</th>
              <td>
                <span class={`state state-${s.state}`}>{word(s.state, lang)}</span>{' '}
                {s.remaining && `${t('remaining', lang)} ${durationWords(s.remaining, lang)}`}
                {s.overdue && `${t('overdue', lang)} ${durationWords(s.overdue, lang)}`}
              </td>
              <td>
                <progress max={100} value={pct} aria-label={`${t(name, lang)} ${t('used', lang)}`} /> {pct}%
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Receipt, the working days counted for each limit, the deadlines and "now", by day. */
function caseMarks(sla: Sla, calendar: ReturnType<typeof getBundledCalendar>, nowIso: string, lang: Lang) {
  const marks = new Map<string, DayMark[]>();
  const add = (day: string, m: DayMark) => marks.set(day, [...(marks.get(day) ?? []), m]);
  add(sla.receivedAt.slice(0, 10), { kind: 'received' });
  const disposal = sla.limits.disposal;
  const counted = disposal?.kind === 'working-days' ? disposal : sla.limits.firstResponse;
  if (counted?.kind === 'working-days') {
    let n = 0;
    for (let d = counted.countsFrom; d <= counted.due.slice(0, 10); d = addDays(d, 1)) {
      if (isWorkingDay(calendar, d)) add(d, { kind: 'counted', n: ++n });
    }
  }
  for (const name of ['firstResponse', 'disposal'] as const) {
    const limit = sla.limits[name];
    if (limit) add(limit.due.slice(0, 10), { kind: 'due', label: `${t(name, lang)} ${limit.due.slice(11, 16)}` });
  }
  add(nowIso.slice(0, 10), { kind: 'now' });
  return marks;
}
