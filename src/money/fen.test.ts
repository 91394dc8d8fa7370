import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFen } from './fen.js';

describe('toFen', () => {
  it('reads yuan text exactly, whatever the number of decimals (0–2)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.constantFrom(0, 1, 2), (fen, places) => {
        const yuan = new Decimal(fen).div(100).toDecimalPlaces(places, Decimal.ROUND_DOWN);
        expect(toFen(yuan.toFixed(places))).toBe(yuan.times(100).toNumber());
      }),
      { numRuns: 2000 },
    );
  });

  it('reads numbers by their shortest text, so 0.1 + 0.2 style binary noise never enters', () => {
    expect(toFen(12.3)).toBe(1230);
    expect(toFen(0.01)).toBe(1);
    expect(toFen(1160)).toBe(116000);
  });
});
