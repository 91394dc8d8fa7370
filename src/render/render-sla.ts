import type { Bilingual } from '../errors/index.js';
import type { Sla, SlaDeadlineStatus, SlaLimitName, SlaStatusResult } from '../sla/index.js';
import { SLA_LABEL, SLA_LIMIT_LABEL, SLA_STATE_LABEL, SLA_STATUS_TEXT } from './render-sla-messages.js';

/** Options of {@link renderSla}. */
export interface RenderSlaOptions {
  /** Language of the text: Chinese (default) or English. */
  readonly lang?: 'zh' | 'en';
  /** Where each deadline stands (from `slaStatus`): one more line per deadline. */
  readonly status?: SlaStatusResult;
}

const LIMITS: readonly SlaLimitName[] = ['firstResponse', 'disposal'];

/**
 * The deadlines of a report as text for a caseworker: the pack, the urgency class and how it was chosen,
 * the receipt time, the first-response and disposal deadlines, the notes (unverified or missing limits,
 * office hours, assist first, the calendar's edge), and with `status` where each deadline stands. A deadline
 * counted with the weekends-only fallback is marked `(provisional)` / `（暂定）`; one beyond the calendar
 * reads `not computed` with a note saying which year is missing and what to do.
 *
 * @param sla - from `computeSla` (or its stored JSON)
 * @param options - `lang` (`zh` by default), `status` from `slaStatus`
 * @returns the text, lines joined by `\n`, without a final newline
 * @example
 * const sla = computeSla(packs.zhongshan, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });
 * console.log(renderSla(sla, { lang: 'en', status: slaStatus(sla, {}, '2024-09-30T18:20:00+08:00') }));
 * // zhongshan 1.0.0 · class: emergency (emergency, explicit)
 * // received: 2024-09-30T17:30:00.000+08:00
 * // first response due: 2024-09-30T18:30:00.000+08:00
 * // …
 * //   first response: at-risk (PT10M left)
 */
export function renderSla(sla: Sla, options: RenderSlaOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const t = (b: Bilingual) => b[lang];
  const assistFirst = sla.assistFirst ? ` · ${t(SLA_LABEL.assistFirst)}` : '';
  const lines = [
    `${sla.packId} ${sla.packVersion} · ${t(SLA_LABEL.class)}: ${t(sla.className)} (${sla.class}, ${sla.matched})${assistFirst}`,
    `${t(SLA_LABEL.received)}: ${sla.receivedAt}`,
    `${t(SLA_LABEL.firstResponseDue)}: ${t(dueText(sla.firstResponseDue, sla.limits.firstResponse?.provisional))}`,
    `${t(SLA_LABEL.disposalDue)}: ${t(dueText(sla.disposalDue, sla.limits.disposal?.provisional))}`,
  ];
  for (const n of sla.notes) {
    lines.push(`  ! ${t(n.text)}`);
    if (n.fix) lines.push(`    → ${t(n.fix)}`);
  }
  for (const limit of LIMITS) {
    const s = options.status?.[limit];
    if (s) lines.push(`  ${t(SLA_LIMIT_LABEL[limit])}: ${t(statusText(s))}`);
  }
  return lines.join('\n');
}

/**
 * A due date as shown: the timestamp, `… (provisional)` when counted on a year filled in by the weekends-only
 * fallback, `not computed` beyond the calendar (`null`), `not set` when the pack has no limit.
 */
export function dueText(due: string | null | undefined, provisional?: boolean): Bilingual {
  if (due === undefined) return SLA_LABEL.notSet;
  if (due === null) return SLA_LABEL.notComputed;
  return provisional ? SLA_STATUS_TEXT.provisional(due) : { zh: due, en: due };
}

/** `at-risk (PT10M left)`, `breached (PT5M overdue)`, `on-time (P1D left) (provisional)`. */
function statusText(s: SlaDeadlineStatus): Bilingual {
  const times = [
    ...(s.provisional ? [SLA_LABEL.provisional] : []),
    ...(s.remaining ? [SLA_STATUS_TEXT.remaining(s.remaining)] : []),
    ...(s.overdue ? [SLA_STATUS_TEXT.overdue(s.overdue)] : []),
  ];
  return SLA_STATUS_TEXT.state(SLA_STATE_LABEL[s.state], times);
}
