import { getBundledPack, validatePack } from '../index.js';
import { describe, expect, it } from 'vitest';
import { validateCalendar } from '../calendar/index.js';
import { buildOfficeHoursPack, buildTestPack, TEST_PACK_YAML } from '../../test/helpers/sla-pack.js';
import { computeSla } from './computeSla.js';

const pack = buildTestPack();
const office = buildOfficeHoursPack();

describe('computeSla', () => {
  it('gives the class, both deadlines, the limits and the notes', () => {
    const sla = computeSla(pack, {
      id: 'r-1',
      receivedAt: '2024-09-30T17:30:00+08:00',
      channel: 'hotline',
      situations: ['fire'],
    });
    expect(sla).toMatchObject({
      packId: 'test-city',
      packVersion: '1.2.0',
      reportId: 'r-1',
      class: 'emergency',
      className: { zh: '特急', en: 'emergency' },
      priority: 0,
      matched: 'rule',
      assistFirst: true,
      calendar: 'cn-mainland',
      timezone: 'Asia/Shanghai',
      receivedAt: '2024-09-30T17:30:00.000+08:00',
      firstResponseDue: '2024-09-30T18:30:00.000+08:00',
      disposalDue: '2024-10-09T23:59:59.999+08:00',
      limits: {
        firstResponse: {
          kind: 'clock',
          value: 'PT1H',
          officeHoursOnly: false,
          due: '2024-09-30T18:30:00.000+08:00',
          verified: false,
        },
        disposal: {
          kind: 'working-days',
          value: 2,
          countsFrom: '2024-10-08',
          due: '2024-10-09T23:59:59.999+08:00',
          verified: false,
        },
      },
      verified: false,
      atRiskShare: 0.8,
      source: { id: 'zs-2022-guide', issuer: '中山市民政局', date: '2022' },
    });
    expect(sla.notes.map((n) => [n.code, n.limit])).toEqual([
      ['sla_limit_unverified', 'firstResponse'],
      ['sla_limit_unverified', 'disposal'],
      ['sla_assist_first', undefined],
    ]);
    expect(sla.notes[1]!.text.en).toContain('2 working days');
    expect(JSON.parse(JSON.stringify(sla))).toEqual(sla); // plain JSON
  });

  it('a verified class is verified; a missing limit is noted, not invented', () => {
    const urgent = computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'urgent' });
    expect(urgent).toMatchObject({
      verified: true,
      assistFirst: false,
      firstResponseDue: '2024-10-01T17:30:00.000+08:00',
      disposalDue: '2024-10-12T23:59:59.999+08:00',
    }); // 10-08..10-11, then make-up Saturday 10-12
    expect(urgent.notes).toEqual([]);
    const ordinary = computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'ordinary' });
    expect(ordinary.firstResponseDue).toBeUndefined();
    expect(ordinary.limits.firstResponse).toBeUndefined();
    expect(ordinary.notes.map((n) => [n.code, n.limit])).toEqual([['sla_limit_not_set', 'firstResponse']]);
  });

  it('notes a more urgent class that could not be decided, with what to ask', () => {
    const sla = computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', lifeAtRisk: false, situations: [] });
    expect(sla).toMatchObject({ class: 'ordinary', matched: 'default', classification: { undetermined: ['urgent'] } });
    const note = sla.notes.find((n) => n.code === 'sla_class_undetermined');
    expect(note?.text.en).toBe(
      'The report may belong to a more urgent class (urgent); ask about: basic needs cannot be met, people affected, has a severely ill member',
    );
  });

  it('counts clock limits in office hours when the pack pauses the clock', () => {
    const sla = computeSla(office, { receivedAt: '2024-09-20T17:00:00+08:00', urgency: 'emergency' });
    expect(sla.firstResponseDue).toBe('2024-09-23T09:00:00.000+08:00');
    expect(sla.limits.firstResponse).toMatchObject({
      kind: 'clock',
      officeHoursOnly: true,
      officeHours: { start: '08:30', end: '17:30' },
    });
    expect(sla.atRiskShare).toBe(0.75);
    expect(sla.notes.map((n) => n.code)).toContain('sla_office_hours');
    // A class with only working-day limits gets no office-hours note.
    expect(
      computeSla(office, { receivedAt: '2024-09-20T17:00:00+08:00', urgency: 'ordinary' }).notes.map((n) => n.code),
    ).toEqual(['sla_limit_not_set']);
    // Working-day limits are the same in both modes.
    expect(sla.disposalDue).toBe(
      computeSla(pack, { receivedAt: '2024-09-20T17:00:00+08:00', urgency: 'emergency' }).disposalDue,
    );
  });

  it('writes every timestamp in the pack zone, whatever offset the report used', () => {
    const sla = computeSla(pack, { receivedAt: '2024-09-30T09:30:00Z', urgency: 'emergency' });
    expect(sla.receivedAt).toBe('2024-09-30T17:30:00.000+08:00');
    expect(sla.firstResponseDue).toBe('2024-09-30T18:30:00.000+08:00');
  });

  it('leaves a deadline beyond the calendar null with a note rather than guess, and accepts a caller calendar', () => {
    const partial = computeSla(pack, { receivedAt: '2026-12-30T10:00:00+08:00', urgency: 'urgent' });
    expect(partial).toMatchObject({ firstResponseDue: '2026-12-31T10:00:00.000+08:00', disposalDue: null });
    expect(partial.limits.disposal).toMatchObject({ due: null, countsFrom: '2026-12-31' });
    expect(partial.notes.find((n) => n.code === 'sla_deadline_beyond_calendar')).toMatchObject({
      limit: 'disposal',
      year: 2027,
    });

    // A caller who has the 2027 notice can pass a calendar with it (dates here are a made-up fixture).
    const r = validateCalendar({
      data: {
        id: 'cn-with-2027',
        name: { zh: '测试日历', en: 'test calendar' },
        timezone: 'Asia/Shanghai',
        weekend: ['saturday', 'sunday'],
        years: {
          '2026': {
            source: { title: 't', issuer: 'i', date: '2025-11-04', verified: true },
            holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, from: '2026-01-01', to: '2026-01-03' }],
          },
          '2027': {
            source: { title: 'fixture', issuer: 'test', date: '2026-11-01', verified: false },
            holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-03' }],
          },
        },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const sla = computeSla(pack, { receivedAt: '2026-12-30T10:00:00+08:00', urgency: 'urgent' }, { calendar: r.value });
    expect(sla).toMatchObject({ calendar: 'cn-with-2027', disposalDue: '2027-01-07T23:59:59.999+08:00' });
  });

  it('pack settings it cannot honour are refused when the pack is validated, not when a report arrives', () => {
    const codes = (text: string) => {
      const r = validatePack({ text, file: 'x.yaml' }, { resolveParent: () => getBundledPack('cn') });
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(codes(TEST_PACK_YAML.replace('urgency:\n', 'urgency:\n  pauseClockOutsideOfficeHours: true\n'))).toContain(
      'urgency_office_hours_missing',
    );
    expect(codes(TEST_PACK_YAML.replace('urgency:\n', 'urgency:\n  atRiskShare: "1.5"\n'))).toContain(
      'urgency_bad_at_risk_share',
    );
    expect(
      codes(TEST_PACK_YAML.replace('urgency:\n', 'urgency:\n  officeHours: { start: "17:30", end: "08:30" }\n')),
    ).toContain('urgency_office_hours_order');
  });

  it('never modifies the report', () => {
    const report = Object.freeze({
      receivedAt: '2024-09-30T17:30:00+08:00',
      situations: Object.freeze(['fire' as const]),
      household: Object.freeze({ members: Object.freeze([Object.freeze({})]) }),
    });
    const before = JSON.stringify(report);
    computeSla(pack, report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
