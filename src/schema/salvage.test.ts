import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { inputPath, salvageData } from './salvage.js';

const schema = z.strictObject({
  id: z.string().regex(/^[a-z]+$/),
  name: z.strictObject({ zh: z.string(), en: z.string() }),
  note: z.string().optional(),
  things: z.record(z.string(), z.strictObject({ n: z.int(), label: z.string().optional() })),
  list: z.array(z.strictObject({ from: z.string(), value: z.string().optional() })),
  kind: z.enum(['a', 'b']).default('a'),
});

describe('salvageData', () => {
  it('keeps what parsed, leaves out invalid optional fields, stands in for invalid required ones', () => {
    const s = salvageData(schema, {
      id: 'BAD',
      note: 42,
      things: { x: { n: 1 }, y: { n: 'two', label: 'kept' }, z: 'nothing' },
      list: [{ from: 'a' }, 'junk', { from: 'c', value: 7 }],
    });
    expect(s?.value).toEqual({
      id: '?',
      name: { zh: '?', en: '?' },
      things: { x: { n: 1 }, y: { n: 0, label: 'kept' }, z: { n: 0 } },
      list: [{ from: 'a' }, { from: 'c' }],
      kind: 'a',
    });
  });

  it('maps the indexes of arrays that lost elements back to the input', () => {
    const s = salvageData(schema, { id: 'a', name: { zh: 'x', en: 'x' }, things: {}, list: ['junk', { from: 'b' }] });
    expect(inputPath(['list', 0, 'from'], s!.kept)).toEqual(['list', 1, 'from']);
    expect(inputPath(['things', 'x'], s!.kept)).toEqual(['things', 'x']);
  });

  it('gives up only when the root is unusable', () => {
    expect(salvageData(schema, 'text')).toBeUndefined();
    expect(salvageData(schema, [])).toBeUndefined();
  });
});
