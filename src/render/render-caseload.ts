import type { Bilingual } from '../errors/index.js';
import { formatIssue } from '../errors/index.js';
import type { Caseload, CaseloadItem, StageState } from '../sla/index.js';
import { CASE_TEXT, STAGE_STATE_LABEL } from './render-case-messages.js';

/** Options of {@link renderCaseload}. */
export interface RenderCaseloadOptions {
  /** Language of the text: Chinese (default) or English. */
  readonly lang?: 'zh' | 'en';
  /** List the items already done (met, done, met late, cut short) too; by default they are only counted. */
  readonly all?: boolean;
}

const DONE: ReadonlySet<StageState> = new Set(['met', 'met-late', 'done', 'cut-short']);

/**
 * A caseload as text for the day: the moment and the total, the count in each state, then one line per
 * report or case still open — most pressing first — with its state, id, class or procedure, the deadline
 * concerned, its next due date (marked provisional where it is) and the time left or overdue; then those
 * that could not be judged.
 *
 * @param c - from `summarizeCaseload`
 * @param options - `lang` (`zh` by default); `all` to list done items too
 * @returns the text, lines joined by `\n`, without a final newline
 * @example
 * console.log(renderCaseload(summarizeCaseload(pack, { reports }, { at }), { lang: 'en' }));
 */
export function renderCaseload(c: Caseload, options: RenderCaseloadOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const t = (b: Bilingual) => b[lang];
  const counts = Object.entries(c.counts)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${t(STAGE_STATE_LABEL[state as StageState])} ${n}`);
  const lines = [`${c.packId} ${c.packVersion} · ${t(CASE_TEXT.caseload(c.at, c.total))}`];
  if (counts.length) lines.push(counts.join(' · '));
  const shown = c.items.filter((i) => options.all || !DONE.has(i.state));
  if (shown.length) lines.push('', ...table([CASE_TEXT.columns[lang], ...shown.map((i) => row(i, t))]));
  if (c.errors.length) {
    lines.push('', t(CASE_TEXT.errors(c.errors.length)));
    for (const e of c.errors) {
      lines.push(`  ${e.id} (${e.kind}): ${e.code}`);
      for (const issue of e.issues) lines.push(`    ${formatIssue(issue)}`);
    }
  }
  return lines.join('\n');
}

function row(i: CaseloadItem, t: (b: Bilingual) => string): string[] {
  const due = i.nextDue ? `${i.nextDue}${i.provisional ? ` (${t(CASE_TEXT.provisional)})` : ''}` : '—';
  const time = i.overdue ? t(CASE_TEXT.overdue(i.overdue)) : i.remaining ? t(CASE_TEXT.left(i.remaining)) : '';
  const what = t(i.whatName) === i.what ? i.what : `${t(i.whatName)} (${i.what})`;
  return [t(STAGE_STATE_LABEL[i.state]), i.id, what, i.deadline ?? '—', due, time];
}

/** Rows padded into columns (by characters; CJK text may look wider). */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, col) => cell.padEnd(widths[col]!))
      .join('  ')
      .trimEnd(),
  );
}
