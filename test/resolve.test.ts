import { describe, expect, it } from 'vitest';
import {
  getBundledPack,
  InputError,
  ParameterError,
  resolveParameter,
  resolveParameters,
  validatePack,
  type PolicyPack,
} from '../src/index.js';
import { errorOf } from './helpers/errors.js';

const codeOf = (fn: () => unknown) => errorOf(fn).code;

function city(): PolicyPack {
  const r = validatePack(
    {
      text: `id: city
name: { zh: 城市, en: City }
version: 1.0.0
extends: cn
sources:
  s22: { title: 2022 notice, issuer: city, date: "2021-12", verified: false }
  s23: { title: 2023 notice, issuer: city, date: 2022-12-29, verified: true }
  s25: { title: 2025 notice, issuer: city, date: "2025", verified: true }
zones:
  A: [wenjiang, jinjiang]
  B: [jianyang]
parameters:
  dibao.standard:
    unit: CNY/person/month
    review: yearly
    values:
      - { from: 2022-01-01, value: { A: "870", B: "820" }, source: s22 }
      - { from: 2023-01-01, value: { A: "910", B: "860" }, source: s23, published: 2022-12-29 }
      - { from: 2024-01-01, unknown: true, note: 2024 notice not found }
      - { from: 2025-01-01, value: { A: "990", B: "950" }, source: s25 }
  edge.rounded:
    unit: CNY/person/month
    values:
      - { from: 2022-01-01, multiply: { parameter: dibao.standard, by: "1.5", round: { to: yuan, mode: up } }, source: s23 }
`,
      file: 'city.yaml',
    },
    { resolveParent: () => getBundledPack('cn') },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}

describe('resolveParameter', () => {
  const pack = city();

  it('picks the value in force on the date, the day before and the day of a change', () => {
    expect(resolveParameter(pack, 'dibao.standard', '2022-12-31').value).toEqual({ A: '870', B: '820' });
    expect(resolveParameter(pack, 'dibao.standard', '2023-01-01').value).toEqual({ A: '910', B: '860' });
    expect(resolveParameter(pack, 'dibao.standard', '2023-01-01').sourceId).toBe('s23');
  });

  it('marks values from unverified sources', () => {
    expect(resolveParameter(pack, 'dibao.standard', '2022-06-01').verified).toBe(false);
    expect(resolveParameter(pack, 'dibao.standard', '2023-06-01').verified).toBe(true);
  });

  it('is an error before the first value', () => {
    expect(() => resolveParameter(pack, 'dibao.standard', '2021-12-31')).toThrow(ParameterError);
    try {
      resolveParameter(pack, 'dibao.standard', '2021-12-31');
    } catch (e) {
      expect((e as ParameterError).code).toBe('param_not_in_force');
    }
  });

  it('never lets a value run on through an unknown period, unless asked, and then marks it provisional', () => {
    const r = resolveParameter(pack, 'dibao.standard', '2024-06-01');
    expect(r.status).toBe('unknown');
    expect(r.value).toBeUndefined();
    const p = resolveParameter(pack, 'dibao.standard', '2024-06-01', { lastKnown: true });
    expect(p.status).toBe('provisional');
    expect(p.value).toEqual({ A: '910', B: '860' });
    expect(resolveParameter(pack, 'dibao.standard', '2025-01-01').status).toBe('known');
  });

  it('derives a value from another parameter exactly, with the pack’s rounding', () => {
    expect(resolveParameter(pack, 'edge.incomeLimit', '2022-06-01').value).toEqual({ A: '1305', B: '1230' });
    expect(resolveParameter(pack, 'edge.rounded', '2025-06-01').value).toEqual({ A: '1485', B: '1425' });
    expect(resolveParameter(pack, 'edge.incomeLimit', '2024-06-01').status).toBe('unknown');
  });

  it('decides as known at a date: a value published later is not seen', () => {
    expect(resolveParameter(pack, 'dibao.standard', '2023-01-01', { knownAt: '2022-12-01' }).value).toEqual({
      A: '870',
      B: '820',
    });
  });

  it('takes overrides for what-if questions', () => {
    const r = resolveParameter(pack, 'dibao.standard', '2023-06-01', {
      overrides: { 'dibao.standard': { A: '950', B: '900' } },
    });
    expect(r.status).toBe('override');
    expect(
      resolveParameter(pack, 'edge.incomeLimit', '2023-06-01', {
        overrides: { 'dibao.standard': { A: '1000', B: '900' } },
      }).value,
    ).toEqual({ A: '1500', B: '1350' });
  });

  it('lists parameters not yet in force instead of failing', () => {
    const { values, notInForce } = resolveParameters(pack, '2021-09-01');
    expect(notInForce).toContain('dibao.standard');
    expect(values['specialPoverty.oldAge']?.value).toBe('60');
  });

  it('rejects unknown keys and malformed dates', () => {
    expect(() => resolveParameter(pack, 'no.such', '2023-01-01')).toThrow(/no parameter/);
    expect(() => resolveParameter(pack, 'no.such', '2023-01-01')).toThrow(ParameterError);
    for (const bad of ['2023/01/01', '2023-02-30', '2022-13-01', '2022-00-10']) {
      expect(codeOf(() => resolveParameter(pack, 'dibao.standard', bad))).toBe('bad_date');
      expect(() => resolveParameter(pack, 'dibao.standard', bad)).toThrow(InputError);
    }
    for (const key of ['constructor', 'toString', '__proto__', 'valueOf']) {
      expect(codeOf(() => resolveParameter(pack, key, '2023-01-01'))).toBe('param_unknown_key');
    }
  });
});

describe('parameters keyed by hukou', () => {
  const pack = (values: string) =>
    validatePack(
      {
        text: `id: county
name: { zh: 县, en: County }
version: 1.0.0
extends: cn
sources:
  s: { title: t, issuer: i, date: "2023", verified: true }
parameters:
  dibao.standard:
    unit: CNY/person/month
    by: hukou
    values:
${values}`,
        file: 'county.yaml',
      },
      { resolveParent: () => getBundledPack('cn') },
    );

  it('needs exactly urban and rural', () => {
    expect(pack('      - { from: 2023-01-01, value: { urban: "787", rural: "751" }, source: s }\n').ok).toBe(true);
    const missing = pack('      - { from: 2023-01-01, value: { urban: "787" }, source: s }\n');
    expect(missing.ok ? [] : missing.issues.map((i) => i.code)).toEqual(['param_zone_missing']);
    const wrong = pack('      - { from: 2023-01-01, value: { urban: "787", rural: "751", A: "1" }, source: s }\n');
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.code)).toEqual(['param_unknown_zone']);
  });

  it('derived limits keep the key, and overrides use it', () => {
    const r = pack('      - { from: 2023-01-01, value: { urban: "787", rural: "751" }, source: s }\n');
    if (!r.ok) throw new Error('invalid');
    const edge = resolveParameter(r.value, 'edge.incomeLimit', '2023-06-01');
    expect(edge).toMatchObject({ value: { urban: '1180.5', rural: '1126.5' }, by: 'hukou' });
    expect(() =>
      resolveParameter(r.value, 'dibao.standard', '2023-06-01', { overrides: { 'dibao.standard': { A: '900' } } }),
    ).toThrow(/unknown key "A"/);
  });
});
