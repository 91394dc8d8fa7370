import { describe, expect, it } from 'vitest';
import { getBundledPack, SafetynetError } from '../src/index.js';
import { computeSla, nextReviews, slaStatus } from '../src/sla/index.js';
import { buildTestPack } from './helpers/sla-pack.js';
import { classifyUrgency, validateReport } from '../src/urgency/index.js';

const pack = buildTestPack();
const at = '2024-09-30T17:30:00+08:00';
const sla = computeSla(pack, { receivedAt: at, urgency: 'emergency' });

function deep(n: number): unknown {
  let v: unknown = { members: [{}] };
  for (let i = 0; i < n; i++) v = { members: [v] };
  return v;
}
const cyclic: Record<string, unknown> = { receivedAt: at };
cyclic.self = cyclic;

/** [case, call, error code, issue codes with paths (every one of them)]. */
const CASES: [string, () => unknown, string, [string, string][]][] = [
  [
    'report without offset',
    () => computeSla(pack, { receivedAt: '2024-09-30T17:30:00', urgency: 'emergency' }),
    'report_invalid',
    [['report_missing_offset', 'receivedAt']],
  ],
  [
    'report with a date only',
    () => computeSla(pack, { receivedAt: '2024-09-30', urgency: 'emergency' }),
    'report_invalid',
    [['report_bad_timestamp', 'receivedAt']],
  ],
  [
    'report without receivedAt',
    () => computeSla(pack, { urgency: 'emergency' }),
    'report_invalid',
    [['report_missing_field', 'receivedAt']],
  ],
  [
    'unknown channel',
    () => computeSla(pack, { receivedAt: at, channel: 'fax' }),
    'report_invalid',
    [['report_invalid_value', 'channel']],
  ],
  [
    'unknown situation',
    () => classifyUrgency(pack, { receivedAt: at, situations: ['flood'] }),
    'report_invalid',
    [['report_invalid_value', 'situations.0']],
  ],
  [
    'unknown class id',
    () => computeSla(pack, { receivedAt: at, urgency: 'critical' }),
    'urgency_unknown_class',
    [['urgency_unknown_class', 'urgency']],
  ],
  [
    'unknown class id in options',
    () => computeSla(pack, { receivedAt: at }, { urgency: 'critical' }),
    'urgency_unknown_class',
    [['urgency_unknown_class', 'options.urgency']],
  ],
  [
    'negative peopleAffected',
    () => computeSla(pack, { receivedAt: at, peopleAffected: -3 }),
    'report_invalid',
    [['report_too_small', 'peopleAffected']],
  ],
  [
    'NaN peopleAffected',
    () => computeSla(pack, { receivedAt: at, peopleAffected: Number.NaN }),
    'report_invalid',
    [['report_wrong_type', 'peopleAffected']],
  ],
  [
    '__proto__ key',
    () => computeSla(pack, JSON.parse(`{"receivedAt":"${at}","__proto__":{"urgency":"emergency"}}`)),
    'report_invalid',
    [['report_forbidden_key', '__proto__']],
  ],
  [
    'constructor key in the household',
    () =>
      computeSla(pack, { receivedAt: at, household: JSON.parse('{"members":[{}],"constructor":{"prototype":{}}}') }),
    'report_invalid',
    [['report_forbidden_key', 'household.constructor']],
  ],
  [
    'unknown field',
    () => computeSla(pack, { receivedAt: at, urgencyLevel: 1 }),
    'report_invalid',
    [['report_unknown_key', 'urgencyLevel']],
  ],
  [
    'negative money in the household',
    () =>
      computeSla(pack, { receivedAt: at, household: { members: [{ incomes: [{ type: 'wage', monthly: '-5' }] }] } }),
    'report_invalid',
    [['report_invalid_format', 'household.members.0.incomes.0.monthly']],
  ],
  ['deep nesting', () => computeSla(pack, { receivedAt: at, household: deep(80) }), 'report_invalid', []],
  ['a cycle', () => computeSla(pack, cyclic), 'report_invalid', [['report_cycle', 'self']]],
  ['not an object', () => computeSla(pack, 'emergency at 17:30'), 'report_invalid', [['report_wrong_type', '']]],
  [
    'several mistakes at once',
    () => computeSla(pack, { receivedAt: '2024-09-30T17:30', channel: 'fax', peopleAffected: 0, lifeAtRisk: 1 }),
    'report_invalid',
    [
      ['report_missing_offset', 'receivedAt'],
      ['report_invalid_value', 'channel'],
      ['report_wrong_type', 'lifeAtRisk'],
      ['report_too_small', 'peopleAffected'],
    ],
  ],
  [
    'pack without urgency classes',
    () => computeSla(getBundledPack('cn'), { receivedAt: at, urgency: 'emergency' }),
    'pack_no_urgency',
    [['pack_no_urgency', 'urgency.classes']],
  ],
  [
    'status without offset',
    () => slaStatus(sla, {}, '2024-09-30T18:00:00'),
    'sla_status_invalid',
    [['sla_bad_timestamp', 'now']],
  ],
  [
    'status with an event in the future',
    () => slaStatus(sla, { disposedAt: '2024-10-09T10:00:00+08:00' }, '2024-10-08T10:00:00+08:00'),
    'sla_status_invalid',
    [['sla_event_after_now', 'events.disposedAt']],
  ],
  [
    'status with a bad share',
    () => slaStatus(sla, {}, '2024-10-08T10:00:00+08:00', { atRiskShare: 'most' }),
    'sla_status_invalid',
    [['sla_bad_at_risk_share', 'options.atRiskShare']],
  ],
  [
    'reviews for an unknown tier',
    () => nextReviews(pack, { tier: 'urgent', from: '2024-01-01', count: 2 }),
    'review_invalid',
    [['review_unknown_tier', 'tier']],
  ],
  [
    'reviews with a bad start and count',
    () => nextReviews(pack, { cycle: 'yearly', from: '2024-13-01', count: -1 }),
    'review_invalid',
    [
      ['review_bad_date', 'from'],
      ['review_bad_count', 'count'],
    ],
  ],
];

describe('bad input to urgency, SLA and schedules: typed errors listing every issue, never a crash', () => {
  it.each(CASES)('%s', (_name, call, code, issues) => {
    let error: unknown;
    try {
      call();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SafetynetError);
    const e = error as SafetynetError;
    expect(e.code).toBe(code);
    const got = e.issues.map((i) => [i.code, i.path.join('.')]);
    if (issues.length) expect(got).toEqual(issues);
    else expect(got.length).toBeGreaterThan(0);
    for (const i of e.issues) {
      expect(i.message.zh.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  it('nothing was polluted', () => {
    expect(({} as Record<string, unknown>).urgency).toBeUndefined();
    expect(validateReport(JSON.parse(`{"receivedAt":"${at}","__proto__":{"urgency":"emergency"}}`)).ok).toBe(false);
  });
});
