import type { Bilingual } from '../errors/index.js';
import type { CaseDeadlines, StageDeadline } from '../sla/index.js';
import { CASE_TEXT, STAGE_STATE_LABEL, stageLimitText } from './render-case-messages.js';
import { dueText } from './render-sla.js';

/** Options of {@link renderCaseDeadlines}. */
export interface RenderCaseOptions {
  /** Language of the text: Chinese (default) or English. */
  readonly lang?: 'zh' | 'en';
}

/**
 * The deadlines of a case as text for a caseworker: the procedure, the moment, the case's state and next
 * due date, then each stage — its limit (and extension), when it started, day 1, its due date (marked
 * provisional, or not computed beyond the calendar), where it stands — with its notes and what to do.
 *
 * @param d - from `computeCaseDeadlines`
 * @param options - `lang` (`zh` by default)
 * @returns the text, lines joined by `\n`, without a final newline
 * @example
 * console.log(renderCaseDeadlines(computeCaseDeadlines(pack, c, { at }), { lang: 'en' }));
 * // chongqing-yongchuan 2.1.0 · procedure: dibao review and confirmation (dibao-review)
 * // at: 2024-11-12T09:00:00.000+08:00 · state: breached · next due: 2024-11-06T23:59:59.999+08:00 (review)
 * // …
 */
export function renderCaseDeadlines(d: CaseDeadlines, options: RenderCaseOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const t = (b: Bilingual) => b[lang];
  const caseId = d.caseId ? ` · ${t(CASE_TEXT.case)} ${d.caseId}` : '';
  const head = [
    `${d.packId} ${d.packVersion} · ${t(CASE_TEXT.procedure)}: ${t(d.procedureName)} (${d.procedure})${caseId}`,
  ];
  const next = d.nextDue ? `${d.nextDue}${d.nextStage ? ` (${d.nextStage})` : ''}` : t(CASE_TEXT.none);
  const status = [
    ...(d.at ? [`${t(CASE_TEXT.at)}: ${d.at}`] : []),
    ...(d.state ? [`${t(CASE_TEXT.state)}: ${t(STAGE_STATE_LABEL[d.state])}`] : []),
    `${t(CASE_TEXT.nextDue)}: ${next}`,
  ];
  head.push(status.join(' · '));
  return [...head, ...d.stages.flatMap((s) => stageLines(s, t))].join('\n');
}

function stageLines(s: StageDeadline, t: (b: Bilingual) => string): string[] {
  const extended = s.extension ? t(CASE_TEXT.extended(s.extension.name, stageLimitText(s.extension.from))) : '';
  const period = s.period ? t(CASE_TEXT.period) : '';
  const lines = [`- ${t(s.name)} [${s.stage}] · ${t(stageLimitText(s.limit))}${extended}${period}`];
  if (s.startedAt) {
    const dayOne = s.countsFrom ? ` · ${t(CASE_TEXT.dayOne)} ${s.countsFrom}` : '';
    const done = s.doneAt ? ` · ${t(CASE_TEXT.done)} ${s.doneAt}` : '';
    lines.push(
      `  ${t(CASE_TEXT.started)} ${s.startedAt}${dayOne} · ${t(CASE_TEXT.due)} ${t(dueText(s.due, s.provisional))}${done}`,
    );
  }
  if (s.state) lines.push(`  ${t(CASE_TEXT.state)}: ${t(stateText(s))}`);
  for (const n of s.notes) {
    lines.push(`  ! ${t(n.text)}`);
    if (n.fix) lines.push(`    → ${t(n.fix)}`);
  }
  return lines;
}

/** `at-risk (P1D left)`, `breached (PT5M overdue)`. */
function stateText(s: StageDeadline): Bilingual {
  const label = STAGE_STATE_LABEL[s.state!];
  const time = s.overdue
    ? CASE_TEXT.overdue(s.overdue)
    : s.remaining && s.state !== 'met'
      ? CASE_TEXT.left(s.remaining)
      : undefined;
  if (!time) return label;
  return { zh: `${label.zh}（${time.zh}）`, en: `${label.en} (${time.en})` };
}
