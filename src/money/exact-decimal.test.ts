import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigIntOf, formatExactFraction, multiplyDecimalText } from './exact-decimal.js';
import { formatDifference, formatFraction } from './format.js';

const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => new Decimal(units.toString()).div(10 ** places).toFixed());
/** decimal.js with enough precision to be exact here (its default, 20 digits, rounds long products). */
const D = Decimal.clone({ precision: 100 });
const MODES = { up: Decimal.ROUND_CEIL, down: Decimal.ROUND_FLOOR, 'half-up': Decimal.ROUND_HALF_UP } as const;

describe('exact decimal arithmetic (BigInt) agrees with decimal.js', () => {
  it('multiplies exactly, and rounds up, down and half-up to the yuan or the fen', () => {
    fc.assert(
      fc.property(
        decimalText,
        decimalText,
        fc.constantFrom(undefined, 0, 2),
        fc.constantFrom('up', 'down', 'half-up'),
        (a, b, places, mode) => {
          const exact = new D(a).times(b);
          const expected =
            places === undefined ? exact.toFixed() : exact.toDecimalPlaces(places, MODES[mode]).toFixed();
          const round = places === undefined ? undefined : { places, mode };
          expect(multiplyDecimalText(a, b, round)).toBe(expected);
        },
      ),
      { numRuns: 2000, seed: 20261126 },
    );
  });

  it('shows fractions beyond 2^53 like decimal.js (2 decimals half-up for money, up to 4 otherwise)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
        fc.bigInt({ min: 1n, max: 2n ** 40n }),
        fc.constantFrom(1, 100),
        (n, d, scale) => {
          const exact = new D(n.toString()).div(d.toString()).div(scale);
          const expected =
            scale === 100
              ? exact.toFixed(2, Decimal.ROUND_HALF_UP)
              : exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed();
          expect(formatExactFraction(n, d, scale).replace(/^-(0\.0+)$/, '$1')).toBe(
            expected.replace(/^-(0\.0+)$/, '$1'),
          );
        },
      ),
      { numRuns: 2000, seed: 20261126 },
    );
  });

  it('keeps formatFraction and formatDifference exact past safe integers', () => {
    // Numbers are read through their decimal text, as decimal.js reads them: String(2 ** 60) = '1152921504606847000'.
    expect(formatFraction(2 ** 60, 3, 100)).toBe(new D(String(2 ** 60)).div(300).toFixed(2, Decimal.ROUND_HALF_UP));
    expect(formatFraction(2 ** 60, 3, 100)).toBe('3843071682022823.33');
    expect(formatDifference({ n: 2 ** 60, d: 3 }, { n: 2 ** 60, d: 7 }, 100)).toEqual({
      text: new D(String(2 ** 60))
        .div(7)
        .minus(new D(String(2 ** 60)).div(3))
        .div(100)
        .toFixed(2, Decimal.ROUND_HALF_UP),
      sign: -1,
    });
    expect(bigIntOf(1e21)).toBe(10n ** 21n);
  });
});
