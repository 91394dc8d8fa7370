import { describe, expect, it } from 'vitest';
import { addClockDuration } from './addClockDuration.js';
import { parseIsoDuration } from './parseIsoDuration.js';
import { codeOf } from '../../test/helpers/errors.js';

const SH = 'Asia/Shanghai';

describe('addClockDuration', () => {
  it('runs on the clock, through nights, weekends and holidays', () => {
    expect(addClockDuration('2024-09-30T17:30:00+08:00', 'PT1H', SH)).toBe('2024-09-30T18:30:00.000+08:00');
    expect(addClockDuration('2024-09-30T23:30:00+08:00', 'PT1H', SH)).toBe('2024-10-01T00:30:00.000+08:00');
    expect(addClockDuration('2024-09-30T17:30:00+08:00', 'PT24H', SH)).toBe('2024-10-01T17:30:00.000+08:00');
    expect(addClockDuration('2024-09-30T09:30:00Z', 'P2D', SH)).toBe('2024-10-02T17:30:00.000+08:00');
    expect(addClockDuration('2024-09-30T17:30:00+08:00', 'P1DT12H30M', SH)).toBe('2024-10-02T06:00:00.000+08:00');
    expect(addClockDuration('2024-09-30T17:30:00+08:00', 'PT0.5S', SH)).toBe('2024-09-30T17:30:00.500+08:00');
    expect(addClockDuration(new Date('2024-09-30T09:30:00Z'), 'PT90M', SH)).toBe('2024-09-30T19:00:00.000+08:00');
    expect(addClockDuration('2024-01-31T10:00:00+08:00', 'P1M', SH)).toBe('2024-02-29T10:00:00.000+08:00');
    expect(addClockDuration('2024-09-30T17:30:00+08:00', 'P1W', SH)).toBe('2024-10-07T17:30:00.000+08:00');
  });

  it('P1D keeps the wall-clock time across daylight saving; PT24H is elapsed time', () => {
    expect(addClockDuration('2024-03-09T12:00:00-05:00', 'P1D', 'America/New_York')).toBe(
      '2024-03-10T12:00:00.000-04:00',
    );
    expect(addClockDuration('2024-03-09T12:00:00-05:00', 'PT24H', 'America/New_York')).toBe(
      '2024-03-10T13:00:00.000-04:00',
    );
  });

  it('rejects bad durations, instants and zones with typed errors', () => {
    expect(codeOf(() => addClockDuration('2024-09-30T17:30:00+08:00', '1 hour', SH))).toBe('calendar_bad_duration');
    expect(codeOf(() => addClockDuration('2024-09-30T17:30:00', 'PT1H', SH))).toBe('calendar_bad_date');
    expect(codeOf(() => addClockDuration('2024-09-30T17:30:00+08:00', 'PT1H', 'Nowhere'))).toBe(
      'calendar_bad_timezone',
    );
    expect(codeOf(() => addClockDuration('2024-09-30T17:30:00+08:00', 'P999999999Y', SH))).toBe(
      'calendar_bad_duration',
    );
  });
});

describe('parseIsoDuration', () => {
  it('reads every part', () => {
    expect(parseIsoDuration('PT1H')).toEqual({
      years: 0,
      months: 0,
      weeks: 0,
      days: 0,
      hours: 1,
      minutes: 0,
      seconds: 0,
    });
    expect(parseIsoDuration('P1Y2M3W4DT5H6M7.5S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7.5,
    });
    expect(parseIsoDuration('P0D').days).toBe(0);
    expect(Object.isFrozen(parseIsoDuration('P2D'))).toBe(true);
  });

  it('rejects anything that is not strict ISO 8601', () => {
    const bad = [
      '',
      'P',
      'PT',
      'P1DT',
      '1H',
      'pt1h',
      'PT1h',
      'P1d',
      '-PT1H',
      '+PT1H',
      'P1.5D',
      'PT1.5H',
      'PT1H30',
      'P1H',
      'PT1D',
      ' PT1H',
      'PT1H ',
      'P1M1Y',
      'PT1M1H',
      'P1W1Y',
      'PT1.1234S',
      'PT1,5S',
      'P1234567890D',
      'PT1H\n',
    ];
    for (const text of bad)
      expect(
        codeOf(() => parseIsoDuration(text)),
        JSON.stringify(text),
      ).toBe('calendar_bad_duration');
    expect(codeOf(() => parseIsoDuration(null as unknown as string))).toBe('calendar_bad_duration');
  });
});
