import { describe, expect, it } from 'vitest';
import { evaluate, getBundledPack, packDigest, replay, validatePack, type Decision } from '../src/index.js';
import { testCityPack } from './helpers/city-pack.js';

const pack = testCityPack();
const single = (monthly: string) => ({
  propertyTestPassed: true,
  members: [
    {
      birthDate: '1980-01-01',
      disability: null,
      labourCapacity: 'full',
      hasAbleSupporter: true,
      incomes: [{ type: 'wage', monthly }],
    },
  ],
});
const dibaoReason = (d: Decision) =>
  d.programmes.find((p) => p.id === 'dibao')!.reasons.find((r) => r.fact === 'incomePerPerson')!;

describe('margins', () => {
  it('are exact to the fen at the boundary', () => {
    expect(dibaoReason(evaluate(pack, single('1159.99'), { asOf: '2022-06-01' }))).toMatchObject({
      margin: '0.01',
      distance: { en: '0.01 yuan below the limit', zh: '低于界限 0.01 元' },
    });
    expect(dibaoReason(evaluate(pack, single('1160.00'), { asOf: '2022-06-01' }))).toMatchObject({
      margin: '0.00',
      distance: { en: 'exactly at the limit' },
    });
    expect(dibaoReason(evaluate(pack, single('1160.01'), { asOf: '2022-06-01' }))).toMatchObject({
      margin: '-0.01',
      distance: { en: '0.01 yuan above the limit' },
    });
    expect(dibaoReason(evaluate(pack, single('1133.33'), { asOf: '2022-06-01' }))).toMatchObject({
      margin: '26.67',
      distance: { en: '26.67 yuan below the limit' },
    });
  });

  it('say "less than a fen" when the exact gap is a fraction of a fen', () => {
    // 3479.99 / 3 = 1159.99666…: 0.0033 below the standard, shown as 0.00 but not "exactly"
    const h = {
      propertyTestPassed: true,
      members: [0, 1, 2].map((i) => ({
        birthDate: '1980-01-01',
        incomes: i ? [] : [{ type: 'wage', monthly: '3479.99' }],
      })),
    };
    expect(dibaoReason(evaluate(pack, h, { asOf: '2022-06-01' })).distance?.en).toBe(
      'less than 0.01 yuan below the limit',
    );
  });

  it('flag thresholds within the pack margin, and put a near miss on the key-concern list', () => {
    const d = evaluate(pack, single('1740.01'), { asOf: '2022-06-01' }); // one fen over the edge limit
    expect(d.category).toBe('none');
    expect(d.nearThreshold.map((n) => [n.programme, n.margin])).toContainEqual(['edge', '-0.01']);
    expect(d.actions.map((a) => a.kind)).toContain('key-concern-list');
    const far = evaluate(pack, single('2000'), { asOf: '2022-06-01' });
    expect(far.nearThreshold).toEqual([]);
    expect(far.actions.map((a) => a.kind)).not.toContain('key-concern-list');
    // just under the standard is dibao, not a near miss of anything stronger
    expect(evaluate(pack, single('1159.99'), { asOf: '2022-06-01' }).actions.map((a) => a.kind)).not.toContain(
      'key-concern-list',
    );
  });
});

describe('audit and replay', () => {
  const household = single('1100');
  const stored = JSON.parse(JSON.stringify(evaluate(pack, household, { asOf: '2022-06-01' }))) as Decision;

  it('stamps decisions with the pack digest and SDK version', () => {
    expect(stored.packDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(stored.packDigest).toBe(packDigest(pack));
    expect(packDigest(testCityPack())).toBe(stored.packDigest); // same content, same digest
    expect(stored.sdkVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a stored decision reproduces with the same pack', () => {
    const r = replay(stored, pack, household);
    expect(r.reproduces).toBe(true);
    expect(r.samePack).toBe(true);
    expect(r.differences).toEqual([]);
  });

  it('detects a one-fen change of the standard, naming the parameter', () => {
    const changed = withStandard('1160.01');
    const r = replay(stored, changed, household);
    expect(r.reproduces).toBe(false);
    expect(r.samePack).toBe(false);
    expect(r.differences).toContainEqual({ field: 'parameters.dibao.standard', stored: '1160', now: '1160.01' });
    expect(stored.category).toBe(r.decision.category); // the outcome is the same, the basis is not
  });

  it('detects a changed rule through the digest and the statuses', () => {
    const d = evaluate(pack, single('1160'), { asOf: '2022-06-01' });
    const loosened = withStandard('1160', 'lessThanInclusive');
    const r = replay(d, loosened, single('1160'));
    expect(r.reproduces).toBe(false);
    expect(r.differences.map((x) => x.field)).toEqual(
      expect.arrayContaining(['packDigest', 'programmes.dibao', 'category']),
    );
  });

  it('replays what-if decisions with their overrides', () => {
    const d = evaluate(pack, household, { asOf: '2022-06-01', overrides: { 'dibao.standard': '1000' } });
    expect(d.options.overrides).toEqual({ 'dibao.standard': '1000' });
    expect(replay(JSON.parse(JSON.stringify(d)), pack, household).reproduces).toBe(true);
  });
});

function withStandard(value: string, operator = 'lessThan') {
  const r = validatePack(
    {
      data: {
        id: 'test-city',
        name: { zh: '测试市', en: 'Test city' },
        version: '1.0.0',
        extends: 'cn',
        sources: {
          s2022: { title: '2022 standard', issuer: 'city', date: '2022', verified: true },
          s2025: { title: '2025 standard', issuer: 'city', date: '2025', verified: false },
        },
        parameters: {
          'dibao.standard': {
            unit: 'CNY/person/month',
            values: [
              { from: '2022-01-01', value, source: 's2022' },
              { from: '2024-01-01', unknown: true },
              { from: '2025-01-01', value: '1225', source: 's2025' },
            ],
          },
          'hardship.incomeLimit': {
            unit: 'CNY/person/month',
            values: [{ from: '2022-01-01', value: '5000', source: 's2022' }],
          },
          'hardship.rigidShare': { unit: 'ratio', values: [{ from: '2022-01-01', value: '0.5', source: 's2022' }] },
        },
        ...(operator !== 'lessThan'
          ? {
              programmes: {
                dibao: {
                  ...getBundledPack('cn').programmes.dibao,
                  id: undefined,
                  definedIn: undefined,
                  eligible: {
                    all: [
                      { fact: 'incomePerPerson', operator, value: { fact: 'param:dibao.standard' } },
                      { fact: 'propertyTestPassed', operator: 'equal', value: true },
                    ],
                  },
                },
              },
            }
          : {}),
      },
    },
    { resolveParent: () => getBundledPack('cn') },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/**
 * A pack that extends nothing, so its digest moves only when hashing, canonical JSON or the shape of a
 * merged pack changes — each of which invalidates stored decisions' digests and is a breaking change.
 */
const STANDALONE_PACK = `id: standalone
name: { zh: 独立, en: Stand-alone }
version: 1.0.0
sources:
  s: { title: A notice, issuer: A city, date: "2022", verified: true }
parameters:
  dibao.standard:
    unit: CNY/person/month
    values: [ { from: 2022-01-01, value: "1000", source: s } ]
programmes:
  dibao:
    name: { zh: 低保, en: dibao }
    category: dibao
    rank: 10
    source: s
    eligible: { all: [ { fact: incomePerPerson, operator: lessThan, value: { fact: "param:dibao.standard" } } ] }
`;
const PINNED_STANDALONE_DIGEST = 'sha256:eca2ec5b9691df96ee2cdd4b1a1dcfc959e7865b31fab4381593fecb791b5b36';

describe('packDigest is the same everywhere', () => {
  it('equals node:crypto SHA-256 of the canonical pack, for every bundled pack', async () => {
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../src/_lib/index.js');
    const { bundledPackIds } = await import('../src/index.js');
    for (const id of bundledPackIds) {
      const { warnings: _w, files: _f, ...content } = getBundledPack(id);
      const expected = `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
      expect(packDigest(getBundledPack(id)), id).toBe(expected);
    }
  });

  it('is pinned for a fixed stand-alone pack (a change of hashing, canonical form or pack shape shows here)', () => {
    const r = validatePack({ text: STANDALONE_PACK, file: 'standalone.yaml' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(packDigest(r.value)).toBe(PINNED_STANDALONE_DIGEST);
  });
});
