import { describe, expect, it } from 'vitest';
import { getBundledPack } from '../pack/index.js';
import { computeSla, slaStatus } from '../sla/index.js';
import { renderSla } from './render-sla.js';

const pack = getBundledPack('zhongshan');
const sla = computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });
const status = slaStatus(sla, {}, '2024-09-30T18:20:00+08:00');

describe('renderSla', () => {
  it('shows the pack, the class, the receipt and both deadlines, one note a line', () => {
    for (const lang of ['zh', 'en'] as const) {
      const lines = renderSla(sla, { lang }).split('\n');
      expect(lines[0]).toContain(`${sla.packId} ${sla.packVersion}`);
      expect(lines[0]).toContain(sla.className[lang]);
      expect(lines[1]).toContain(sla.receivedAt);
      expect(lines[2]).toContain(sla.firstResponseDue);
      expect(lines[3]).toContain(sla.disposalDue);
      expect(lines.slice(4)).toEqual(sla.notes.map((n) => `  ! ${n.text[lang]}`));
    }
  });

  it('is in Chinese unless English is asked for', () => {
    expect(renderSla(sla)).toBe(renderSla(sla, { lang: 'zh' }));
    expect(renderSla(sla, { lang: 'en' })).not.toBe(renderSla(sla, { lang: 'zh' }));
  });

  it('adds where each deadline stands when given a status', () => {
    const plain = renderSla(sla, { lang: 'en' }).split('\n');
    const withStatus = renderSla(sla, { lang: 'en', status }).split('\n');
    expect(withStatus.slice(0, plain.length)).toEqual(plain);
    const added = withStatus.slice(plain.length);
    expect(added).toHaveLength(2);
    expect(added[0]).toContain(status.firstResponse!.state);
    expect(added[0]).toContain(status.firstResponse!.remaining);
    expect(added[1]).toContain(status.disposal!.remaining);
    const late = slaStatus(sla, {}, '2024-10-10T09:00:00+08:00');
    expect(renderSla(sla, { lang: 'zh', status: late })).toContain(late.disposal!.overdue);
  });

  it('says when the pack sets no limit rather than printing nothing', () => {
    const { firstResponseDue: _gone, ...withoutFirst } = sla;
    const lines = renderSla(withoutFirst, { lang: 'en' }).split('\n');
    expect(lines[2]).not.toContain('undefined');
    expect(lines[2]).not.toMatch(/: $/);
  });
});

describe('renderSla at the calendar edge', () => {
  it('says a deadline beyond the calendar is not computed, with the year and what to do', () => {
    const edge = computeSla(pack, { receivedAt: '2026-12-31T10:00:00+08:00', urgency: 'emergency' });
    const text = renderSla(edge, { lang: 'en' });
    expect(text).toContain('first response due: 2026-12-31T11:00:00.000+08:00');
    expect(text).toContain('disposal due: (not computed');
    expect(text).toMatch(/needs 2027/);
    expect(text).toMatch(/→ Pass a calendar file/);
    const status = slaStatus(edge, {}, '2027-01-02T10:00:00+08:00');
    expect(status.disposal).toEqual({ state: 'unknown', due: null });
    expect(renderSla(edge, { lang: 'zh', status })).toContain('无法判断');
  });

  it('marks a deadline counted with the weekends-only fallback provisional, in the data and in the text', () => {
    const edge = computeSla(
      pack,
      { receivedAt: '2026-12-31T10:00:00+08:00', urgency: 'emergency' },
      { uncoveredYears: 'weekends-only' },
    );
    expect(edge).toMatchObject({ provisional: true, disposalDue: '2027-01-04T23:59:59.999+08:00' });
    expect(renderSla(edge, { lang: 'en' })).toContain('disposal due: 2027-01-04T23:59:59.999+08:00 (provisional)');
    expect(renderSla(edge, { lang: 'zh' })).toContain('2027-01-04T23:59:59.999+08:00（暂定）');
    const status = slaStatus(edge, {}, '2027-01-04T20:00:00+08:00');
    expect(status.disposal).toMatchObject({ state: 'at-risk', provisional: true });
    expect(renderSla(edge, { lang: 'en', status })).toMatch(/disposal: at-risk \(provisional\)/);
  });
});
