/**
 * Dates and instants: the one check of a `YYYY-MM-DD` day, timestamps with offsets, ages, time zones.
 * Pure and allocation-light; the working-day calendar builds on it.
 */
export { ageOn } from './age.js';
export {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatDayNumber,
  parseDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './day-number.js';
export { parseInstant, printable, type InstantProblem } from './instant.js';
export { assertIsoDay, isIsoDay } from './iso-day.js';
export { DATE_MESSAGES, dateIssue } from './messages.js';
export { isTimeZone } from './time-zone.js';
