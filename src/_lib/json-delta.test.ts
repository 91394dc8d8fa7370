import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonDelta, diffJson, type JsonDelta } from './json-delta.js';

/** What is shipped: the delta as JSON text, parsed back (nothing shared with the values it was made from). */
const shipped = (delta: JsonDelta): JsonDelta => JSON.parse(JSON.stringify(delta)) as JsonDelta;
const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('diffJson / applyJsonDelta', () => {
  it('gives the target back exactly, key order included, for any JSON values', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    // Targets made from the base (kept, changed, reordered parts) as well as unrelated ones.
    const pair = json.chain((base) => fc.tuple(fc.constant(base), fc.oneof(json, fc.constant(base), reshaped(base))));
    fc.assert(
      fc.property(pair, ([base, target]) => {
        const rebuilt = applyJsonDelta(copy(base), shipped(diffJson(copy(base), copy(target))));
        expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(target));
      }),
      { numRuns: 3000, seed: 20261126 },
    );
  });

  it('writes only what changed, or the value whole when that is shorter', () => {
    const base = { title: 'a long enough title', b: { text: 'a long enough text', d: 3 } };
    const target = { title: 'a long enough title', b: { text: 'a long enough text', d: 4 } };
    expect(diffJson(base, target)).toEqual({ title: 0, b: { text: 0, d: [4] } });
    expect(diffJson({ a: 1 }, { a: 1 })).toBe(0);
    expect(diffJson(['xxxxx', 'yyyyy', 'zzzzz'], ['yyyyy', 'xxxxx', 'zzzzz', 'w'])).toEqual([null, 1, 0, 2, ['w']]);
    // Little in common: replaced whole, which is shorter.
    expect(diffJson({ a: 1 }, { b: 2 })).toEqual([{ b: 2 }]);
    expect(diffJson([1], [])).toEqual([[]]);
  });

  it('keeps keys such as __proto__ as own data, as JSON.parse does', () => {
    const target = JSON.parse('{"__proto__":{"x":1},"a":2}') as unknown;
    const rebuilt = applyJsonDelta({ a: 1 }, shipped(diffJson({ a: 1 }, target))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
    expect(JSON.stringify(rebuilt)).toBe('{"__proto__":{"x":1},"a":2}');
  });
});

/** A value like `base`: some keys dropped or changed, keys reordered, array items shuffled or added. */
function reshaped(base: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(base)) {
    return fc
      .tuple(fc.shuffledSubarray(base), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 }))
      .map(([kept, added]) => [...kept, ...added]);
  }
  if (typeof base !== 'object' || base === null) return fc.jsonValue({ maxDepth: 1 });
  const entries = Object.entries(base);
  if (!entries.length) return fc.constant({ added: 1 });
  return fc
    .tuple(
      fc.shuffledSubarray(entries),
      fc.tuple(...entries.map(([, v]) => fc.option(reshaped(v), { nil: undefined }))),
      fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 2 }),
    )
    .map(([kept, changed, added]) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of kept) out[k] = changed[entries.findIndex(([key]) => key === k)] ?? v;
      for (const [k, v] of added) out[k] = v;
      return out;
    });
}
