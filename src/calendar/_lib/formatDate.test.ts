import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_WITH_OFFSET } from '../formatInZone.js';
import { formatIsoDay, formatIsoWithOffset } from './formatDate.js';

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'];

describe('formatIsoDay / formatIsoWithOffset write what date-fns format writes', () => {
  it('on any instant from year 1 to 9999, in zones with DST, half-hour and 45-minute offsets, and LMT', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const date = new TZDate(ms, zone);
          expect(formatIsoWithOffset(date)).toBe(format(date, ISO_WITH_OFFSET));
          expect(formatIsoDay(date)).toBe(format(date, 'yyyy-MM-dd'));
        },
      ),
      { numRuns: 5000, seed: 20261126 },
    );
  });

  it('around the dates deadlines are written for', () => {
    for (const iso of [
      '2024-09-30T09:30:00Z',
      '2024-12-31T16:00:00Z',
      '1900-01-01T00:00:00Z',
      '2026-02-16T15:59:59.999Z',
    ]) {
      const date = new TZDate(Date.parse(iso), 'Asia/Shanghai');
      expect(formatIsoWithOffset(date)).toBe(format(date, ISO_WITH_OFFSET));
    }
  });
});
