import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDayNumber, parseDayNumber, weekdayOfDayNumber } from './day-number.js';

describe('day numbers', () => {
  it('match Date.UTC for every day from 1000 to 9999, both ways, with the right weekday', () => {
    const min = Date.UTC(1000, 0, 1) / 86_400_000;
    const max = Date.UTC(9999, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(parseDayNumber(iso)).toBe(n);
        expect(formatDayNumber(n)).toBe(iso);
        expect(weekdayOfDayNumber(n)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
      { numRuns: 2000 },
    );
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(weekdayOfDayNumber(-1)).toBe(3); // 1969-12-31, a Wednesday
  });

  it('reject anything but a real YYYY-MM-DD', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '2024/01/01',
      ' 2024-01-01',
      '2024-01-01T00:00Z',
      '２０２４-01-01',
      '',
      '2024-01-0x',
    ]) {
      expect(parseDayNumber(bad), bad).toBeNaN();
    }
    for (const bad of [20240101, null, undefined, {}, new Date()]) expect(parseDayNumber(bad)).toBeNaN();
    expect(parseDayNumber('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(parseDayNumber('2000-02-29')).not.toBeNaN();
    expect(parseDayNumber('1900-02-29')).toBeNaN();
  });
});
