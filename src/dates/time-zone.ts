/** Zones already checked: Intl construction is slow, and callers pass the same zone over and over. */
const KNOWN_ZONES = new Set<string>();
/** Fixed offsets that @date-fns/tz accepts as a zone: `+08:00`, `-0530`, `+08`. */
const OFFSET_ZONE = /^[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?$/;

/** Whether `timeZone` is an IANA zone name (or fixed offset) this runtime knows. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  if (KNOWN_ZONES.has(timeZone)) return true;
  if (!OFFSET_ZONE.test(timeZone)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      return false;
    }
  }
  KNOWN_ZONES.add(timeZone);
  return true;
}
