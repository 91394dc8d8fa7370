import type { PackDiff } from '../diff/index.js';

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
  if (d.overrides) {
    out.push('### What-if 假设值 (applied to the new side)', '', '| parameter | value |', '|---|---|');
    for (const [k, v] of Object.entries(d.overrides))
      out.push(
        `| \`${k}\` | ${
          typeof v === 'string'
            ? v
            : Object.entries(v)
                .map(([z, x]) => `${z} ${x}`)
                .join(' / ')
        } |`,
      );
    out.push('');
  }
  if (!d.parameters.length && !d.programmes.length && !d.urgency.length && !d.sections.length)
    out.push(
      'No change to the pack itself (parameters, rules, urgency limits, zones, cycles, tiers, referrals, sources).',
      '',
    );
  if (d.parameters.length) {
    out.push('### Parameters 参数', '', '| parameter | from | old | new | source |', '|---|---|---|---|---|');
    for (const p of d.parameters) {
      if (!p.entries.length) out.push(`| \`${p.key}\` | | ${p.change} | | |`);
      for (const e of p.entries) {
        const src = e.oldSource === e.newSource ? (e.newSource ?? '') : `${e.oldSource ?? '—'} → ${e.newSource ?? '—'}`;
        out.push(`| \`${p.key}\` | ${e.from} | ${e.old ?? '—'} | ${e.new ?? '—'} | ${src} |`);
      }
    }
    out.push('');
  }
  if (d.sections.length) {
    out.push('### Other changes 其他变更', '');
    for (const c of d.sections)
      out.push(
        `- ${c.section} \`${c.id}\`: ${c.change}${c.change === 'changed' ? ` — \`${truncate(c.old!)}\` → \`${truncate(c.new!)}\`` : ''}`,
      );
    out.push('');
  }
  if (d.programmes.length) {
    out.push('### Programmes 项目规则', '');
    for (const p of d.programmes)
      out.push(`- \`${p.id}\`: ${p.change}${p.fields.length ? ` (${p.fields.join(', ')})` : ''}`);
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
    out.push(
      `**${p.categoryChanged}** of ${p.households} households change category; ${p.statusChanged} change at least one programme status.${p.errors.length ? ` ${p.errors.length} could not be evaluated.` : ''}`,
      '',
    );
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
      for (const [id, ts] of Object.entries(p.programmes))
        for (const [t, n] of Object.entries(ts)) out.push(`| \`${id}\` | ${t} | ${n} |`);
      out.push('');
    }
    if (p.examples.length) {
      out.push('<details><summary>Examples</summary>', '');
      for (const e of p.examples)
        out.push(
          `- \`${e.id}\`: ${e.oldCategory} → ${e.newCategory}${
            Object.keys(e.programmes).length
              ? ` (${Object.entries(e.programmes)
                  .map(([k, v]) => `${k}: ${v}`)
                  .join(', ')})`
              : ''
          }`,
        );
      out.push('', '</details>', '');
    }
  }
  const dl = d.deadlines;
  if (dl) {
    out.push('### Effect on deadlines 对办理时限的影响', '');
    out.push(
      `Of ${dl.reports} reports, **${dl.classChanged}** change urgency class, ${dl.firstResponseChanged} change the first-response deadline and ${dl.disposalChanged} the disposal deadline.${dl.errors.length ? ` ${dl.errors.length} could not be computed.` : ''}`,
      '',
    );
    if (dl.examples.length) {
      out.push('| report | class | first response due | disposal due |', '|---|---|---|---|');
      const pair = (o?: string, n?: string) => (o === n ? (n ?? '—') : `${o ?? '—'} → ${n ?? '—'}`);
      for (const e of dl.examples)
        out.push(
          `| \`${e.id}\` | ${pair(e.old.class, e.new.class)} | ${pair(e.old.firstResponseDue, e.new.firstResponseDue)} | ${pair(e.old.disposalDue, e.new.disposalDue)} |`,
        );
      out.push('');
    }
  }
  return out.join('\n');
}

function truncate(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}
