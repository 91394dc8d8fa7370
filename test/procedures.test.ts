/**
 * Table tests of every procedure in the bundled packs, and of the procedure features the packs do not use yet
 * (pauses, clock limits) on a test pack: holidays and make-up working days, extensions, pauses, a receipt at
 * 23:59, and a deadline that lands in a year the calendar does not cover (partial, and provisional with the
 * fallback). Dates are worked out by hand from the State Council notices in policies/calendars/cn-mainland.yaml.
 */
import { describe, expect, it } from 'vitest';
import { bundledPackIds, getBundledPack, type PolicyPack } from '../src/pack/index.js';
import { computeCaseDeadlines, type CaseDeadlines, type ComputeCaseDeadlinesOptions } from '../src/sla/index.js';
import { errorOf } from './helpers/errors.js';
import { buildProcedurePack } from './helpers/procedure-pack.js';

type Event = { type: string; at: string; stage?: string; extension?: string; pause?: string };
const END = 'T23:59:59.999+08:00';

function run(pack: PolicyPack, procedure: string, events: Event[], options: ComputeCaseDeadlinesOptions = {}) {
  return computeCaseDeadlines(pack, { procedure, events }, options);
}
function stage(d: CaseDeadlines, id: string) {
  const s = d.stages.find((x) => x.stage === id);
  if (!s) throw new Error(`no stage ${id}`);
  return s;
}
const codes = (d: CaseDeadlines, id: string) => stage(d, id).notes.map((n) => n.code);

const yongchuan = getBundledPack('chongqing-yongchuan');
const zhongshan = getBundledPack('zhongshan');
const qingyang = getBundledPack('qingyang');
const test = buildProcedurePack();

describe('dibao review and confirmation, Chongqing (25 working days, 40 extended; district opinion 10)', () => {
  // 2024: National Day 10-01..10-07, make-up Sunday 09-29 and Saturday 10-12.
  it.each([
    [
      'Friday before National Day: make-up Sunday 09-29 is day 1',
      '2024-09-27T10:00:00+08:00',
      '2024-09-29',
      '2024-11-06',
    ],
    [
      'at 23:59 on 09-30: that day is the day of acceptance, day 1 is 10-08',
      '2024-09-30T23:59:00+08:00',
      '2024-10-08',
      '2024-11-08',
    ],
    ['at 23:59 Shanghai given in UTC on make-up Sunday 09-29', '2024-09-29T15:59:00Z', '2024-09-30', '2024-11-07'],
    ['one minute later, 00:00 on 09-30 in Shanghai', '2024-09-29T16:00:00Z', '2024-10-08', '2024-11-08'],
    [
      'accepted on a holiday: day 1 is the first working day after the break',
      '2024-10-03T09:00:00+08:00',
      '2024-10-08',
      '2024-11-08',
    ],
    // 2025: Spring Festival 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08.
    ['across the 2025 Spring Festival', '2025-01-20T10:00:00+08:00', '2025-01-21', '2025-02-28'],
  ])('%s', (_name, at, countsFrom, due) => {
    const d = run(yongchuan, 'dibao-review', [{ type: 'accepted', at }]);
    expect(stage(d, 'review')).toMatchObject({ countsFrom, due: `${due}${END}`, verified: true, provisional: false });
    expect(stage(d, 'district-opinion')).toMatchObject({ due: null, state: 'not-started' });
    expect(d.nextDue).toBe(`${due}${END}`);
    expect(d.state).toBeUndefined(); // no moment given: open stages are not judged
  });

  it('an extension puts 40 working days in force, counted from the same acceptance', () => {
    const events = [
      { type: 'accepted', at: '2024-09-27T10:00:00+08:00' },
      { type: 'extended', at: '2024-10-30T10:00:00+08:00', stage: 'review', extension: 'special-circumstances' },
    ];
    const d = run(yongchuan, 'dibao-review', events, { at: '2024-11-12T09:00:00+08:00' });
    expect(stage(d, 'review')).toMatchObject({
      limit: { kind: 'working-days', value: 40 },
      extension: { id: 'special-circumstances', from: { kind: 'working-days', value: 25 } },
      due: `2024-11-27${END}`,
      state: 'on-time',
    });
    expect(codes(d, 'review')).toEqual(['procedure_extended']);
  });

  it('an extension recorded after the 25 days had run is applied and flagged', () => {
    const events = [
      { type: 'accepted', at: '2024-09-27T10:00:00+08:00' },
      { type: 'extended', at: '2024-11-07T10:00:00+08:00', stage: 'review' },
    ];
    const d = run(yongchuan, 'dibao-review', events, { at: '2024-11-08T09:00:00+08:00' });
    expect(stage(d, 'review').due).toBe(`2024-11-27${END}`);
    expect(codes(d, 'review')).toContain('procedure_extended_after_due');
  });

  it("the district's opinion: 10 working days from receiving the town's materials; at risk after 8 of them", () => {
    const events = [
      { type: 'accepted', at: '2024-09-27T10:00:00+08:00' },
      { type: 'materials-received', at: '2024-10-30T15:00:00+08:00' },
    ];
    const d = run(yongchuan, 'dibao-review', events, { at: '2024-11-12T09:00:00+08:00' });
    expect(stage(d, 'district-opinion')).toMatchObject({
      countsFrom: '2024-10-31',
      due: `2024-11-13${END}`,
      state: 'at-risk',
    });
    // The review (due 11-06) is breached: the case is breached, and its breached stage is what is due first.
    expect(stage(d, 'review')).toMatchObject({ state: 'breached', overdue: 'P5DT9H0.001S' });
    expect(d).toMatchObject({ state: 'breached', nextDue: `2024-11-06${END}`, nextStage: 'review' });
  });

  it('decided on time, decided late', () => {
    const accepted = { type: 'accepted', at: '2024-09-27T10:00:00+08:00' };
    const onTime = run(yongchuan, 'dibao-review', [accepted, { type: 'decided', at: `2024-11-06T23:59:59.999+08:00` }]);
    expect(stage(onTime, 'review')).toMatchObject({ state: 'met', remainingMs: 0 });
    const late = run(yongchuan, 'dibao-review', [accepted, { type: 'decided', at: '2024-11-07T00:00:00+08:00' }]);
    expect(stage(late, 'review')).toMatchObject({ state: 'met-late', overdueMs: 1 });
  });
});

describe('dibao review and confirmation, national baseline (30 working days, 45 extended; unverified)', () => {
  it('Zhongshan uses the baseline: 30 working days across the 2025 Spring Festival, unverified', () => {
    const d = run(zhongshan, 'dibao-review', [{ type: 'accepted', at: '2025-01-20T10:00:00+08:00' }], {
      at: '2025-03-03T09:00:00+08:00',
    });
    expect(stage(d, 'review')).toMatchObject({ due: `2025-03-07${END}`, state: 'at-risk', verified: false });
    expect(d.verified).toBe(false);
    expect(codes(d, 'review')).toEqual(['procedure_limit_unverified']);
  });

  it('lands in 2027: the due date is null with a note, day 1 is still given', () => {
    const d = run(zhongshan, 'dibao-review', [{ type: 'accepted', at: '2026-11-20T10:00:00+08:00' }], {
      at: '2026-12-28T09:00:00+08:00',
    });
    const review = stage(d, 'review');
    expect(review).toMatchObject({ countsFrom: '2026-11-23', due: null, state: 'unknown', provisional: false });
    expect(review.notes.find((n) => n.code === 'sla_deadline_beyond_calendar')).toMatchObject({ year: 2027 });
    expect(d).toMatchObject({ state: 'unknown', nextDue: null });
  });

  it('lands in 2027 with the weekends-only fallback: a provisional due date', () => {
    // 30 working days from 2026-11-23: 11-23..12-31 is 29; 2027-01-01 (a Friday, New Year unknown) is day 30.
    const d = run(zhongshan, 'dibao-review', [{ type: 'accepted', at: '2026-11-20T10:00:00+08:00' }], {
      at: '2026-12-28T09:00:00+08:00',
      uncoveredYears: 'weekends-only',
    });
    expect(stage(d, 'review')).toMatchObject({ due: `2027-01-01${END}`, state: 'at-risk', provisional: true });
    expect(d.provisional).toBe(true);
    expect(codes(d, 'review')).toContain('sla_deadline_provisional');
  });

  it('decided before the calendar ends: done, though the due date is beyond it', () => {
    const d = run(zhongshan, 'dibao-review', [
      { type: 'accepted', at: '2026-11-20T10:00:00+08:00' },
      { type: 'decided', at: '2026-12-20T10:00:00+08:00' },
    ]);
    expect(stage(d, 'review')).toMatchObject({ due: null, state: 'done', doneAt: '2026-12-20T10:00:00.000+08:00' });
  });
});

describe('dibao publicity, confirmation and rejection notice, national baseline (7 days, 10 and 3 working days; unverified)', () => {
  const accepted = { type: 'accepted', at: '2024-09-02T10:00:00+08:00' };

  it('an accepted case: the three stages wait for their own events, the review is what is due next', () => {
    const d = run(zhongshan, 'dibao-review', [accepted], { at: '2024-09-10T09:00:00+08:00' });
    for (const id of ['publicity', 'confirmation', 'rejection-notice'])
      expect(stage(d, id)).toMatchObject({ due: null, state: 'not-started', verified: false });
    expect(d.nextStage).toBe('review');
  });

  it('publicity: 7 calendar days from the day after posting, through the National Day break; running, then met', () => {
    const events = [accepted, { type: 'publicity-started', at: '2024-09-28T10:00:00+08:00' }];
    const running = run(zhongshan, 'dibao-review', events, { at: '2024-10-03T09:00:00+08:00' });
    expect(stage(running, 'publicity')).toMatchObject({
      countsFrom: '2024-09-29',
      due: `2024-10-05${END}`,
      state: 'running',
      period: true,
      verified: false,
    });
    expect(codes(running, 'publicity')).toEqual(['procedure_limit_unverified', 'sla_limit_remark', 'procedure_period']);
    const ended = [...events, { type: 'publicity-ended', at: '2024-10-06T09:00:00+08:00' }];
    expect(stage(run(zhongshan, 'dibao-review', ended), 'publicity').state).toBe('met');
  });

  it('confirmation: 10 working days from the end of the publicity; a holiday end counts from 10-08, make-up Saturday 10-12 counted', () => {
    const d = run(zhongshan, 'dibao-review', [
      accepted,
      { type: 'publicity-started', at: '2024-09-28T10:00:00+08:00' },
      { type: 'publicity-ended', at: '2024-10-05T23:59:59+08:00' },
      { type: 'decided', at: '2024-10-18T16:00:00+08:00' },
    ]);
    expect(stage(d, 'confirmation')).toMatchObject({ countsFrom: '2024-10-08', due: `2024-10-18${END}`, state: 'met' });
    // The same decision ends the overall review too: 30 working days from 09-03 (Mid-Autumn 09-15..17 and National
    // Day off, make-up 09-14, 09-29 and 10-12 worked) also run to 10-18.
    expect(stage(d, 'review')).toMatchObject({ due: `2024-10-18${END}`, state: 'met' });
  });

  it('rejection notice: 3 working days; rejected at 23:59 the Friday before the 2025 Spring Festival', () => {
    // 01-24 is the day of the decision; make-up Sunday 01-26 is day 1, Monday 01-27 day 2, 02-05 (after 01-28..02-04) day 3.
    const events = [
      { type: 'accepted', at: '2024-12-16T10:00:00+08:00' },
      { type: 'decided', at: '2025-01-24T23:59:00+08:00' },
      { type: 'rejected', at: '2025-01-24T23:59:00+08:00' },
    ];
    const d = run(zhongshan, 'dibao-review', events, { at: '2025-02-05T12:00:00+08:00' }); // 2.5 of 3 days used
    expect(stage(d, 'rejection-notice')).toMatchObject({
      countsFrom: '2025-01-26',
      due: `2025-02-05${END}`,
      state: 'at-risk',
    });
    expect(d).toMatchObject({ state: 'at-risk', nextStage: 'rejection-notice', nextDue: `2025-02-05${END}` });
    const late = run(zhongshan, 'dibao-review', [
      ...events,
      { type: 'rejection-notified', at: '2025-02-06T09:00:00+08:00' },
    ]);
    expect(stage(late, 'rejection-notice').state).toBe('met-late');
  });

  it('rejection notice in the last days of 2026: null, the rest computed; provisional with the fallback', () => {
    const events = [
      { type: 'accepted', at: '2026-11-20T10:00:00+08:00' },
      { type: 'decided', at: '2026-12-30T15:00:00+08:00' },
      { type: 'rejected', at: '2026-12-30T15:00:00+08:00' },
    ];
    const at = '2026-12-31T09:00:00+08:00';
    const d = run(zhongshan, 'dibao-review', events, { at });
    expect(stage(d, 'rejection-notice')).toMatchObject({ countsFrom: '2026-12-31', due: null, state: 'unknown' });
    expect(stage(d, 'review')).toMatchObject({ state: 'done' }); // its due date is in 2027 too; decided in time to say so
    // Day 1 12-31, day 2 Friday 2027-01-01 (New Year 2027 is not known: a guess), day 3 Monday 01-04.
    const f = run(zhongshan, 'dibao-review', events, { at, uncoveredYears: 'weekends-only' });
    expect(stage(f, 'rejection-notice')).toMatchObject({
      due: `2027-01-04${END}`,
      provisional: true,
      state: 'on-time',
    });
  });
});

describe('every stage of every bundled procedure, started at 23:59 on 2026-12-30', () => {
  // 12-30 is the day of the start; 12-31 is day 1; every later day is in 2027, which the calendar lacks.
  const at = '2026-12-31T09:00:00+08:00';
  const rows = bundledPackIds.flatMap((id) =>
    Object.entries(getBundledPack(id).procedures).flatMap(([procedure, p]) =>
      Object.entries(p.stages).map(([sid, s]) => [id, procedure, sid, s.starts, s.limit] as const),
    ),
  );

  it.each(rows)('%s %s %s', (id, procedure, sid, starts, limit) => {
    const pack = getBundledPack(id);
    const events = [{ type: starts, at: '2026-12-30T23:59:00+08:00' }];
    const refused = stage(run(pack, procedure, events, { at }), sid);
    const fallback = stage(run(pack, procedure, events, { at, uncoveredYears: 'weekends-only' }), sid);
    if (limit === 'unknown') {
      expect(refused).toMatchObject({ due: null, state: 'unknown', provisional: false });
      expect(fallback).toMatchObject({ due: null, state: 'unknown', provisional: false });
    } else if (typeof limit === 'object' && 'days' in limit) {
      // Calendar days need no holiday notice: the same certain date either way.
      const last = new Date(Date.UTC(2026, 11, 30 + limit.days)).toISOString().slice(0, 10);
      expect(refused).toMatchObject({ countsFrom: '2026-12-31', due: `${last}${END}`, state: 'running' });
      expect(refused.provisional).toBe(false);
      expect(fallback).toMatchObject({ due: refused.due, provisional: false });
    } else {
      // Working days: day 1 is known, the due date is not; the fallback gives a provisional one.
      expect(refused).toMatchObject({ countsFrom: '2026-12-31', due: null, state: 'unknown', provisional: false });
      expect(refused.notes.find((n) => n.code === 'sla_deadline_beyond_calendar')).toMatchObject({ year: 2027 });
      expect(fallback).toMatchObject({ countsFrom: '2026-12-31', provisional: true, state: 'on-time' });
      expect(fallback.due! > '2027-01-01').toBe(true);
    }
  });
});

describe('assist first, approve later: Zhongshan (10 working days, unverified reading of the Guangdong regulation)', () => {
  // 2026: Spring Festival 02-15..02-23, make-up Saturdays 02-14 and 02-28.
  it('across the 2026 Spring Festival, both make-up Saturdays counted', () => {
    const d = run(zhongshan, 'assist-first', [{ type: 'assisted', at: '2026-02-12T20:00:00+08:00' }], {
      at: '2026-02-27T09:00:00+08:00',
    });
    expect(stage(d, 'paperwork')).toMatchObject({
      countsFrom: '2026-02-13',
      due: `2026-03-04${END}`,
      state: 'on-time',
    });
    expect(codes(d, 'paperwork')).toEqual(['procedure_limit_unverified', 'sla_limit_remark']);
  });

  it('assisted on 2026-12-25: null beyond 2026, provisional 2027-01-08 with the fallback', () => {
    const events = [{ type: 'assisted', at: '2026-12-25T20:00:00+08:00' }];
    const at = '2026-12-31T09:00:00+08:00';
    expect(stage(run(zhongshan, 'assist-first', events, { at }), 'paperwork')).toMatchObject({
      due: null,
      state: 'unknown',
    });
    const fallback = run(zhongshan, 'assist-first', events, { at, uncoveredYears: 'weekends-only' });
    expect(stage(fallback, 'paperwork')).toMatchObject({
      due: `2027-01-08${END}`,
      provisional: true,
      state: 'on-time',
    });
  });
});

describe('temporary assistance: Qingyang (verification 2 working days, publicity 2 days, confirmation promptly)', () => {
  const accepted = { type: 'accepted', at: '2024-09-27T16:00:00+08:00' };
  const reviewed = { type: 'reviewed', at: '2024-09-30T11:00:00+08:00' };
  const posted = { type: 'publicity-started', at: '2024-09-30T12:00:00+08:00' };

  it('verification: make-up Sunday 09-29 is day 1, 09-30 day 2', () => {
    const d = run(qingyang, 'temporary-assistance', [accepted, reviewed]);
    expect(stage(d, 'verification')).toMatchObject({ countsFrom: '2024-09-29', due: `2024-09-30${END}`, state: 'met' });
  });

  it('publicity runs 2 calendar days, holidays included: running, then complete', () => {
    const running = run(qingyang, 'temporary-assistance', [accepted, reviewed, posted], {
      at: '2024-10-02T09:00:00+08:00',
    });
    expect(stage(running, 'publicity')).toMatchObject({ due: `2024-10-02${END}`, state: 'running', period: true });
    expect(running.state).toBe('running');
    const ran = run(qingyang, 'temporary-assistance', [accepted, reviewed, posted], {
      at: '2024-10-03T09:00:00+08:00',
    });
    expect(stage(ran, 'publicity').state).toBe('met');
  });

  it('publicity taken down early is cut short', () => {
    const early = { type: 'publicity-ended', at: '2024-10-02T08:00:00+08:00' };
    const d = run(qingyang, 'temporary-assistance', [accepted, reviewed, posted, early], {
      at: '2024-10-03T09:00:00+08:00',
    });
    expect(stage(d, 'publicity').state).toBe('cut-short');
    expect(codes(d, 'publicity')).toContain('procedure_cut_short');
  });

  it('confirmation "promptly": a limit without a figure has no due date and says so', () => {
    const ended = { type: 'publicity-ended', at: '2024-10-03T08:00:00+08:00' };
    const d = run(qingyang, 'temporary-assistance', [accepted, reviewed, posted, ended], {
      at: '2024-10-08T09:00:00+08:00',
    });
    expect(stage(d, 'confirmation')).toMatchObject({ limit: { kind: 'unknown' }, due: null, state: 'unknown' });
    expect(codes(d, 'confirmation')).toEqual(['procedure_limit_unknown', 'sla_limit_remark']);
  });
});

describe('settling a missed or wrong assistance warning: Yongchuan (a limit without a figure)', () => {
  it('open: unknown; settled: done', () => {
    const warned = { type: 'warned', at: '2024-09-27T16:00:00+08:00' };
    const open = run(yongchuan, 'warning-settlement', [warned], { at: '2024-10-09T09:00:00+08:00' });
    expect(open).toMatchObject({ state: 'unknown', nextDue: null });
    const settled = run(yongchuan, 'warning-settlement', [
      warned,
      { type: 'settled', at: '2024-10-08T10:00:00+08:00' },
    ]);
    expect(stage(settled, 'settle')).toMatchObject({ state: 'done', due: null });
  });
});

describe('pauses and clock limits (test pack)', () => {
  const accepted = { type: 'accepted', at: '2024-09-02T10:00:00+08:00' }; // Monday

  it('a pause leaves out the working days after the day it began, up to the day it ended', () => {
    // 25 working days from 09-03 end on make-up Saturday 10-12 (Mid-Autumn 09-15..17 with make-up Saturday 09-14;
    // National Day 10-01..07 with make-up Sunday 09-29).
    expect(stage(run(test, 'review', [accepted]), 'review').due).toBe(`2024-10-12${END}`);
    // Paused Tuesday 09-03 14:00, resumed Friday 09-06 09:00: 09-04, 09-05, 09-06 are not counted.
    const paused = run(test, 'review', [
      accepted,
      { type: 'paused', at: '2024-09-03T14:00:00+08:00', stage: 'review' },
      { type: 'resumed', at: '2024-09-06T09:00:00+08:00', stage: 'review' },
    ]);
    expect(stage(paused, 'review')).toMatchObject({
      due: `2024-10-16${END}`,
      pauses: [
        { pause: 'awaiting-documents', from: '2024-09-03T14:00:00.000+08:00', to: '2024-09-06T09:00:00.000+08:00' },
      ],
    });
    expect(codes(paused, 'review')).toContain('procedure_paused');
  });

  it('while paused there is no due date and the stage says paused', () => {
    const d = run(test, 'review', [accepted, { type: 'paused', at: '2024-09-03T14:00:00+08:00', stage: 'review' }], {
      at: '2024-12-01T09:00:00+08:00',
    });
    expect(stage(d, 'review')).toMatchObject({ due: null, state: 'paused' });
    expect(d.state).toBe('paused');
  });

  it('a clock limit runs through holidays and stops only while paused', () => {
    const assisted = { type: 'assisted', at: '2024-09-30T20:00:00+08:00' };
    expect(stage(run(test, 'assist-first', [assisted]), 'paperwork').due).toBe('2024-10-02T20:00:00.000+08:00');
    const d = run(
      test,
      'assist-first',
      [
        assisted,
        { type: 'paused', at: '2024-10-01T08:00:00+08:00' },
        { type: 'resumed', at: '2024-10-01T14:30:00+08:00' },
      ],
      { at: '2024-10-02T20:00:00+08:00' },
    );
    expect(stage(d, 'paperwork')).toMatchObject({ due: '2024-10-03T02:30:00.000+08:00', state: 'at-risk' });
    expect(stage(d, 'paperwork').elapsedShare).toBeCloseTo(41.5 / 48, 6);
  });
});

describe('what a case must look like', () => {
  const accepted = { type: 'accepted', at: '2024-09-27T10:00:00+08:00' };
  it.each([
    [
      'an unknown procedure, with a suggestion',
      { procedure: 'dibao-reveiw', events: [] },
      {},
      [['case_unknown_procedure', 'procedure']],
    ],
    [
      'an event the procedure does not use',
      { procedure: 'dibao-review', events: [accepted, { type: 'acepted', at: accepted.at }] },
      {},
      [['case_unknown_event', 'events.1.type']],
    ],
    [
      'an extension the stage does not have',
      {
        procedure: 'dibao-review',
        events: [accepted, { type: 'extended', at: accepted.at, stage: 'review', extension: 'tired' }],
      },
      {},
      [['case_unknown_extension', 'events.1.extension']],
    ],
    [
      'a pause where the source allows none',
      { procedure: 'dibao-review', events: [accepted, { type: 'paused', at: accepted.at, stage: 'review' }] },
      {},
      [['case_unknown_pause', 'events.1.pause']],
    ],
    [
      'a stage event without its stage when there are several',
      { procedure: 'dibao-review', events: [accepted, { type: 'extended', at: accepted.at }] },
      {},
      [['case_event_needs_stage', 'events.1.stage']],
    ],
    [
      'an event after the moment judged',
      { procedure: 'dibao-review', events: [accepted] },
      { at: '2024-09-27T09:00:00+08:00' },
      [['case_event_after_at', 'events.0.at']],
    ],
    [
      'decided before accepted',
      { procedure: 'dibao-review', events: [accepted, { type: 'decided', at: '2024-09-26T10:00:00+08:00' }] },
      {},
      [['case_stage_ends_before_start', 'events.1.at']],
    ],
    [
      'a time without an offset, and an unknown field',
      { procedure: 'dibao-review', events: [{ type: 'accepted', at: '2024-09-27T10:00:00' }], colour: 'red' },
      {},
      [
        ['case_missing_offset', 'events.0.at'],
        ['case_unknown_key', 'colour'],
      ],
    ],
    [
      'a bad moment and a bad share',
      { procedure: 'dibao-review', events: [accepted] },
      { at: 'tomorrow', atRiskShare: 2 },
      [
        ['sla_bad_timestamp', 'at'],
        ['sla_bad_at_risk_share', 'options.atRiskShare'],
      ],
    ],
  ])('%s', (_name, input, options, expected) => {
    const e = errorOf(() => computeCaseDeadlines(yongchuan, input, options as ComputeCaseDeadlinesOptions));
    expect(e.code).toBe('case_invalid');
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual(expected);
  });

  it('a resume without a pause, a pause while paused (test pack)', () => {
    const at = (d: string) => `2024-09-0${d}T10:00:00+08:00`;
    const e = errorOf(() =>
      computeCaseDeadlines(test, {
        procedure: 'review',
        events: [
          { type: 'accepted', at: at('2') },
          { type: 'resumed', at: at('3'), stage: 'review' },
          { type: 'paused', at: at('4'), stage: 'review' },
          { type: 'paused', at: at('5'), stage: 'review' },
        ],
      }),
    );
    expect(e.issues.map((i) => i.code)).toEqual(['case_resume_without_pause', 'case_pause_while_paused']);
  });

  it('never modifies its input and gives the same answer twice', () => {
    const input = Object.freeze({ procedure: 'dibao-review', events: Object.freeze([Object.freeze({ ...accepted })]) });
    const before = JSON.stringify(input);
    const a = computeCaseDeadlines(yongchuan, input, { at: '2024-10-28T09:00:00+08:00' });
    expect(JSON.stringify(input)).toBe(before);
    expect(computeCaseDeadlines(yongchuan, input, { at: '2024-10-28T09:00:00+08:00' })).toEqual(a);
  });
});
