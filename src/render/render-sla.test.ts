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
