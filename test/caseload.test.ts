/**
 * A caseload at a glance, on the example files a hotline or a town office would keep: counts by state, the
 * overdue and at-risk ones first with their next due date, the unjudgeable ones apart; and its rendering.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getBundledPack } from '../src/pack/index.js';
import { renderCaseDeadlines, renderCaseload } from '../src/render/index.js';
import { computeCaseDeadlines, summarizeCaseload, type CaseloadReport } from '../src/sla/index.js';
import { errorOf } from './helpers/errors.js';

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const reports: CaseloadReport[] = lines('examples/caseload/zhongshan-reports.jsonl').map((r) =>
  'report' in r ? (r as unknown as CaseloadReport) : { report: r },
);
const cases = lines('examples/caseload/zhongshan-cases.jsonl');
const zhongshan = getBundledPack('zhongshan');
const AT = '2024-10-09T20:00:00+08:00';

describe('summarizeCaseload', () => {
  const day = summarizeCaseload(zhongshan, { reports, cases }, { at: AT });

  it('counts every report and case by state', () => {
    expect(day.total).toBe(9);
    expect(day.counts).toMatchObject({ breached: 3, 'at-risk': 2, unknown: 1, 'on-time': 1, met: 2 });
    expect(Object.values(day.counts).reduce((a, b) => a + b, 0)).toBe(9);
  });

  it('lists the breached first (earliest due first), then at risk, then unknown, on time, done', () => {
    expect(day.items.map((i) => [i.state, i.id, i.deadline ?? null, i.nextDue])).toEqual([
      ['breached', 'zs-r-105', 'disposal', '2024-09-30T23:59:59.999+08:00'],
      ['breached', 'zs-c-202', 'review', '2024-10-08T23:59:59.999+08:00'],
      ['breached', 'zs-r-102', 'firstResponse', '2024-10-09T10:10:00.000+08:00'],
      ['at-risk', 'zs-r-101', 'disposal', '2024-10-09T23:59:59.999+08:00'],
      ['at-risk', 'zs-c-204', 'paperwork', '2024-10-10T23:59:59.999+08:00'],
      ['unknown', 'zs-r-104', null, null],
      ['on-time', 'zs-c-201', 'paperwork', '2024-10-15T23:59:59.999+08:00'],
      ['met', 'zs-r-103', 'firstResponse', '2024-09-29T12:00:00.000+08:00'],
      ['met', 'zs-c-203', 'review', '2024-10-18T23:59:59.999+08:00'],
    ]);
    expect(day.items.find((i) => i.id === 'zs-r-104')?.notes).toEqual(['sla_limit_not_set']);
  });

  it('keeps what cannot be judged apart, with its issues, and judges the rest', () => {
    expect(day.errors).toEqual([
      expect.objectContaining({ kind: 'case', id: 'zs-c-205', index: 4, code: 'case_invalid' }),
    ]);
    expect(day.errors[0]!.issues[0]).toMatchObject({
      code: 'case_unknown_procedure',
      args: { suggestion: 'dibao-review' },
    });
  });

  it('at the calendar edge: null next due and unknown, or provisional with the fallback', () => {
    const late = [{ report: { id: 'late', receivedAt: '2026-12-31T10:00:00+08:00', urgency: 'emergency' } }];
    const at = '2026-12-31T10:30:00+08:00';
    const refused = summarizeCaseload(zhongshan, { reports: late }, { at });
    // The disposal deadline cannot be computed: the report is unknown, listed before those on time; the date
    // shown is the first response's (on the clock, always computed).
    expect(refused.items[0]).toMatchObject({
      state: 'unknown',
      deadline: 'firstResponse',
      nextDue: '2026-12-31T11:00:00.000+08:00',
      provisional: false,
    });
    expect(refused.items[0]!.notes).toContain('sla_deadline_beyond_calendar');
    const after = summarizeCaseload(zhongshan, { reports: late }, { at: '2026-12-31T12:00:00+08:00' });
    expect(after.items[0]).toMatchObject({ state: 'breached', deadline: 'firstResponse' });
    const fallback = summarizeCaseload(zhongshan, { reports: late }, { at, uncoveredYears: 'weekends-only' });
    expect(fallback.items[0]).toMatchObject({ provisional: true });
  });

  it('needs a moment with an offset', () => {
    expect(errorOf(() => summarizeCaseload(zhongshan, { reports }, { at: '2024-10-09 20:00' })).code).toBe(
      'caseload_invalid',
    );
  });

  it('renders the day: counts, the open ones in order, the errors', () => {
    const text = renderCaseload(day, { lang: 'en' }).split('\n');
    expect(text[0]).toBe('zhongshan 2.1.0 · caseload at 2024-10-09T20:00:00.000+08:00 · 9 report(s) and case(s)');
    expect(text[1]).toBe('breached 3 · at-risk 2 · unknown 1 · on-time 1 · met 2');
    const rows = text
      .slice(text.indexOf(text.find((l) => l.startsWith('state'))!) + 1)
      .filter((l) => /^\S+ {2}/.test(l));
    expect(rows.map((r) => r.split(/\s+/)[1])).toEqual([
      'zs-r-105',
      'zs-c-202',
      'zs-r-102',
      'zs-r-101',
      'zs-c-204',
      'zs-r-104',
      'zs-c-201',
    ]);
    expect(renderCaseload(day, { lang: 'en', all: true })).toContain('zs-c-203');
    expect(text.join('\n')).toContain('1 could not be judged:');
    expect(renderCaseload(day)).toContain('已超时');
  });
});

describe('renderCaseDeadlines', () => {
  it('shows each stage with its limit, extension, day 1, due date, state and notes', () => {
    const c = JSON.parse(readFileSync('examples/cases/yongchuan-dibao.json', 'utf8'));
    const d = computeCaseDeadlines(getBundledPack('chongqing-yongchuan'), c, { at: '2024-11-12T09:00:00+08:00' });
    const en = renderCaseDeadlines(d, { lang: 'en' });
    expect(en).toContain('state: at-risk · next due: 2024-11-13T23:59:59.999+08:00 (district-opinion)');
    expect(en).toContain('40 working days (extended: special circumstances; was 25 working days)');
    expect(en).toContain('day 1 2024-09-29 · due 2024-11-27T23:59:59.999+08:00');
    expect(renderCaseDeadlines(d)).toContain('即将超时');
  });

  it('marks a provisional due date and explains one that is not computed', () => {
    const events = [{ type: 'accepted', at: '2026-11-20T10:00:00+08:00' }];
    const at = '2026-12-28T09:00:00+08:00';
    const refused = computeCaseDeadlines(zhongshan, { procedure: 'dibao-review', events }, { at });
    expect(renderCaseDeadlines(refused, { lang: 'en' })).toMatch(
      /due \(not computed[^\n]*\n[\s\S]*needs 2027[\s\S]*→ Pass a calendar file/,
    );
    const fallback = computeCaseDeadlines(
      zhongshan,
      { procedure: 'dibao-review', events },
      { at, uncoveredYears: 'weekends-only' },
    );
    expect(renderCaseDeadlines(fallback, { lang: 'en' })).toContain('due 2027-01-01T23:59:59.999+08:00 (provisional)');
    expect(renderCaseDeadlines(fallback, { lang: 'zh' })).toContain('2027-01-01T23:59:59.999+08:00（暂定）');
  });
});
