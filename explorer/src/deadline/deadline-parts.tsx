/**
 * What the two deadline views (an urgency class, a procedure) share: a due date or why there is none, the notes,
 * "now" typed or slid, and the month calendar with the days of the case.
 */
import { getBundledCalendar, isWorkingDay, type SlaNote, withWeekendFallback } from 'safetynet-cn';
import { pick, t, useLang } from '../i18n.js';
import { CalendarLegend, type DayMark, MonthCalendar } from './month-calendar.js';
import { addDays, isoToWall, monthsBetween, shortTime } from './time.js';

/** A due date; "not computable" when it is `null` (a note says why); marked when provisional. */
export function DueText(props: { due: string | null | undefined; provisional?: boolean }) {
  const lang = useLang();
  if (props.due === undefined) return <span>—</span>;
  if (props.due === null) {
    return (
      <span class="mark warn not-computable" data-testid="not-computable">
        ⚠ {t('notComputable', lang)}
      </span>
    );
  }
  return (
    <>
      <b>{shortTime(props.due)}</b>
      {props.provisional && (
        <span class="mark warn provisional" data-testid="provisional">
          {' '}
          ⚠ {t('provisional', lang)}
        </span>
      )}
    </>
  );
}

/** Remarks on deadlines, in the catalogue's words, with what to do where there is something to do. */
export function NoteList(props: { notes: readonly SlaNote[]; testId?: string }) {
  const lang = useLang();
  if (props.notes.length === 0) return null;
  return (
    <ul class="notes" data-testid={props.testId}>
      {props.notes.map((n, i) => (
        <li key={i} data-code={n.code}>
          {pick(n.text, lang)}
          {n.fix && <div class="meta">{pick(n.fix, lang)}</div>}
        </li>
      ))}
    </ul>
  );
}

/** "Now": typed, or slid from the start to two days after the last deadline (in 30-minute steps). */
export function NowControls(props: {
  startIso: string;
  dues: readonly (string | null | undefined)[];
  timeZone: string;
  now: string;
  nowIso: string;
  onNow: (now: string) => void;
}) {
  const lang = useLang();
  const { timeZone } = props;
  const startMs = Date.parse(props.startIso);
  const dues = props.dues.filter((d): d is string => typeof d === 'string');
  const lastMs = Math.max(startMs, Date.parse(props.nowIso), ...dues.map((d) => Date.parse(d)));
  const span = Math.ceil((lastMs - startMs) / 60_000) + 2 * 24 * 60;
  const at = Math.round((Date.parse(props.nowIso) - startMs) / 60_000);
  return (
    <div class="now-controls">
      <label>
        {t('now', lang)}{' '}
        <input
          type="datetime-local"
          data-testid="now"
          value={props.now || isoToWall(props.startIso, timeZone)}
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
            props.onNow(isoToWall(new Date(startMs + minutes * 60_000), timeZone));
          }}
        />
      </label>
    </div>
  );
}

/** The months from the first to the last day of the case, with holidays, make-up days and the case's days. */
export function CalendarPanel(props: { calendarId: string; marks: ReadonlyMap<string, readonly DayMark[]> }) {
  const lang = useLang();
  const calendar = getBundledCalendar(props.calendarId);
  const days = [...props.marks.keys()].sort();
  const months = days.length ? monthsBetween(days[0]!, days[days.length - 1]!) : [];
  return (
    <section aria-labelledby="calendar-h">
      <h2 id="calendar-h">
        {t('calendarTitle', lang)} <span class="meta">{pick(calendar.name, lang)}</span>
      </h2>
      <CalendarLegend />
      <div class="months" data-testid="calendar">
        {months.map((m) => (
          <MonthCalendar key={m} calendar={calendar} month={m} marks={props.marks} />
        ))}
      </div>
    </section>
  );
}

/** Collects the marks of a case, day by day. */
export class DayMarks {
  readonly byDay = new Map<string, DayMark[]>();

  add(day: string, mark: DayMark): void {
    this.byDay.set(day, [...(this.byDay.get(day) ?? []), mark]);
  }

  /**
   * The working days counted for a limit, numbered from 1. Years the calendar lacks are counted on weekends
   * only, as the library does for a provisional deadline (a covered year keeps its official days).
   */
  addCounted(calendarId: string, countsFrom: string | null | undefined, due: string | null | undefined): void {
    if (!countsFrom || !due) return;
    const last = due.slice(0, 10);
    const calendar = withWeekendFallback(
      getBundledCalendar(calendarId),
      Number(countsFrom.slice(0, 4)),
      Number(last.slice(0, 4)),
    );
    let n = 0;
    for (let d = countsFrom; d <= last; d = addDays(d, 1)) {
      if (isWorkingDay(calendar, d)) this.add(d, { kind: 'counted', n: ++n });
    }
  }
}
