import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBundledCalendar, isWorkingDay } from '../src/index.js';
import { nextReviews } from '../src/sla/index.js';
import { buildTestPack, TEST_PACK_YAML } from './helpers/sla-pack.js';

const cal = getBundledCalendar('cn-mainland');
const pack = buildTestPack(
  TEST_PACK_YAML.replace(
    'urgency:\n',
    `cycles:
  monthly: { name: { zh: 每月, en: monthly }, every: { months: 1 } }
  quarterly: { name: { zh: 每季度, en: quarterly }, every: { months: 3 } }
  weekly: { name: { zh: 每周, en: weekly }, every: { days: 7 } }
urgency:
`,
  ),
  'cycles.yaml',
);

const day = fc
  .integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2024, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const cycle = fc.constantFrom('monthly', 'quarterly', 'weekly', 'half-yearly', 'yearly');
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('nextReviews properties', () => {
  it('dates strictly increase; a month cycle keeps the day of month or clamps to the month end', () => {
    fc.assert(
      fc.property(day, cycle, fc.integer({ min: 1, max: 12 }), (from, c, count) => {
        const r = nextReviews(pack, { cycle: c, from, count });
        expect(r.map((x) => x.n)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
        let previous = from;
        for (const { due: given, nominal } of r) {
          expect(given).toBe(nominal); // without onWorkingDay a date is never moved, and never null
          const due = nominal;
          expect(due > previous).toBe(true);
          if (c !== 'weekly') {
            const [y, m] = due.split('-').map(Number) as [number, number];
            const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
            expect(Number(due.slice(8))).toBe(Math.min(Number(from.slice(8)), last));
          }
          previous = due;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('onWorkingDay gives the first working day on or after the nominal date', () => {
    fc.assert(
      // Starts before mid-2023 and at most 3 cycles (3 years), so every date stays inside the calendar (2022–2026).
      fc.property(
        day.filter((d) => d < '2023-07-01'),
        cycle,
        fc.integer({ min: 1, max: 3 }),
        (from, c, count) => {
          for (const r of nextReviews(pack, { cycle: c, from, count, onWorkingDay: true })) {
            const { nominal } = r;
            expect(r.due).not.toBeNull();
            const due = r.due!;
            expect(isWorkingDay(cal, due)).toBe(true);
            expect(due >= nominal).toBe(true);
            for (let d = nominal; d < due; d = nextDay(d)) expect(isWorkingDay(cal, d)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
