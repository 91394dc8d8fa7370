/**
 * The policy book (`renderPolicyBook`, `safetynet doc`): Chengdu's and Qingyang's books held against snapshots
 * (`npx vitest run test/policy-book.test.ts -u` after a deliberate change to a pack or the book), and what any book
 * must hold: the gaps before the rules, every parameter, source and procedure stage, one self-contained HTML page.
 */
import { describe, expect, it } from 'vitest';
import { bundledPackIds, getBundledPack } from '../src/pack/index.js';
import { renderPolicyBook } from '../src/render/index.js';

describe('renderPolicyBook', () => {
  it.each(['chengdu', 'qingyang'] as const)('%s: the Markdown book is the snapshot', async (id) => {
    await expect(renderPolicyBook(getBundledPack(id))).toMatchFileSnapshot(`__snapshots__/${id}-policy-book.md`);
  });

  it.each(bundledPackIds)('%s: gaps first, every parameter, source, programme and procedure stage', (id) => {
    const pack = getBundledPack(id);
    const md = renderPolicyBook(pack);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toContain('Summary');
    expect(headings[1]).toContain('Unknown and unverified');
    for (const key of Object.keys(pack.parameters)) expect(md).toContain(`\`${key}\``);
    for (const source of Object.keys(pack.sources)) expect(md).toContain(`\`${source}\``);
    for (const programme of Object.keys(pack.programmes)) expect(md).toContain(`### \`${programme}\``);
    for (const [procedure, p] of Object.entries(pack.procedures)) {
      expect(md).toContain(`### \`${procedure}\``);
      for (const stage of Object.keys(p.stages)) expect(md).toContain(`| \`${stage}\` `);
    }
    expect(renderPolicyBook(pack)).toBe(md); // no clock: the same pack, the same book
  });

  it('lists an unknown figure, an unverified figure and an unknown stage limit among the gaps', () => {
    const md = renderPolicyBook(getBundledPack('qingyang'));
    const gaps = md.slice(md.indexOf('Unknown and unverified'), md.indexOf('## 3.'));
    expect(gaps).toContain('数值未知 / figure unknown');
    expect(gaps).toContain('时限未知 / limit unknown');
    expect(gaps).toContain('`temporary-assistance.confirmation`');
  });

  it('one language at a time', () => {
    const pack = getBundledPack('chengdu');
    expect(renderPolicyBook(pack, { lang: 'en' })).not.toMatch(/政策手册|救助项目/);
    expect(renderPolicyBook(pack, { lang: 'zh' })).not.toMatch(/policy book|Programmes/);
  });

  it('HTML: one page with its styles inline, no script and nothing fetched', () => {
    const html = renderPolicyBook(getBundledPack('zhongshan'), { format: 'html' });
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src="http|@import/i);
    expect(html).toContain('id="procedures"');
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/^\| /m); // no Markdown table left
  });
});
