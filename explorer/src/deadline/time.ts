/** Wall times in a pack's zone (what a `datetime-local` input holds) and calendar-day arithmetic for the grid. */
import { formatInZone } from 'safetynet-cn';
import { t } from '../i18n.js';

/** `2024-09-30T17:30` in `Asia/Shanghai` → `2024-09-30T17:30:00+08:00` (the zone's offset at that moment). */
export function wallToIso(local: string, timeZone: string): string {
  const [day, time] = local.split('T');
  const guess = Date.parse(`${day}T${time}:00Z`);
  let offset = formatInZone(new Date(guess), timeZone).slice(-6);
  const instant = Date.parse(`${day}T${time}:00${offset}`);
  offset = formatInZone(new Date(instant), timeZone).slice(-6);
  return `${day}T${time}:00${offset}`;
}

/** An instant as a wall time in the zone, for a `datetime-local` input: `2024-09-30T17:30`. */
export function isoToWall(instant: Date | string, timeZone: string): string {
  return formatInZone(instant, timeZone).slice(0, 16);
}

/** `2024-10-09T23:59:59.999+08:00` → `2024-10-09 23:59`. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** The day after (or `n` days after) a `YYYY-MM-DD` day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map((x) => Number.parseInt(x, 10)) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(day: string): number {
  const [y, m, d] = day.split('-').map((x) => Number.parseInt(x, 10)) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** `YYYY-MM` of every month from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map((x) => Number.parseInt(x, 10)) as [number, number];
  const end = to.slice(0, 7);
  for (let i = 0; i < 24; i++) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    out.push(ym);
    if (ym >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** An ISO 8601 duration (`P1DT2H30M`, `PT10M`) in words. */
export function durationWords(iso: string | undefined, lang: 'zh' | 'en'): string {
  if (!iso) return '';
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
  if (!m) return iso;
  const units: [string | undefined, string, string][] = [
    [m[1], '天', 'd'],
    [m[2], '小时', 'h'],
    [m[3], '分', 'min'],
  ];
  const parts = units
    .filter(([n]) => n && n !== '0')
    .map(([n, zh, en]) => (lang === 'zh' ? `${n}${zh}` : `${n} ${en}`));
  if (parts.length === 0) return lang === 'zh' ? '不到 1 分钟' : 'under a minute';
  return parts.join(lang === 'zh' ? '' : ' ');
}

/** An urgency class's limit as the pack writes it — an ISO 8601 duration or working days — in words. */
export function limitWords(limit: string | { workingDays: number } | undefined, lang: 'zh' | 'en'): string {
  if (limit === undefined) return '—';
  if (typeof limit !== 'string') return `${limit.workingDays} ${t('workingDays', lang)}`;
  const words = durationWords(limit, lang);
  return words === limit ? limit : `${words} (${limit})`;
}
