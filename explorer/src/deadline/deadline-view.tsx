/**
 * Watch a deadline: a receipt time and an urgency class or a procedure → the deadlines on a month calendar, and
 * their state at "now".
 */
import { useMemo } from 'preact/hooks';
import { computeSla, type Issue, type PolicyPack, SafetynetError, type Sla, type UncoveredYears } from 'safetynet-cn';
import { IssueList } from '../common.js';
import { pick, t, useLang } from '../i18n.js';
import type { PackEntry } from '../packs.js';
import { CaseDetails } from './case-details.js';
import { isWallTime } from './case-input.js';
import { SlaDetails } from './sla-details.js';
import { limitWords, wallToIso } from './time.js';

export interface DeadlineState {
  /** Receipt (or the first event of a procedure) as a wall time in the pack's zone: `2024-09-30T17:30`. */
  readonly received: string;
  /** What the deadlines are for: an urgency class id, or `procedure:<id>`. */
  readonly what?: string;
  /** "Now" as a wall time in the pack's zone. */
  readonly now: string;
  /** A procedure's events after the first, as wall times by event type. */
  readonly events?: Readonly<Record<string, string>>;
  /** A procedure's extension in force, by stage. */
  readonly extensions?: Readonly<Record<string, string>>;
  /** Count years the calendar lacks on weekends only (provisional deadlines) instead of refusing them. */
  readonly weekends?: boolean;
}

const PROCEDURE = 'procedure:';

type Computed = { sla: Sla } | { issues: readonly Issue[] };

function computeFor(pack: PolicyPack, received: string, urgency: string, uncoveredYears: UncoveredYears): Computed {
  try {
    return { sla: computeSla(pack, { receivedAt: wallToIso(received, pack.timezone), urgency }, { uncoveredYears }) };
  } catch (e) {
    if (e instanceof SafetynetError) return { issues: e.issues };
    throw e;
  }
}

/** The choices: the pack's urgency classes by priority, then its procedures. */
function choicesOf(pack: PolicyPack): { classes: string[]; procedures: string[] } {
  const classes = Object.entries(pack.urgency?.classes ?? {}).sort(([, a], [, b]) => a.priority - b.priority);
  return { classes: classes.map(([id]) => id), procedures: Object.keys(pack.procedures) };
}

export function DeadlineView(props: { entry: PackEntry; state: DeadlineState; onState: (s: DeadlineState) => void }) {
  const lang = useLang();
  const { pack } = props.entry;
  const { state } = props;
  const choices = useMemo(() => choicesOf(pack), [pack]);
  const values = [...choices.classes, ...choices.procedures.map((p) => PROCEDURE + p)];
  const what = state.what && values.includes(state.what) ? state.what : values[0];
  const set = (patch: Partial<DeadlineState>) => props.onState({ ...state, ...patch });
  const uncoveredYears: UncoveredYears = state.weekends ? 'weekends-only' : 'refuse';
  if (!what) {
    return (
      <div class="view deadline-view">
        <p>{t('noUrgency', lang)}</p>
      </div>
    );
  }
  return (
    <div class="view deadline-view">
      <Toolbar pack={pack} state={state} what={what} onState={set} />
      {!isWallTime(state.received) ? null : what.startsWith(PROCEDURE) ? (
        <CaseDetails
          pack={pack}
          procedureId={what.slice(PROCEDURE.length)}
          form={{ received: state.received, events: state.events ?? {}, extensions: state.extensions ?? {} }}
          now={isWallTime(state.now) ? state.now : ''}
          uncoveredYears={uncoveredYears}
          onForm={(f) => set({ events: f.events, extensions: f.extensions })}
          onNow={(now) => set({ now })}
        />
      ) : (
        <ClassDeadlines pack={pack} state={state} urgency={what} uncoveredYears={uncoveredYears} onState={set} />
      )}
    </div>
  );
}

function ClassDeadlines(props: {
  pack: PolicyPack;
  state: DeadlineState;
  urgency: string;
  uncoveredYears: UncoveredYears;
  onState: (patch: Partial<DeadlineState>) => void;
}) {
  const lang = useLang();
  const { pack, state } = props;
  const computed = useMemo(
    () => computeFor(pack, state.received, props.urgency, props.uncoveredYears),
    [pack, state.received, props.urgency, props.uncoveredYears],
  );
  if ('issues' in computed) {
    return (
      <>
        <p class="error-text">{t('slaError', lang)}</p>
        <IssueList issues={computed.issues} testId="sla-issues" />
      </>
    );
  }
  const now = isWallTime(state.now) ? state.now : '';
  return <SlaDetails pack={pack} sla={computed.sla} now={now} onNow={(n) => props.onState({ now: n })} />;
}

/** The receipt time, a class or a procedure, and whether uncovered years may be counted on weekends only. */
function Toolbar(props: {
  pack: PolicyPack;
  state: DeadlineState;
  what: string;
  onState: (patch: Partial<DeadlineState>) => void;
}) {
  const lang = useLang();
  const { pack, state } = props;
  return (
    <div class="toolbar">
      <label>
        {props.what.startsWith(PROCEDURE) ? t('startedAt', lang) : t('receivedAt', lang)}{' '}
        <input
          type="datetime-local"
          data-testid="received"
          value={state.received}
          onInput={(e) => props.onState({ received: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <DeadlineFor pack={pack} what={props.what} onWhat={(what) => props.onState({ what })} />
      <label>
        <input
          type="checkbox"
          data-testid="weekends-fallback"
          checked={state.weekends ?? false}
          onChange={(e) => props.onState({ weekends: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('weekendsFallback', lang)}
      </label>
    </div>
  );
}

/** One select: the pack's urgency classes, then its procedures. */
function DeadlineFor(props: { pack: PolicyPack; what: string; onWhat: (what: string) => void }) {
  const lang = useLang();
  const { pack } = props;
  const { classes, procedures } = choicesOf(pack);
  return (
    <label>
      {t('deadlineFor', lang)}{' '}
      <select
        data-testid="deadline-for"
        value={props.what}
        onChange={(e) => props.onWhat((e.currentTarget as HTMLSelectElement).value)}
      >
        {classes.length > 0 && (
          <optgroup label={t('urgencyClass', lang)}>
            {classes.map((id) => {
              const c = pack.urgency!.classes[id]!;
              return (
                <option key={id} value={id}>
                  {pick(c.name, lang)} ({id}) · {t('firstResponse', lang)} {limitWords(c.firstResponse, lang)} ·{' '}
                  {t('disposal', lang)} {limitWords(c.disposal, lang)}
                </option>
              );
            })}
          </optgroup>
        )}
        {procedures.length > 0 && (
          <optgroup label={t('procedures', lang)}>
            {procedures.map((id) => (
              <option key={id} value={PROCEDURE + id}>
                {pick(pack.procedures[id]!.name, lang)} ({id})
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
