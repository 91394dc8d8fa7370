import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBundledCalendar, isWorkingDay } from '../src/index.js';
import { addOfficeHours, computeSla, slaStatus, type Sla, type SlaState } from '../src/sla/index.js';
import { countedTime } from '../src/sla/_lib/countedTime.js';
import { buildOfficeHoursPack, buildTestPack } from './helpers/sla-pack.js';

const cal = getBundledCalendar('cn-mainland');
const pack = buildTestPack();
const office = buildOfficeHoursPack();
const CLASSES = ['emergency', 'urgent', 'ordinary'] as const;

// Receipts from 2022 to late November 2026, so that 15 working days still end inside the calendar.
const instant = fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 10, 20) });
const iso = (ms: number) => new Date(ms).toISOString();
const ms = (text: string | null | undefined) => (text == null ? Number.NaN : Date.parse(text));
const RANK: Record<SlaState, number> = { 'on-time': 0, 'at-risk': 1, breached: 2, met: 3, 'met-late': 3, unknown: -1 };

describe('SLA properties', () => {
  it('a later report never gets an earlier deadline (clock, working days, office hours)', () => {
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(...CLASSES), fc.boolean(), (a, b, urgency, officeMode) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const p = officeMode ? office : pack;
        const s1 = computeSla(p, { receivedAt: iso(early), urgency });
        const s2 = computeSla(p, { receivedAt: iso(late), urgency });
        expect(ms(s1.disposalDue)).toBeLessThanOrEqual(ms(s2.disposalDue));
        if (s1.firstResponseDue !== undefined)
          expect(ms(s1.firstResponseDue)).toBeLessThanOrEqual(ms(s2.firstResponseDue));
      }),
      { numRuns: 400 },
    );
  });

  it('every deadline is after receipt; every working-day deadline ends at 23:59:59.999 of a working day', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...CLASSES), (t, urgency) => {
        const sla = computeSla(pack, { receivedAt: iso(t), urgency });
        const due = sla.disposalDue!;
        expect(due.endsWith('T23:59:59.999+08:00')).toBe(true);
        expect(isWorkingDay(cal, due.slice(0, 10))).toBe(true);
        expect(ms(due)).toBeGreaterThan(t);
        if (sla.limits.disposal?.kind === 'working-days')
          expect(isWorkingDay(cal, sla.limits.disposal.countsFrom!)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('an office-hours deadline ends inside office hours of a working day, after exactly that much office time', () => {
    const hours = { start: '08:30', end: '17:30' };
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 * 60 }), (t, minutes) => {
        const duration = `PT${Math.floor(minutes / 60)}H${minutes % 60}M`.replace('PT0H', 'PT').replace(/H0M$/, 'H');
        const due = addOfficeHours(cal, new Date(t), duration, hours);
        const clock = due.slice(11, 23); // HH:mm:ss.SSS
        expect(isWorkingDay(cal, due.slice(0, 10))).toBe(true);
        expect(clock > '08:30:00.000' && clock <= '17:30:00.000').toBe(true);
        const limit = {
          kind: 'clock',
          value: duration,
          officeHoursOnly: true,
          officeHours: hours,
          due,
          verified: true,
          provisional: false,
        } as const;
        expect(countedTime(limit, () => cal, t, ms(due))).toBe(minutes * 60_000);
      }),
      { numRuns: 300 },
    );
  });

  it('slaStatus is monotone in now: on-time → at-risk → breached, never back; done stays done', () => {
    const slaArb = fc
      .tuple(instant, fc.constantFrom(...CLASSES), fc.boolean())
      .map(([t, urgency, officeMode]) => computeSla(officeMode ? office : pack, { receivedAt: iso(t), urgency }));
    fc.assert(
      fc.property(
        slaArb,
        fc.option(fc.integer({ min: 0, max: 30 * 86_400_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 30 * 86_400_000 }), { nil: undefined }),
        fc.array(fc.integer({ min: 0, max: 40 * 86_400_000 }), { minLength: 2, maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sla: Sla, responseAfter, disposalAfter, offsets, atRiskShare) => {
          const received = ms(sla.receivedAt);
          const events = {
            ...(responseAfter === undefined ? {} : { firstResponseAt: iso(received + responseAfter) }),
            ...(disposalAfter === undefined ? {} : { disposedAt: iso(received + disposalAfter) }),
          };
          // Events are in the past of every now judged.
          const floor = Math.max(responseAfter ?? 0, disposalAfter ?? 0);
          const nows = [...new Set(offsets.map((o) => received + floor + o))].sort((x, y) => x - y);
          let previous: Record<'firstResponse' | 'disposal', SlaState | undefined> = {
            firstResponse: undefined,
            disposal: undefined,
          };
          for (const now of nows) {
            const r = slaStatus(sla, events, iso(now), { atRiskShare });
            for (const key of ['firstResponse', 'disposal'] as const) {
              const s = r[key];
              if (!s) continue;
              expect(s.elapsedShare).toBeGreaterThanOrEqual(0);
              expect(s.elapsedShare).toBeLessThanOrEqual(1);
              const before = previous[key];
              if (before !== undefined) {
                expect(RANK[s.state]).toBeGreaterThanOrEqual(RANK[before]);
                if (before === 'met' || before === 'met-late') expect(s.state).toBe(before);
              }
              previous = { ...previous, [key]: s.state };
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic and never modifies the report', () => {
    fc.assert(
      fc.property(
        instant,
        fc.boolean(),
        fc.array(fc.constantFrom('fire', 'disaster', 'homeless', 'other' as const), { maxLength: 3 }),
        (t, lifeAtRisk, situations) => {
          const report = {
            receivedAt: iso(t),
            lifeAtRisk,
            situations,
            household: { members: [{ severeIllness: false }] },
          };
          const before = JSON.stringify(report);
          const a = computeSla(pack, report);
          const b = computeSla(pack, JSON.parse(before));
          expect(a).toEqual(b);
          expect(JSON.stringify(report)).toBe(before);
        },
      ),
      { numRuns: 200 },
    );
  });
});
