import { describe, expect, it } from 'vitest';
import { parseDecimalLiteral } from './decimal-literal.js';

describe('parseDecimalLiteral', () => {
  it('scales yuan literals to fen exactly', () => {
    expect(parseDecimalLiteral('1160', 100)).toEqual({ ok: true, value: 116_000 });
    expect(parseDecimalLiteral('1160.00', 100)).toEqual({ ok: true, value: 116_000 });
    expect(parseDecimalLiteral(1160, 100)).toEqual({ ok: true, value: 116_000 });
    expect(parseDecimalLiteral('0.01', 100)).toEqual({ ok: true, value: 1 });
    expect(parseDecimalLiteral(0.1, 100)).toEqual({ ok: true, value: 10 });
  });

  it('keeps finer-than-scale literals exact as reduced ratios', () => {
    expect(parseDecimalLiteral('1.5')).toEqual({ ok: true, value: { n: 3, d: 2 } });
    expect(parseDecimalLiteral(1.5)).toEqual({ ok: true, value: { n: 3, d: 2 } });
    expect(parseDecimalLiteral('1160.005', 100)).toEqual({ ok: true, value: { n: 232_001, d: 2 } });
    expect(parseDecimalLiteral('-0.25')).toEqual({ ok: true, value: { n: -1, d: 4 } });
  });

  it('normalises zero', () => {
    expect(parseDecimalLiteral('-0')).toEqual({ ok: true, value: 0 });
    expect(parseDecimalLiteral(-0)).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseDecimalLiteral('-0.00', 100) as { value: number }).value, 0)).toBe(true);
  });

  it('rejects non-decimals, non-finite and out-of-range values', () => {
    expect(parseDecimalLiteral('1e3')).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral(1e21)).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral(1e-7)).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral('.5')).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral('1,160')).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral(' 1')).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral('0x10')).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral('')).toEqual({ ok: false, problem: 'not_decimal' });
    expect(parseDecimalLiteral(Number.NaN)).toEqual({ ok: false, problem: 'not_finite' });
    expect(parseDecimalLiteral(Number.POSITIVE_INFINITY)).toEqual({ ok: false, problem: 'not_finite' });
    expect(parseDecimalLiteral('9007199254740992')).toEqual({ ok: false, problem: 'out_of_range' });
    expect(parseDecimalLiteral('90071992547409.91', 1000)).toEqual({ ok: false, problem: 'out_of_range' });
    expect(parseDecimalLiteral('1'.repeat(100))).toEqual({ ok: false, problem: 'out_of_range' });
    expect(parseDecimalLiteral('9007199254740991')).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
  });
});
