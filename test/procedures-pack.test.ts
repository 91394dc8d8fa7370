/**
 * Procedures as pack data: what validation refuses and warns about, the calendar-edge warning, and the urgency
 * classes every bundled city now has where a source gives one.
 */
import { describe, expect, it } from 'vitest';
import { getBundledPack, validatePack } from '../src/pack/index.js';
import { computeSla } from '../src/sla/index.js';
import { TEST_PACK_YAML } from './helpers/sla-pack.js';
import { PROCEDURES_YAML } from './helpers/procedure-pack.js';

const validate = (text: string, today?: string) =>
  validatePack({ text, file: 'x.yaml' }, { resolveParent: () => getBundledPack('cn'), ...(today ? { today } : {}) });
const codesOf = (text: string) => {
  const r = validate(text);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
};

describe('procedures in a pack', () => {
  it('a valid procedures section passes, and a city replaces the baseline procedure of the same id', () => {
    const r = validate(`${TEST_PACK_YAML}${PROCEDURES_YAML}`);
    expect(r.ok).toBe(true);
    const yongchuan = getBundledPack('chongqing-yongchuan');
    expect(yongchuan.procedures['dibao-review']?.stages.review?.limit).toEqual({ workingDays: 25 });
    expect(getBundledPack('cn').procedures['dibao-review']?.stages.review?.limit).toEqual({ workingDays: 30 });
    expect(getBundledPack('chengdu').procedures['dibao-review']?.stages.review?.limit).toEqual({ workingDays: 30 });
  });

  it.each([
    [
      'an unknown source',
      'source: zs-2022-guide\n    verified: true',
      'source: nowhere\n    verified: true',
      [['source_unknown', 'procedures.review.source']],
    ],
    [
      'a stage ending on a reserved event',
      'ends: decided',
      'ends: paused',
      [['procedure_reserved_event', 'procedures.review.stages.review.ends']],
    ],
    [
      'a stage starting and ending on the same event',
      'ends: district-opinion',
      'ends: materials-received',
      [['procedure_same_events', 'procedures.review.stages.opinion.ends']],
    ],
    [
      'an extension in other units',
      'limit: { workingDays: 40 }',
      'limit: { days: 40 }',
      [['procedure_extension_kind', 'procedures.review.stages.review.extensions.special.limit']],
    ],
    [
      'an extension not longer',
      'limit: { workingDays: 40 }',
      'limit: { workingDays: 20 }',
      [['procedure_extension_not_longer', 'procedures.review.stages.review.extensions.special.limit']],
    ],
    [
      'a limit of an unknown shape',
      'limit: PT48H',
      'limit: 48 hours',
      [['pack_invalid_format', 'procedures.assist-first.stages.paperwork.limit']],
    ],
  ])('refuses %s', (_name, from, to, expected) => {
    expect(codesOf(`${TEST_PACK_YAML}${PROCEDURES_YAML.replace(from, to)}`)).toEqual(expected);
  });

  it('warns about a stage limit that is not verified', () => {
    const r = validate(`${TEST_PACK_YAML}${PROCEDURES_YAML}`);
    const own = r.warnings.filter((w) => w.code === 'procedure_unverified' && w.path[1] !== 'dibao-review');
    expect(own.map((w) => w.path.join('.'))).toEqual(['procedures.assist-first.stages.paperwork']);
  });
});

describe("the calendar's edge in validation", () => {
  const cnText = `id: national\nname: { zh: 全国, en: national }\nversion: 1.0.0\ncalendar: cn-mainland\n`;
  it.each([
    ['2026-10-31', []],
    ['2026-11-01', [['pack_calendar_ends_soon', 60]]],
    ['2026-11-26', [['pack_calendar_ends_soon', 35]]],
    ['2027-01-02', [['pack_calendar_ends_soon', -2]]],
  ])('today %s', (today, expected) => {
    const r = validatePack({ text: cnText, file: 'n.yaml' }, { today });
    const edge = r.warnings.filter((w) => w.code === 'pack_calendar_ends_soon');
    expect(edge.map((w) => [w.code, w.args?.days])).toEqual(expected);
  });

  it('is said once, by the pack that names the calendar, not by every pack that inherits it', () => {
    const r = validate(TEST_PACK_YAML, '2026-11-26');
    expect(r.warnings.filter((w) => w.code === 'pack_calendar_ends_soon' && w.file === 'x.yaml')).toEqual([]);
  });
});

describe('urgency in every city where a source gives it', () => {
  it('Chengdu: an immediate visit for sudden hardship, read as the same working day, marked as the pack’s reading', () => {
    const sla = computeSla(getBundledPack('chengdu'), {
      receivedAt: '2024-09-30T17:30:00+08:00',
      situations: ['fire'],
    });
    expect(sla).toMatchObject({ class: 'sudden', firstResponseDue: '2024-09-30T23:59:59.999+08:00', verified: false });
    expect(sla.notes.map((n) => n.code)).toEqual([
      'sla_limit_unverified',
      'sla_limit_remark',
      'sla_limit_not_set',
      'sla_limit_remark',
    ]);
    // Received on a holiday: the next working day.
    const holiday = computeSla(getBundledPack('chengdu'), {
      receivedAt: '2024-10-03T09:00:00+08:00',
      lifeAtRisk: true,
    });
    expect(holiday.firstResponseDue).toBe('2024-10-08T23:59:59.999+08:00');
  });

  it('Chengdu: every other report gets the catch-all class, with no limit and a note that says why', () => {
    const sla = computeSla(getBundledPack('chengdu'), {
      receivedAt: '2024-09-30T17:30:00+08:00',
      situations: [],
      lifeAtRisk: false,
    });
    expect(sla).toMatchObject({ class: 'ordinary', matched: 'default', limits: {} });
    expect(sla.notes.find((n) => n.code === 'sla_limit_remark')?.text.en).toMatch(/monthly or quarterly/);
  });

  it('Qingyang: urgent cases assist first, and the output says the notice gives no hours or days', () => {
    const sla = computeSla(getBundledPack('qingyang'), { receivedAt: '2024-09-30T17:30:00+08:00', lifeAtRisk: true });
    expect(sla).toMatchObject({ class: 'urgent', assistFirst: true, limits: {} });
    expect(sla.notes.filter((n) => n.code === 'sla_limit_remark').map((n) => n.text.en)).toEqual([
      expect.stringMatching(/no hours or days/),
      expect.stringMatching(/no hours or days/),
    ]);
  });

  it('Zhongshan: urgent and ordinary stay without limits, and say a source has not been found', () => {
    const sla = computeSla(getBundledPack('zhongshan'), {
      receivedAt: '2024-09-30T17:30:00+08:00',
      urgency: 'ordinary',
    });
    expect(sla.limits).toEqual({});
    expect(sla.notes.map((n) => n.code)).toEqual([
      'sla_limit_not_set',
      'sla_limit_remark',
      'sla_limit_not_set',
      'sla_limit_remark',
    ]);
    expect(sla.notes[1]?.text.en).toMatch(/not found/);
  });
});
