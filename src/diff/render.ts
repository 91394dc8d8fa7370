import type { PackDiff } from './diff-packs.js';

/**
 * A pack diff as Markdown for a pull-request comment: parameter changes with dates, rule and urgency
 * changes, and the effect on the population.
 *
 * @example
 * writeFileSync('diff.md', renderDiffMarkdown(diffPacks(oldPack, newPack, { population, asOf })));
 */
export function renderDiffMarkdown(d: PackDiff): string {
  const out: string[] = [];
  const side = (s: PackDiff['old']) => `\`${s.id}\` ${s.version}${s.asOf ? ` (as of ${s.asOf})` : ''}`;
  out.push(`## safetynet diff: ${side(d.old)} → ${side(d.new)}`, '');
  if (!d.parameters.length && !d.programmes.length && !d.urgency.length) out.push('No change to parameters, programmes or urgency limits.', '');
  if (d.parameters.length) {
    out.push('### Parameters 参数', '', '| parameter | from | old | new |', '|---|---|---|---|');
    for (const p of d.parameters) {
      if (!p.entries.length) out.push(`| \`${p.key}\` | | ${p.change} | |`);
      for (const e of p.entries) out.push(`| \`${p.key}\` | ${e.from} | ${e.old ?? '—'} | ${e.new ?? '—'} |`);
    }
    out.push('');
  }
  if (d.programmes.length) {
    out.push('### Programmes 项目规则', '');
    for (const p of d.programmes) out.push(`- \`${p.id}\`: ${p.change}${p.fields.length ? ` (${p.fields.join(', ')})` : ''}`);
    out.push('');
  }
  if (d.urgency.length) {
    out.push('### Urgency limits 紧急程度时限', '', '| class | first response | disposal |', '|---|---|---|');
    for (const u of d.urgency) {
      const pair = (x?: { old?: string; new?: string }) => (x ? `${x.old ?? '—'} → ${x.new ?? '—'}` : 'unchanged');
      out.push(`| \`${u.id}\` (${u.change}) | ${pair(u.firstResponse)} | ${pair(u.disposal)} |`);
    }
    out.push('');
  }
  const p = d.population;
  if (p) {
    out.push('### Effect on the population 对人群的影响', '');
    out.push(`**${p.categoryChanged}** of ${p.households} households change category; ${p.statusChanged} change at least one programme status.${p.errors.length ? ` ${p.errors.length} could not be evaluated.` : ''}`, '');
    if (Object.keys(p.transitions).length) {
      out.push('| category change | households |', '|---|---|');
      for (const [t, n] of Object.entries(p.transitions).sort((a, b) => b[1] - a[1])) out.push(`| ${t} | ${n} |`);
      out.push('');
    }
    const cats = [...new Set([...Object.keys(p.categories.old), ...Object.keys(p.categories.new)])].sort();
    out.push('| category | before | after |', '|---|---|---|');
    for (const c of cats) out.push(`| ${c} | ${p.categories.old[c] ?? 0} | ${p.categories.new[c] ?? 0} |`);
    out.push('');
    if (Object.keys(p.programmes).length) {
      out.push('| programme | status change | households |', '|---|---|---|');
      for (const [id, ts] of Object.entries(p.programmes)) for (const [t, n] of Object.entries(ts)) out.push(`| \`${id}\` | ${t} | ${n} |`);
      out.push('');
    }
    if (p.examples.length) {
      out.push('<details><summary>Examples</summary>', '');
      for (const e of p.examples) out.push(`- \`${e.id}\`: ${e.oldCategory} → ${e.newCategory}${Object.keys(e.programmes).length ? ` (${Object.entries(e.programmes).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
      out.push('', '</details>', '');
    }
  }
  return out.join('\n');
}
