/**
 * Month grids of the working-day calendar (`dayKind`): public holidays with their names, make-up working days,
 * weekends, and the days of a case — receipt, the working days counted, the deadlines and "now".
 */
import { type DayInfo, dayKind, type WorkingCalendar } from 'safetynet-cn';
import { pick, t, useLang } from '../i18n.js';
import { addDays, weekdayIndex } from './time.js';

/** What happens on a day of the case. */
export type DayMark =
  | { kind: 'received'; label?: string }
  | { kind: 'counted'; n: number }
  | { kind: 'due'; label: string }
  | { kind: 'now' };

function kindOf(calendar: WorkingCalendar, day: string): DayInfo | undefined {
  try {
    return dayKind(calendar, day);
  } catch {
    return undefined; // a year the calendar does not cover: shown as such, never guessed
  }
}

export function MonthCalendar(props: {
  calendar: WorkingCalendar;
  month: string;
  marks: ReadonlyMap<string, readonly DayMark[]>;
}) {
  const lang = useLang();
  const first = `${props.month}-01`;
  const days: string[] = [];
  for (let d = first; d.startsWith(props.month); d = addDays(d, 1)) days.push(d);
  const lead = weekdayIndex(first);
  const cells: (string | undefined)[] = [...Array<undefined>(lead).fill(undefined), ...days];
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const names = [...t('weekdays', lang)];
  const caption = lang === 'zh' ? `${props.month.slice(0, 4)} 年 ${Number(props.month.slice(5))} 月` : props.month;
  return (
    <table class="month" data-month={props.month}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {names.map((n, i) => (
            <th key={i} scope="col">
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, i) =>
              day ? <DayCell key={day} day={day} {...props} /> : <td key={`x${i}`} class="pad" />,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell(props: { day: string; calendar: WorkingCalendar; marks: ReadonlyMap<string, readonly DayMark[]> }) {
  const lang = useLang();
  const info = kindOf(props.calendar, props.day);
  const marks = props.marks.get(props.day) ?? [];
  const kind = info?.kind ?? 'uncovered';
  const words: string[] = [props.day];
  if (info?.kind === 'holiday') words.push(`${pick(info.holiday, lang)} (${t('legendHoliday', lang)})`);
  if (info?.kind === 'makeup-workday') words.push(t('legendMakeup', lang));
  if (info?.kind === 'weekend') words.push(t('legendWeekend', lang));
  if (!info) words.push(t('notCovered', lang));
  for (const m of marks) {
    if (m.kind === 'received') words.push(m.label ?? t('legendReceived', lang));
    if (m.kind === 'counted') words.push(`${t('legendCounted', lang)} ${m.n}`);
    if (m.kind === 'due') words.push(m.label);
    if (m.kind === 'now') words.push(t('legendNow', lang));
  }
  const classes = ['day', `kind-${kind}`, ...marks.map((m) => `mark-${m.kind}`)].join(' ');
  const counted = marks.find((m) => m.kind === 'counted');
  return (
    <td class={classes} data-day={props.day} title={words.join(' · ')}>
      <span class="visually-hidden">{words.join(' · ')}</span>
      <span aria-hidden="true" class="day-number">
        {Number(props.day.slice(8))}
      </span>
      <span aria-hidden="true" class="day-tags">
        {info?.kind === 'holiday' && <span class="tag holiday">{pick(info.holiday, lang)}</span>}
        {info?.kind === 'makeup-workday' && <span class="tag makeup">{t('makeupShort', lang)}</span>}
        {counted?.kind === 'counted' && <span class="tag counted">#{counted.n}</span>}
        {marks.map((m, i) =>
          m.kind === 'received' ? (
            <span key={`r${i}`} class="tag received">
              {m.label ?? t('legendReceived', lang)}
            </span>
          ) : null,
        )}
        {marks.map((m, i) =>
          m.kind === 'due' ? (
            <span key={i} class="tag due">
              {m.label}
            </span>
          ) : null,
        )}
        {marks.some((m) => m.kind === 'now') && <span class="tag now">{t('legendNow', lang)}</span>}
      </span>
    </td>
  );
}

/** The legend of the grid, in words and the same styles. */
export function CalendarLegend() {
  const lang = useLang();
  return (
    <ul class="legend">
      <li>
        <span class="swatch kind-holiday" /> {t('legendHoliday', lang)}
      </li>
      <li>
        <span class="swatch kind-makeup-workday" /> {t('legendMakeup', lang)}
      </li>
      <li>
        <span class="swatch kind-weekend" /> {t('legendWeekend', lang)}
      </li>
      <li>
        <span class="swatch mark-counted" /> {t('legendCounted', lang)}
      </li>
      <li>
        <span class="swatch mark-due" /> {t('legendDue', lang)}
      </li>
      <li>
        <span class="swatch mark-now" /> {t('legendNow', lang)}
      </li>
    </ul>
  );
}
