/**
 * Working-day calendars: official holidays and make-up working days, per year, from cited notices; day
 * lookups; working-day and clock deadlines. Every function is pure and refuses (throws `CalendarError`)
 * rather than guesses when a year is not covered.
 */
export { addClockDuration } from './addClockDuration.js';
export { addWorkingDays } from './addWorkingDays.js';
export { coversDay } from './coversDay.js';
export { dayKind } from './dayKind.js';
export { endOfLocalDay } from './endOfLocalDay.js';
export { formatInZone } from './formatInZone.js';
export { isHoliday } from './isHoliday.js';
export { isWorkingDay } from './isWorkingDay.js';
export { localDay } from './localDay.js';
export { parseIsoDuration, type IsoDuration } from './parseIsoDuration.js';
export { calendarFileSchema, type CalendarFile, type CalendarYearFile } from '../schema/index.js';
export {
  parseCalendar,
  validateCalendar,
  type CalendarInput,
  type CalendarSourcePosition,
  type ValidateCalendarOptions,
} from './validateCalendar.js';
export { withWeekendFallback } from './withWeekendFallback.js';
export { workingDaysDeadline, type WorkingDaysDeadlineOptions } from './workingDaysDeadline.js';
export {
  WEEKDAYS,
  type CalendarHoliday,
  type CalendarSource,
  type DayInfo,
  type DayKind,
  type FallbackCalendar,
  type Weekday,
  type WorkingCalendar,
} from './types.js';
export { addReviewPeriod } from './addReviewPeriod.js';
export { toEpochMs } from './_lib/toEpochMs.js';
export { CALENDAR_MESSAGES, calendarIssue, type CalendarIssueCode } from './messages.js';
export {
  CALENDAR_RUNTIME_MESSAGES,
  calendarRuntimeIssue,
  type CalendarRuntimeIssueCode,
} from './runtime-messages.js';
export { buildCalendar } from './_lib/buildCalendar.js';
