import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarError } from '../errors/index.js';
import { endOfLocalDay } from './endOfLocalDay.js';
import { formatInZone } from './formatInZone.js';
import { localDay } from './localDay.js';
import { codeOf } from '../../test/helpers/errors.js';

const SH = 'Asia/Shanghai';
const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

describe('localDay', () => {
  it('gives the day of an instant in a zone', () => {
    expect(localDay('2024-09-30T17:30:00+08:00', SH)).toBe('2024-09-30');
    expect(localDay('2024-09-30T15:59:59.999Z', SH)).toBe('2024-09-30');
    expect(localDay('2024-09-30T16:00:00Z', SH)).toBe('2024-10-01');
    expect(localDay('2024-10-01T00:00:00+08:00', SH)).toBe('2024-10-01');
    expect(localDay('2024-09-30T23:59:59.999+08:00', SH)).toBe('2024-09-30');
    expect(localDay(new Date('2024-09-30T16:00:00Z'), SH)).toBe('2024-10-01');
    expect(localDay('2024-09-30T16:00:00Z', 'America/New_York')).toBe('2024-09-30');
    expect(localDay('2024-09-30T16:00:00+0000', SH)).toBe('2024-10-01');
    expect(localDay('2024-09-30T16:00+00', SH)).toBe('2024-10-01');
  });

  it('does not depend on the machine’s time zone', () => {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(localDay('2024-09-30T16:00:00Z', SH), tz).toBe('2024-10-01');
      expect(endOfLocalDay('2024-10-09', SH), tz).toBe('2024-10-09T23:59:59.999+08:00');
      expect(formatInZone('2024-09-30T09:30:00Z', SH), tz).toBe('2024-09-30T17:30:00.000+08:00');
    }
  });

  it('rejects malformed or offset-less timestamps and unknown zones', () => {
    const bad = [
      '2024-09-30T17:30:00', // no offset: ambiguous
      '2024-09-30',
      '2024-09-30 17:30:00+08:00',
      '2024-09-30T24:00:00+08:00',
      '2024-09-30T17:60:00+08:00',
      '2024-09-30T17:30:60+08:00',
      '2024-02-30T10:00:00+08:00',
      '2024-09-30T17:30:00z',
      '2024-09-30T17:30:00+24:00',
      '2024-09-30T17:30:00+08:60',
      '2024-09-30T17:30:00.+08:00',
      'yesterday',
      '',
    ];
    for (const value of bad)
      expect(
        codeOf(() => localDay(value, SH)),
        value,
      ).toBe('calendar_bad_date');
    expect(codeOf(() => localDay(new Date(Number.NaN), SH))).toBe('calendar_bad_date');
    expect(codeOf(() => localDay(1727688600000 as unknown as string, SH))).toBe('calendar_bad_date');
    expect(codeOf(() => localDay('2024-09-30T17:30:00+08:00', 'Asia/Beijing'))).toBe('calendar_bad_timezone');
    expect(codeOf(() => localDay('2024-09-30T17:30:00+08:00', ''))).toBe('calendar_bad_timezone');
  });

  it('says why an offset-less timestamp is refused', () => {
    expect.assertions(1);
    try {
      localDay('2024-09-30T17:30:00', SH);
    } catch (err) {
      expect((err as CalendarError).issues[0]?.args).toMatchObject({ reason: 'missing_offset' });
    }
  });
});

describe('endOfLocalDay', () => {
  it('is the last millisecond of the day, with the zone’s offset', () => {
    expect(endOfLocalDay('2024-10-09', SH)).toBe('2024-10-09T23:59:59.999+08:00');
    expect(endOfLocalDay('2024-12-31', 'UTC')).toBe('2024-12-31T23:59:59.999+00:00');
    // New York changes to daylight time on 2024-03-10.
    expect(endOfLocalDay('2024-03-09', 'America/New_York')).toBe('2024-03-09T23:59:59.999-05:00');
    expect(endOfLocalDay('2024-03-10', 'America/New_York')).toBe('2024-03-10T23:59:59.999-04:00');
  });

  it('rejects bad days and zones', () => {
    expect(codeOf(() => endOfLocalDay('2024-02-30', SH))).toBe('calendar_bad_date');
    expect(codeOf(() => endOfLocalDay('2024-10-09T00:00:00+08:00', SH))).toBe('calendar_bad_date');
    expect(codeOf(() => endOfLocalDay('2024-10-09', 'Mars/Olympus'))).toBe('calendar_bad_timezone');
  });
});

describe('formatInZone', () => {
  it('formats with milliseconds and the zone’s offset', () => {
    expect(formatInZone('2024-09-30T17:30:00+08:00', SH)).toBe('2024-09-30T17:30:00.000+08:00');
    expect(formatInZone('2024-09-30T09:30:00.123456Z', SH)).toBe('2024-09-30T17:30:00.123+08:00');
    expect(formatInZone(new Date(Date.UTC(2024, 8, 30, 9, 30)), 'UTC')).toBe('2024-09-30T09:30:00.000+00:00');
    expect(formatInZone('2024-09-30T09:30:00Z', '+05:30')).toBe('2024-09-30T15:00:00.000+05:30');
  });
});
