import { describe, expect, it } from 'vitest';
import { getBundledPack, validatePack, type PolicyPack } from '../pack/index.js';
import { diffParameters } from './pack-changes.js';

function packWith(standard: string, edge = '"1.5"'): PolicyPack {
  const r = validatePack(
    {
      text: `id: diff-test
name: { zh: 比较测试, en: Diff test }
version: 1.0.0
extends: cn
zones: { A: [a1], B: [b1] }
sources:
  s: { title: test figures, issuer: test, date: "2022", verified: true }
parameters:
  dibao.standard:
    unit: CNY/person/month
    values:
      - { from: 2022-01-01, value: "1160", source: s }
      - { from: 2023-01-01, value: ${standard}, source: s }
  edge.incomeMultiplier:
    unit: ratio
    values:
      - { from: 2022-01-01, value: ${edge}, source: s }
`,
      file: 'diff-test.yaml',
    },
    { resolveParent: () => getBundledPack('cn') },
  );
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('\n'));
  return r.value;
}

describe('diffParameters: amounts compared exactly', () => {
  it('the same amount written differently is not a change', () => {
    expect(diffParameters(packWith('"1200"'), packWith('"1200.00"'))).toEqual([]);
    expect(diffParameters(packWith('{ A: "870", B: "820" }'), packWith('{ A: "870.0", B: 820 }'))).toEqual([]);
    expect(diffParameters(packWith('"1200"', '"1.5"'), packWith('"1200"', '"1.50"'))).toEqual([]);
  });

  it('one fen is a change, shown with the text of each side', () => {
    expect(diffParameters(packWith('"1200"'), packWith('"1200.01"'))).toEqual([
      {
        key: 'dibao.standard',
        change: 'changed',
        entries: [{ from: '2023-01-01', old: '1200', new: '1200.01', oldSource: 's', newSource: 's' }],
      },
    ]);
    const zones = diffParameters(packWith('{ A: "870", B: "820" }'), packWith('{ A: "870", B: "820.01" }'));
    expect(zones[0]!.entries).toEqual([
      { from: '2023-01-01', old: 'A 870 / B 820', new: 'A 870 / B 820.01', oldSource: 's', newSource: 's' },
    ]);
  });

  it('a value becoming zoned is a change, even with the same amount in every zone', () => {
    expect(diffParameters(packWith('"870"'), packWith('{ A: "870", B: "870" }'))).toHaveLength(1);
  });
});
