import type { DeadlineImpact, PackDiff, PopulationImpact } from '../diff/index.js';
import { DIFF_MARKDOWN_TEXT as T } from './messages.js';

/**
 * A pack diff as Markdown for a pull-request comment: parameter changes with dates, rule and urgency
 * changes, and the effect on the population.
 *
 * @example
 * writeFileSync('diff.md', renderDiffMarkdown(diffPacks(oldPack, newPack, { population, asOf })));
 */
export function renderDiffMarkdown(d: PackDiff): string {
  const packUnchanged = !d.parameters.length && !d.programmes.length && !d.urgency.length && !d.sections.length;
  return [
    T.title(d),
    '',
    ...overridesSection(d),
    ...(packUnchanged ? [T.noPackChange, ''] : []),
    ...parametersSection(d),
    ...otherChangesSection(d),
    ...programmesSection(d),
    ...urgencySection(d),
    ...(d.population ? populationSection(d.population) : []),
    ...(d.deadlines ? deadlinesSection(d.deadlines) : []),
  ].join('\n');
}

/** A section: its heading lines, its rows and a blank line; nothing when there is no row. */
function section(head: readonly string[], rows: readonly string[]): string[] {
  return rows.length ? [...head, ...rows, ''] : [];
}

function overridesSection(d: PackDiff): string[] {
  const rows = Object.entries(d.overrides ?? {}).map(([key, value]) => {
    const shown =
      typeof value === 'string'
        ? value
        : Object.entries(value)
            .map(([zone, x]) => `${zone} ${x}`)
            .join(' / ');
    return `| \`${key}\` | ${shown} |`;
  });
  return d.overrides ? [...T.overrides, ...rows, ''] : [];
}

function parametersSection(d: PackDiff): string[] {
  const rows = d.parameters.flatMap((p) => [
    ...(p.entries.length ? [] : [`| \`${p.key}\` | | ${p.change} | | |`]),
    ...p.entries.map((e) => {
      const source =
        e.oldSource === e.newSource ? (e.newSource ?? '') : `${e.oldSource ?? '—'} → ${e.newSource ?? '—'}`;
      return `| \`${p.key}\` | ${e.from} | ${e.old ?? '—'} | ${e.new ?? '—'} | ${source} |`;
    }),
  ]);
  return d.parameters.length ? [...T.parameters, ...rows, ''] : [];
}

function otherChangesSection(d: PackDiff): string[] {
  return section(
    T.sections,
    d.sections.map(
      (c) =>
        `- ${c.section} \`${c.id}\`: ${c.change}${c.change === 'changed' ? ` — \`${truncate(c.old!)}\` → \`${truncate(c.new!)}\`` : ''}`,
    ),
  );
}

function programmesSection(d: PackDiff): string[] {
  return section(
    T.programmes,
    d.programmes.map((p) => `- \`${p.id}\`: ${p.change}${p.fields.length ? ` (${p.fields.join(', ')})` : ''}`),
  );
}

function urgencySection(d: PackDiff): string[] {
  const pair = (x?: { old?: string; new?: string }) => (x ? `${x.old ?? '—'} → ${x.new ?? '—'}` : T.unchanged);
  return section(
    T.urgency,
    d.urgency.map((u) => `| \`${u.id}\` (${u.change}) | ${pair(u.firstResponse)} | ${pair(u.disposal)} |`),
  );
}

function populationSection(p: PopulationImpact): string[] {
  const categories = [...new Set([...Object.keys(p.categories.old), ...Object.keys(p.categories.new)])].sort();
  return [
    ...T.population,
    T.populationSummary(p),
    '',
    ...section(
      T.categoryTransitions,
      Object.entries(p.transitions)
        .sort((a, b) => b[1] - a[1])
        .map(([t, n]) => `| ${t} | ${n} |`),
    ),
    ...T.categories,
    ...categories.map((c) => `| ${c} | ${p.categories.old[c] ?? 0} | ${p.categories.new[c] ?? 0} |`),
    '',
    ...section(
      T.programmeTransitions,
      Object.entries(p.programmes).flatMap(([id, ts]) =>
        Object.entries(ts).map(([t, n]) => `| \`${id}\` | ${t} | ${n} |`),
      ),
    ),
    ...populationExamples(p),
  ];
}

function populationExamples(p: PopulationImpact): string[] {
  if (!p.examples.length) return [];
  const rows = p.examples.map((e) => {
    const programmes = Object.entries(e.programmes)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    return `- \`${e.id}\`: ${e.oldCategory} → ${e.newCategory}${programmes ? ` (${programmes})` : ''}`;
  });
  return [...T.examplesOpen, ...rows, ...T.examplesClose];
}

function deadlinesSection(dl: DeadlineImpact): string[] {
  const pair = (o?: string, n?: string) => (o === n ? (n ?? '—') : `${o ?? '—'} → ${n ?? '—'}`);
  return [
    ...T.deadlines,
    T.deadlinesSummary(dl),
    '',
    ...section(
      T.deadlineExamples,
      dl.examples.map(
        (e) =>
          `| \`${e.id}\` | ${pair(e.old.class, e.new.class)} | ${pair(e.old.firstResponseDue, e.new.firstResponseDue)} | ${pair(e.old.disposalDue, e.new.disposalDue)} |`,
      ),
    ),
  ];
}

function truncate(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}
