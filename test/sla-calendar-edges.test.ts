import { describe, expect, it } from 'vitest';
import { getBundledPack, validatePack, type PolicyPack } from '../src/index.js';
import { computeSla } from '../src/sla/index.js';
import { TEST_PACK_YAML } from './helpers/sla-pack.js';

// Built through the public API, as a city would: extends the bundled national pack.
function build(text: string): PolicyPack {
  const r = validatePack({ text, file: 'x.yaml' }, { resolveParent: () => getBundledPack('cn') });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('\n'));
  return r.value;
}
const pack = build(TEST_PACK_YAML);
const office = build(
  TEST_PACK_YAML.replace(
    'urgency:\n',
    'urgency:\n  officeHours: { start: "08:30", end: "17:30" }\n  pauseClockOutsideOfficeHours: true\n',
  ),
);

// emergency: PT1H / 2 working days; urgent: PT24H / 5 working days; ordinary: 15 working days.
// Holidays: 2023 09-29..10-06 (make-up 10-07 Sat, 10-08 Sun); 2024 10-01..10-07 (make-up 09-29 Sun, 10-12 Sat);
// 2025 10-01..10-08 (make-up 09-28 Sun, 10-11 Sat); 2026 01-01..01-03 (make-up 01-04 Sun), 02-15..02-23 (make-up 02-14 Sat).
const ROWS: [
  name: string,
  receivedAt: string,
  cls: string,
  receivedLocal: string,
  firstResponseDue: string | undefined,
  disposalDue: string,
][] = [
  [
    'afternoon before National Day: 10-08 is day 1, 10-09 day 2',
    '2024-09-30T17:30:00+08:00',
    'emergency',
    '2024-09-30T17:30:00.000+08:00',
    '2024-09-30T18:30:00.000+08:00',
    '2024-10-09T23:59:59.999+08:00',
  ],
  [
    'the deadline lands on make-up Saturday 10-12',
    '2024-10-10T09:00:00+08:00',
    'emergency',
    '2024-10-10T09:00:00.000+08:00',
    '2024-10-10T10:00:00.000+08:00',
    '2024-10-12T23:59:59.999+08:00',
  ],
  [
    '5 working days from 09-30 end on make-up Saturday 10-12',
    '2024-09-30T17:30:00+08:00',
    'urgent',
    '2024-09-30T17:30:00.000+08:00',
    '2024-10-01T17:30:00.000+08:00',
    '2024-10-12T23:59:59.999+08:00',
  ],
  [
    'at 23:59 on make-up Sunday 09-29: that day is the day of receipt',
    '2024-09-29T23:59:00+08:00',
    'emergency',
    '2024-09-29T23:59:00.000+08:00',
    '2024-09-30T00:59:00.000+08:00',
    '2024-10-08T23:59:59.999+08:00',
  ],
  [
    'one minute later, at 00:00 on 09-30: one working day later',
    '2024-09-30T00:00:00+08:00',
    'emergency',
    '2024-09-30T00:00:00.000+08:00',
    '2024-09-30T01:00:00.000+08:00',
    '2024-10-09T23:59:59.999+08:00',
  ],
  [
    'received on a holiday: clock runs, days count from 10-08',
    '2024-10-03T10:00:00+08:00',
    'emergency',
    '2024-10-03T10:00:00.000+08:00',
    '2024-10-03T11:00:00.000+08:00',
    '2024-10-09T23:59:59.999+08:00',
  ],
  [
    'given in UTC on 09-29, already 09-30 in Shanghai',
    '2024-09-29T16:30:00Z',
    'emergency',
    '2024-09-30T00:30:00.000+08:00',
    '2024-09-30T01:30:00.000+08:00',
    '2024-10-09T23:59:59.999+08:00',
  ],
  [
    'given in UTC, still 09-29 in Shanghai',
    '2024-09-29T15:59:59Z',
    'emergency',
    '2024-09-29T23:59:59.000+08:00',
    '2024-09-30T00:59:59.000+08:00',
    '2024-10-08T23:59:59.999+08:00',
  ],
  [
    'given at a US offset',
    '2024-09-29T12:30:00-04:00',
    'emergency',
    '2024-09-30T00:30:00.000+08:00',
    '2024-09-30T01:30:00.000+08:00',
    '2024-10-09T23:59:59.999+08:00',
  ],
  [
    'Friday-evening emergency before National Day 2024: make-up Sunday counts',
    '2024-09-27T19:00:00+08:00',
    'emergency',
    '2024-09-27T19:00:00.000+08:00',
    '2024-09-27T20:00:00.000+08:00',
    '2024-09-30T23:59:59.999+08:00',
  ],
  [
    'Thursday evening before the 2023 break: both days are make-up weekend days',
    '2023-09-28T20:00:00+08:00',
    'emergency',
    '2023-09-28T20:00:00.000+08:00',
    '2023-09-28T21:00:00.000+08:00',
    '2023-10-08T23:59:59.999+08:00',
  ],
  [
    'Friday evening before National Day 2025',
    '2025-09-26T19:00:00+08:00',
    'emergency',
    '2025-09-26T19:00:00.000+08:00',
    '2025-09-26T20:00:00.000+08:00',
    '2025-09-29T23:59:59.999+08:00',
  ],
  [
    'the evening before the 8-day 2025 break',
    '2025-09-30T18:00:00+08:00',
    'emergency',
    '2025-09-30T18:00:00.000+08:00',
    '2025-09-30T19:00:00.000+08:00',
    '2025-10-10T23:59:59.999+08:00',
  ],
  [
    'Friday before the 9-day 2026 Spring Festival: make-up Saturday 02-14 is day 1',
    '2026-02-13T18:00:00+08:00',
    'emergency',
    '2026-02-13T18:00:00.000+08:00',
    '2026-02-13T19:00:00.000+08:00',
    '2026-02-24T23:59:59.999+08:00',
  ],
  [
    'New Year 2026: make-up Sunday 01-04 is day 1',
    '2025-12-31T10:00:00+08:00',
    'urgent',
    '2025-12-31T10:00:00.000+08:00',
    '2026-01-01T10:00:00.000+08:00',
    '2026-01-08T23:59:59.999+08:00',
  ],
  [
    '15 working days across National Day',
    '2024-09-30T17:30:00+08:00',
    'ordinary',
    '2024-09-30T17:30:00.000+08:00',
    undefined,
    '2024-10-25T23:59:59.999+08:00',
  ],
];

describe('computeSla on the edges of the working-day calendar', () => {
  it.each(ROWS)('%s', (_name, receivedAt, urgency, receivedLocal, firstResponseDue, disposalDue) => {
    const sla = computeSla(pack, { receivedAt, urgency });
    expect(sla.receivedAt).toBe(receivedLocal);
    expect(sla.firstResponseDue).toBe(firstResponseDue);
    expect(sla.disposalDue).toBe(disposalDue);
  });

  it.each([
    ['Friday 16:30 + PT1H fits in the day', '2024-09-20T16:30:00+08:00', 'emergency', '2024-09-20T17:30:00.000+08:00'],
    ['Friday 16:30 + PT24H of office time', '2024-09-20T16:30:00+08:00', 'urgent', '2024-09-25T13:30:00.000+08:00'],
    [
      'Friday evening before National Day: make-up Sunday 09-29 opens at 08:30',
      '2024-09-27T19:00:00+08:00',
      'emergency',
      '2024-09-29T09:30:00.000+08:00',
    ],
    [
      'the evening before National Day: the clock waits for 10-08',
      '2024-09-30T17:30:00+08:00',
      'emergency',
      '2024-10-08T09:30:00.000+08:00',
    ],
  ])('office hours: %s', (_name, receivedAt, urgency, firstResponseDue) => {
    expect(computeSla(office, { receivedAt, urgency }).firstResponseDue).toBe(firstResponseDue);
  });

  it.each([
    [
      '5 working days from 2026-12-30 need 2027',
      '2026-12-30T10:00:00+08:00',
      'urgent',
      pack,
      '2026-12-31T10:00:00.000+08:00',
    ],
    [
      'received 2026-12-31T16:30Z, which is 2027-01-01 in Shanghai',
      '2026-12-31T16:30:00Z',
      'emergency',
      pack,
      '2027-01-01T01:30:00.000+08:00',
    ],
    ['office hours after closing on 2026-12-31', '2026-12-31T18:00:00+08:00', 'emergency', office, null],
  ])(
    'never guesses a year outside the calendar, and still returns what it can: %s',
    (_name, receivedAt, urgency, p, firstResponseDue) => {
      const sla = computeSla(p, { receivedAt, urgency });
      expect(sla.disposalDue).toBeNull();
      expect(sla.firstResponseDue).toBe(firstResponseDue);
      expect(sla.provisional).toBe(false);
      const beyond = sla.notes.filter((n) => n.code === 'sla_deadline_beyond_calendar');
      expect(beyond.map((n) => n.year)).toEqual(firstResponseDue === null ? [2027, 2027] : [2027]);
      expect(beyond[0]?.fix?.en).toMatch(/calendar/);
    },
  );

  it.each([
    // 2026-12-30 (Wed) + 5 working days, weekends only in 2027: 12-31, 01-01 (New Year, unknown), 01-04, 01-05, 01-06.
    ['5 working days from 2026-12-30', '2026-12-30T10:00:00+08:00', 'urgent', pack, '2027-01-06T23:59:59.999+08:00'],
    [
      'received at 00:30 on 2027-01-01 in Shanghai',
      '2026-12-31T16:30:00Z',
      'emergency',
      pack,
      '2027-01-05T23:59:59.999+08:00',
    ],
  ])(
    'with the weekends-only fallback the deadline is given and marked provisional: %s',
    (_name, receivedAt, urgency, p, due) => {
      const sla = computeSla(p, { receivedAt, urgency }, { uncoveredYears: 'weekends-only' });
      expect(sla.disposalDue).toBe(due);
      expect(sla.provisional).toBe(true);
      expect(sla.limits.disposal?.provisional).toBe(true);
      expect(sla.limits.firstResponse?.provisional).toBe(false); // a clock limit never needs the calendar
      expect(sla.notes.find((n) => n.code === 'sla_deadline_provisional')?.years).toEqual([2027]);
    },
  );

  it('a deadline inside the covered years is never provisional, fallback or not', () => {
    const sla = computeSla(
      pack,
      { receivedAt: '2026-12-21T10:00:00+08:00', urgency: 'urgent' },
      { uncoveredYears: 'weekends-only' },
    );
    expect(sla).toMatchObject({ disposalDue: '2026-12-28T23:59:59.999+08:00', provisional: false });
    expect(sla.notes.map((n) => n.code)).not.toContain('sla_deadline_provisional');
  });
});
