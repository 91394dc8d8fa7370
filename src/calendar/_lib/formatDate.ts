/**
 * The two date formats the calendar writes, from a date's own getters (a `TZDate` answers in its zone), as
 * date-fns `format` writes `yyyy-MM-dd` and `yyyy-MM-dd'T'HH:mm:ss.SSSxxx` (a test holds them equal). Two
 * small functions instead of date-fns `format`, which brings every token and the English locale into a
 * browser bundle.
 */

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `yyyy`: the year of the era, at least four digits (year 0 is 1 BC, as date-fns writes it). */
const yearOf = (date: Date) => {
  const y = date.getFullYear();
  return pad(y > 0 ? y : 1 - y, 4);
};

/** `yyyy-MM-dd`. */
export function formatIsoDay(date: Date): string {
  return `${yearOf(date)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** `yyyy-MM-dd'T'HH:mm:ss.SSSxxx`, e.g. `2024-09-30T18:30:00.000+08:00`. */
export function formatIsoWithOffset(date: Date): string {
  const offset = date.getTimezoneOffset();
  const abs = Math.abs(offset);
  const zone = `${offset > 0 ? '-' : '+'}${pad(Math.trunc(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  const time = `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
  return `${formatIsoDay(date)}T${time}.${pad(date.getMilliseconds(), 3)}${zone}`;
}
