import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../src/node/index.js';
import { computeSla, slaStatus } from '../src/sla/index.js';
import { classifyUrgency } from '../src/urgency/index.js';

// The city pack is written by another workstream; these tests run once it exists.
const file = 'policies/zhongshan/pack.yaml';

describe.skipIf(!existsSync(file))('Zhongshan urgency classes and deadlines', () => {
  const zhongshan = () => loadPack(file);

  it('a life-threatening report is an emergency: 1 hour on the clock, 2 working days, both unverified', () => {
    const sla = computeSla(zhongshan(), {
      receivedAt: '2024-09-30T17:30:00+08:00',
      channel: 'hotline',
      lifeAtRisk: true,
    });
    expect(sla).toMatchObject({
      packId: 'zhongshan',
      class: 'emergency',
      className: { zh: '特急', en: 'emergency' },
      matched: 'rule',
      receivedAt: '2024-09-30T17:30:00.000+08:00',
      firstResponseDue: '2024-09-30T18:30:00.000+08:00',
      disposalDue: '2024-10-09T23:59:59.999+08:00',
      verified: false,
    });
    expect(sla.notes.filter((n) => n.code === 'sla_limit_unverified').map((n) => n.limit)).toEqual([
      'firstResponse',
      'disposal',
    ]);
    expect(slaStatus(sla, {}, '2024-09-30T18:20:00+08:00').firstResponse?.state).toBe('at-risk');
  });

  it('urgent and ordinary classes have no known limits: no deadline is invented', () => {
    const urgent = computeSla(zhongshan(), {
      receivedAt: '2024-09-30T17:30:00+08:00',
      lifeAtRisk: false,
      situations: ['fire'],
    });
    expect(urgent).toMatchObject({ class: 'urgent', matched: 'rule', limits: {}, verified: false });
    expect(urgent.firstResponseDue).toBeUndefined();
    expect(urgent.disposalDue).toBeUndefined();
    expect(urgent.notes.filter((n) => n.code === 'sla_limit_not_set').map((n) => n.limit)).toEqual([
      'firstResponse',
      'disposal',
    ]);
  });

  it('a report that says too little falls to ordinary and asks what would make it more urgent', () => {
    const c = classifyUrgency(zhongshan(), { receivedAt: '2024-09-30T17:30:00+08:00', channel: 'grid-worker' });
    expect(c).toMatchObject({ class: 'ordinary', matched: 'default', undetermined: ['emergency', 'urgent'] });
    expect(c.missing.map((m) => m.fact)).toEqual(['lifeAtRisk', 'basicNeedsUnmet', 'situations']);
  });
});
