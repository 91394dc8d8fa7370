import { describe, expect, it } from 'vitest';
import { isRuleValueOf } from '../rules/index.js';
import { compareNumeric, createRatio, isNumeric } from './exact.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('compareNumeric', () => {
  it('compares integers', () => {
    expect(compareNumeric(1, 2)).toBe(-1);
    expect(compareNumeric(2, 2)).toBe(0);
    expect(compareNumeric(3, 2)).toBe(1);
    expect(compareNumeric(-MAX, MAX)).toBe(-1);
  });

  it('is exact at the 1160.00 yuan boundary (fen over household size)', () => {
    expect(compareNumeric({ n: 348_000, d: 3 }, 116_000)).toBe(0);
    expect(compareNumeric({ n: 347_999, d: 3 }, 116_000)).toBe(-1);
    expect(compareNumeric({ n: 348_001, d: 3 }, 116_000)).toBe(1);
    expect(compareNumeric(116_000, { n: 348_000, d: 3 })).toBe(0);
    expect(compareNumeric(116_000, { n: 348_001, d: 3 })).toBe(-1);
  });

  it('compares ratios with ratios, including unreduced and negative ones', () => {
    expect(compareNumeric({ n: 1, d: 3 }, { n: 2, d: 6 })).toBe(0);
    expect(compareNumeric({ n: 1, d: 3 }, { n: 333_333, d: 1_000_000 })).toBe(1);
    expect(compareNumeric({ n: -1, d: 2 }, { n: -1, d: 3 })).toBe(-1);
    expect(compareNumeric({ n: 3, d: 2 }, { n: 15, d: 10 })).toBe(0);
  });

  it('stays exact when cross products leave the safe range (BigInt fallback)', () => {
    // MAX/(MAX-1) vs (MAX-1)/(MAX-2): both slightly above 1, the first smaller; float division calls them equal.
    expect(MAX / (MAX - 1)).toBe((MAX - 1) / (MAX - 2));
    expect(compareNumeric({ n: MAX, d: MAX - 1 }, { n: MAX - 1, d: MAX - 2 })).toBe(-1);
    expect(compareNumeric({ n: MAX - 1, d: MAX - 2 }, { n: MAX, d: MAX - 1 })).toBe(1);
    expect(compareNumeric({ n: MAX, d: MAX }, 1)).toBe(0);
    expect(compareNumeric({ n: MAX, d: 3 }, { n: MAX, d: 3 })).toBe(0);
    expect(compareNumeric({ n: MAX, d: 2 }, { n: MAX - 1, d: 2 })).toBe(1);
    expect(compareNumeric({ n: -MAX, d: 7 }, { n: -MAX + 1, d: 7 })).toBe(-1);
  });
});

describe('createRatio', () => {
  it('builds ratios and collapses d = 1', () => {
    expect(createRatio(348_000, 3)).toEqual({ n: 348_000, d: 3 });
    expect(createRatio(5, 1)).toBe(5);
  });
  it('rejects invalid input', () => {
    expect(() => createRatio(1.5, 2)).toThrow(RangeError);
    expect(() => createRatio(1, 0)).toThrow(RangeError);
    expect(() => createRatio(1, -2)).toThrow(RangeError);
    expect(() => createRatio(MAX + 1, 1)).toThrow(RangeError);
  });
});

describe('isNumeric / isRuleValueOf', () => {
  it('accepts only safe integers and valid ratios', () => {
    expect(isNumeric(3)).toBe(true);
    expect(isNumeric({ n: 3, d: 2 })).toBe(true);
    expect(isNumeric(0.1)).toBe(false);
    expect(isNumeric(Number.NaN)).toBe(false);
    expect(isNumeric({ n: 3, d: 0 })).toBe(false);
    expect(isNumeric({ n: 3.5, d: 2 })).toBe(false);
    expect(isNumeric([3, 2])).toBe(false);
    expect(isNumeric(null)).toBe(false);
  });
  it('checks values against declared types; undefined (unknown) is always allowed', () => {
    expect(isRuleValueOf('number', undefined)).toBe(true);
    expect(isRuleValueOf('boolean', true)).toBe(true);
    expect(isRuleValueOf('boolean', 'true')).toBe(false);
    expect(isRuleValueOf('string', 'urban')).toBe(true);
    expect(isRuleValueOf('string[]', ['a', 'b'])).toBe(true);
    expect(isRuleValueOf('string[]', ['a', 1])).toBe(false);
    expect(isRuleValueOf('number', '5')).toBe(false);
  });
});
