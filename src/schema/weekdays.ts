/**
 * Days of the week, as written in calendar files, indexed like `Date.prototype.getDay` (0 = Sunday).
 *
 * @example
 * WEEKDAYS[new Date('2024-02-04T00:00:00Z').getUTCDay()]; // 'sunday'
 */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** A day of the week, as written in calendar files. */
export type Weekday = (typeof WEEKDAYS)[number];
