import { describe, expect, it } from 'vitest';
import { diffPacks, renderDiffMarkdown } from '../src/authoring/index.js';
import { computeSla } from '../src/index.js';
import { buildTestPack, TEST_PACK_YAML } from './helpers/sla-pack.js';

describe('diffPacks: the effect of a change on deadlines', () => {
  const before = buildTestPack();
  const after = buildTestPack(
    TEST_PACK_YAML.replace('disposal: { workingDays: 2 }', 'disposal: { workingDays: 3 }'),
    'after.yaml',
  );
  const reports = [
    { id: 'r1', report: { receivedAt: '2024-09-30T17:30:00+08:00', lifeAtRisk: true } },
    { id: 'r2', report: { receivedAt: '2024-05-06T09:00:00+08:00', lifeAtRisk: true } },
    { id: 'r3', report: { receivedAt: '2024-05-06T09:00:00+08:00', urgency: 'ordinary' } },
    { id: 'bad', report: { receivedAt: '2024-05-06 09:00' } },
  ];

  it('counts the reports whose deadlines move, with examples, and names the ones it could not compute', () => {
    const d = diffPacks(before, after, { reports });
    expect(d.urgency).toEqual([
      { id: 'emergency', change: 'changed', disposal: { old: '2 working days', new: '3 working days' } },
    ]);
    // independent recount: emergency reports, through the library itself with each pack
    const emergency = reports
      .slice(0, 2)
      .map((r) => [computeSla(before, r.report).disposalDue, computeSla(after, r.report).disposalDue]);
    expect(emergency.every(([a, b]) => a !== b)).toBe(true);
    expect(d.deadlines).toMatchObject({ reports: 4, classChanged: 0, firstResponseChanged: 0, disposalChanged: 2 });
    expect(d.deadlines!.examples.map((e) => [e.id, e.old.disposalDue, e.new.disposalDue])).toEqual([
      ['r1', '2024-10-09T23:59:59.999+08:00', '2024-10-10T23:59:59.999+08:00'],
      ['r2', '2024-05-08T23:59:59.999+08:00', '2024-05-09T23:59:59.999+08:00'],
    ]);
    expect(d.deadlines!.errors.map((e) => e.id)).toEqual(['bad']);
    expect(renderDiffMarkdown(d)).toContain(
      '| `r1` | emergency | 2024-09-30T18:30:00.000+08:00 | 2024-10-09T23:59:59.999+08:00 → 2024-10-10T23:59:59.999+08:00 |',
    );
  });

  it('does not compare a deadline beyond the calendar: the report is listed with the year, not counted as unchanged', () => {
    const edge = [
      { id: 'late-2026', report: { receivedAt: '2026-12-30T17:30:00+08:00', lifeAtRisk: true } },
      { id: 'in-2027', report: { receivedAt: '2027-05-06T09:00:00+08:00', lifeAtRisk: true } },
      { id: 'in-2026', report: { receivedAt: '2026-05-06T09:00:00+08:00', lifeAtRisk: true } },
    ];
    const d = diffPacks(before, after, { reports: edge });
    // 2 → 3 working days moves every disposal deadline; only the one inside 2026 can be compared.
    expect(d.deadlines).toMatchObject({ reports: 3, firstResponseChanged: 0, disposalChanged: 1, errors: [] });
    expect(d.deadlines!.beyondCalendar).toEqual([
      { id: 'late-2026', years: [2027] },
      { id: 'in-2027', years: [2027] },
    ]);
    expect(d.deadlines!.examples.map((e) => [e.id, e.new.disposalDue])).toEqual([
      ['in-2026', '2026-05-09T23:59:59.999+08:00'], // Saturday 05-09 is a make-up working day
    ]);
    expect(renderDiffMarkdown(d)).toContain('2 have a deadline in a year the calendar does not cover (2027)');
  });
});
