import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.js';
import { durationText } from './_lib/durationText.js';
import { buildOfficeHoursPack, buildTestPack } from '../../test/helpers/sla-pack.js';
import { computeSla } from './computeSla.js';
import { slaStatus } from './slaStatus.js';

const pack = buildTestPack();
// Emergency received the evening before National Day: 1 h on the clock; 2 working days = 10-08, 10-09.
const sla = computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });

describe('slaStatus', () => {
  it('on time, at risk at 80 % of the time, breached one millisecond after the deadline', () => {
    expect(slaStatus(sla, {}, '2024-09-30T17:40:00+08:00').firstResponse).toEqual({
      state: 'on-time',
      due: '2024-09-30T18:30:00.000+08:00',
      remaining: 'PT50M',
      remainingMs: 3_000_000,
      elapsedShare: 10 / 60,
    });
    expect(slaStatus(sla, {}, '2024-09-30T18:20:00+08:00').firstResponse).toMatchObject({
      state: 'at-risk',
      remaining: 'PT10M',
    });
    expect(slaStatus(sla, {}, '2024-09-30T18:30:00+08:00').firstResponse).toMatchObject({
      state: 'at-risk',
      remaining: 'PT0S',
      remainingMs: 0,
      elapsedShare: 1,
    });
    expect(slaStatus(sla, {}, '2024-09-30T18:30:00.001+08:00').firstResponse).toEqual({
      state: 'breached',
      due: '2024-09-30T18:30:00.000+08:00',
      overdue: 'PT0.001S',
      overdueMs: 1,
      elapsedShare: 1,
    });
  });

  it('met and met-late once the event happened, whatever now is', () => {
    const met = slaStatus(sla, { firstResponseAt: '2024-09-30T18:05:00+08:00' }, '2024-10-05T12:00:00+08:00');
    expect(met.firstResponse).toEqual({
      state: 'met',
      due: '2024-09-30T18:30:00.000+08:00',
      doneAt: '2024-09-30T18:05:00.000+08:00',
      remaining: 'PT25M',
      remainingMs: 1_500_000,
      elapsedShare: 35 / 60,
    });
    const late = slaStatus(sla, { firstResponseAt: '2024-09-30T11:00:00Z' }, '2024-10-05T12:00:00+08:00');
    expect(late.firstResponse).toMatchObject({
      state: 'met-late',
      doneAt: '2024-09-30T19:00:00.000+08:00',
      overdue: 'PT30M',
      overdueMs: 1_800_000,
      elapsedShare: 1,
    });
    const disposed = slaStatus(
      sla,
      { firstResponseAt: '2024-09-30T18:05:00+08:00', disposedAt: '2024-10-09T23:59:59.999+08:00' },
      '2024-10-10T09:00:00+08:00',
    );
    expect(disposed.disposal).toMatchObject({ state: 'met', remaining: 'PT0S' });
  });

  it('a working-day limit is measured in working days: the National Day week uses none of it', () => {
    expect(slaStatus(sla, {}, '2024-10-05T12:00:00+08:00').disposal).toMatchObject({
      state: 'on-time',
      elapsedShare: 0,
      remaining: 'P4DT11H59M59.999S',
    });
    expect(slaStatus(sla, {}, '2024-10-09T14:00:00+08:00').disposal).toMatchObject({ state: 'on-time' }); // 38 of 48 h
    expect(slaStatus(sla, {}, '2024-10-09T15:00:00+08:00').disposal).toMatchObject({ state: 'at-risk' }); // 39 of 48 h
    expect(slaStatus(sla, {}, '2024-10-09T01:00:00+08:00', { atRiskShare: '0.5' }).disposal).toMatchObject({
      state: 'at-risk',
    });
    expect(slaStatus(sla, {}, '2024-10-10T00:00:00+08:00').disposal).toMatchObject({
      state: 'breached',
      overdue: 'PT0.001S',
    });
  });

  it('an office-hours limit is measured in office hours, with the pack share', () => {
    const office = computeSla(buildOfficeHoursPack(), {
      receivedAt: '2024-09-20T17:00:00+08:00',
      urgency: 'emergency',
    });
    expect(office.firstResponseDue).toBe('2024-09-23T09:00:00.000+08:00');
    // 30 of 60 office minutes used by Friday's closing; the weekend adds nothing.
    expect(slaStatus(office, {}, '2024-09-21T12:00:00+08:00').firstResponse).toMatchObject({
      state: 'on-time',
      elapsedShare: 0.5,
    });
    // Monday opens 08:30: at 08:44, 44 of 60 minutes (0.73 < 0.75); at 08:46, 46 of 60.
    expect(slaStatus(office, {}, '2024-09-23T08:44:00+08:00').firstResponse).toMatchObject({ state: 'on-time' });
    expect(slaStatus(office, {}, '2024-09-23T08:46:00+08:00').firstResponse).toMatchObject({
      state: 'at-risk',
      remaining: 'PT14M',
    });
  });

  it('works on an SLA stored as JSON, and leaves out deadlines the SLA does not have', () => {
    const ordinary = JSON.parse(
      JSON.stringify(computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'ordinary' })),
    );
    const r = slaStatus(ordinary, {}, new Date('2024-10-01T00:00:00Z'));
    expect(r.now).toBe('2024-10-01T08:00:00.000+08:00');
    expect(r.firstResponse).toBeUndefined();
    expect(r.disposal?.state).toBe('on-time');
  });

  it('refuses bad input, listing every issue', () => {
    try {
      slaStatus(
        sla,
        { firstResponseAt: '2024-09-30T17:00:00+08:00', disposedAt: '2024-10-09T10:00' },
        '2024-09-30T18:00',
        { atRiskShare: 2 },
      );
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe('sla_status_invalid');
      expect((err as InputError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['sla_bad_timestamp', 'now'],
        ['sla_bad_at_risk_share', 'options.atRiskShare'],
        ['sla_event_before_receipt', 'events.firstResponseAt'],
        ['sla_bad_timestamp', 'events.disposedAt'],
      ]);
    }
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return (err as InputError).issues.map((i) => i.code);
      }
      return [];
    };
    expect(
      codes(() => slaStatus(sla, { firstResponseAt: '2024-09-30T19:00:00+08:00' }, '2024-09-30T18:00:00+08:00')),
    ).toEqual(['sla_event_after_now']);
    expect(codes(() => slaStatus(sla, {}, '2024-09-30T17:00:00+08:00'))).toEqual(['sla_now_before_receipt']);
    expect(codes(() => slaStatus(sla, {}, new Date(Number.NaN)))).toEqual(['sla_bad_timestamp']);
  });
});

describe('durationText', () => {
  it.each([
    [0, 'PT0S'],
    [1, 'PT0.001S'],
    [60_000, 'PT1M'],
    [3_600_000, 'PT1H'],
    [86_400_000, 'P1D'],
    [90_061_500, 'P1DT1H1M1.5S'],
    [-5, 'PT0S'],
  ])('%i ms is %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});
