import { describe, expect, it } from 'vitest';
import { getBundledCalendar } from '../pack/index.js';
import { addOfficeHours } from './addOfficeHours.js';
import { codeOf } from '../../test/helpers/errors.js';

const cal = getBundledCalendar('cn-mainland');
const hours = { start: '08:30', end: '17:30' };

describe('addOfficeHours', () => {
  it.each([
    [
      'Friday 16:30 + 2 h: one hour Friday, one Monday',
      '2024-09-20T16:30:00+08:00',
      'PT2H',
      '2024-09-23T09:30:00.000+08:00',
    ],
    [
      'Friday 16:30 + 2 h before Mid-Autumn: Saturday 09-14 is a make-up working day',
      '2024-09-13T16:30:00+08:00',
      'PT2H',
      '2024-09-14T09:30:00.000+08:00',
    ],
    [
      'Monday 16:30 before National Day + 2 h: resumes 10-08',
      '2024-09-30T16:30:00+08:00',
      'PT2H',
      '2024-10-08T09:30:00.000+08:00',
    ],
    [
      'exactly the rest of the day ends at closing, not next morning',
      '2024-09-20T16:30:00+08:00',
      'PT1H',
      '2024-09-20T17:30:00.000+08:00',
    ],
    [
      'received at closing time: starts next working day',
      '2024-09-20T17:30:00+08:00',
      'PT1H',
      '2024-09-23T09:30:00.000+08:00',
    ],
    [
      'received before opening: starts at opening',
      '2024-09-23T07:00:00+08:00',
      'PT1H',
      '2024-09-23T09:30:00.000+08:00',
    ],
    ['received in the evening', '2024-09-23T20:00:00+08:00', 'PT30M', '2024-09-24T09:00:00.000+08:00'],
    ['received on a holiday', '2024-10-03T10:00:00+08:00', 'PT2H', '2024-10-08T10:30:00.000+08:00'],
    ['received in UTC, Sunday night in Shanghai', '2024-09-22T15:00:00Z', 'PT1H', '2024-09-23T09:30:00.000+08:00'],
    ['more than a day of office time', '2024-09-23T09:00:00+08:00', 'PT18H', '2024-09-25T09:00:00.000+08:00'],
    [
      '24 office hours span the National Day break',
      '2024-09-30T08:30:00+08:00',
      'PT24H',
      '2024-10-09T14:30:00.000+08:00',
    ],
    ['zero ends where it starts', '2024-10-03T10:00:00+08:00', 'PT0S', '2024-10-03T10:00:00.000+08:00'],
    [
      'seconds and milliseconds are kept',
      '2024-09-23T09:00:00.250+08:00',
      'PT1M30.5S',
      '2024-09-23T09:01:30.750+08:00',
    ],
  ])('%s', (_name, start, duration, due) => {
    expect(addOfficeHours(cal, start, duration, hours)).toBe(due);
  });

  it('accepts a Date', () => {
    expect(addOfficeHours(cal, new Date('2024-09-20T08:30:00Z'), 'PT2H', hours)).toBe('2024-09-23T09:30:00.000+08:00');
  });

  it('refuses bad office hours, durations with days, bad timestamps and uncovered years', () => {
    expect(
      codeOf(() => addOfficeHours(cal, '2024-09-20T16:30:00+08:00', 'PT1H', { start: '17:30', end: '08:30' })),
    ).toBe('calendar_bad_office_hours');
    expect(
      codeOf(() => addOfficeHours(cal, '2024-09-20T16:30:00+08:00', 'PT1H', { start: '8:30', end: '17:30' })),
    ).toBe('calendar_bad_office_hours');
    expect(
      codeOf(() => addOfficeHours(cal, '2024-09-20T16:30:00+08:00', 'PT1H', { start: '08:30', end: '08:30' })),
    ).toBe('calendar_bad_office_hours');
    expect(codeOf(() => addOfficeHours(cal, '2024-09-20T16:30:00+08:00', 'P1D', hours))).toBe('calendar_bad_duration');
    expect(codeOf(() => addOfficeHours(cal, '2024-09-20T16:30:00+08:00', '1H', hours))).toBe('calendar_bad_duration');
    expect(codeOf(() => addOfficeHours(cal, '2024-09-20T16:30:00', 'PT1H', hours))).toBe('calendar_bad_date');
    // 2026-12-31 17:00: half an hour left that day, the rest needs 2027, which has no official notice yet.
    expect(codeOf(() => addOfficeHours(cal, '2026-12-31T17:00:00+08:00', 'PT1H', hours))).toBe(
      'calendar_year_not_covered',
    );
    expect(addOfficeHours(cal, '2026-12-31T17:00:00+08:00', 'PT30M', hours)).toBe('2026-12-31T17:30:00.000+08:00');
  });
});
