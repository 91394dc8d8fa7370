import type { Decision, ProgrammeResult, ProgrammeStatus } from '../decision/index.js';
import type { Bilingual } from '../errors/index.js';
import { categoryText, DECISION_RENDER_TEXT as T, STATUS_TEXT } from './messages.js';

/** Options of {@link renderDecision}. */
export interface RenderOptions {
  /** Language of the text: Chinese (default) or English. */
  readonly lang?: 'zh' | 'en';
  /** Show every test of every programme (the trace), not only the outcome and the failed tests. */
  readonly trace?: boolean;
}

const STATUS_MARK: Readonly<Record<ProgrammeStatus, string>> = {
  eligible: '✓',
  ineligible: '✗',
  undetermined: '?',
  'not-applicable': '–',
};

/** Picks the language of a bilingual text. */
type Pick = (text: Bilingual) => string;

/**
 * A decision as text for a caseworker: the outcome, each programme with why, the actions, what is
 * missing and which figures are unverified. With `trace`, every test of every programme is listed.
 *
 * @example
 * console.log(renderDecision(evaluate(packs.zhongshan, household, { asOf: '2022-06-01' }), { lang: 'en' }));
 */
export function renderDecision(d: Decision, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const t: Pick = (b) => b[lang];
  const lines = [
    t(T.heading(d)),
    t(T.outcome(categoryText(d.category), d.categoryCertain, d.tier?.name, outcomeVia(d))),
    t(T.facts(d.facts)),
    '',
    t(T.programmes),
    ...d.programmes.flatMap((p) => programmeLines(p, t, options.trace === true)),
    ...block(
      t(T.nextSteps),
      d.actions.map((a) => `  → ${t(a.text)}${a.cycle ? t(T.nextDue(a.cycle.nextDue)) : ''}`),
    ),
    ...block(
      t(T.stillToAsk),
      d.missing.map(
        (m) => `  ? ${t(m.label)}${m.inputs.length ? ` — ${m.inputs.join(', ')}` : ''} (${m.programmes.join(', ')})`,
      ),
    ),
    ...block(
      t(T.notes),
      d.notes.map((n) => `  ! ${t(n.text)}`),
    ),
  ];
  return lines.join('\n');
}

/** A titled block after a blank line, or nothing when it has no line. */
function block(title: string, lines: readonly string[]): string[] {
  return lines.length ? ['', title, ...lines] : [];
}

/**
 * A programme's status line and the reasons worth reading: the tests that failed (or, for an eligible
 * programme, those that passed), at most four — or every test with `trace`.
 */
function programmeLines(p: ProgrammeResult, t: Pick, trace: boolean): string[] {
  const eligibleMembers = p.members
    ? t(
        T.eligibleMembers(
          p.members
            .filter((m) => m.status === 'eligible')
            .map((m) => m.index + 1)
            .join(', ') || '—',
        ),
      )
    : '';
  const head = `  ${STATUS_MARK[p.status]} ${t(p.name)} — ${t(STATUS_TEXT[p.status])}${eligibleMembers}`;
  const shown = trace
    ? p.reasons
    : p.reasons.filter((r) => (p.status === 'eligible' ? r.result === true : r.result !== true));
  const reasons = shown.slice(0, trace ? undefined : 4).map((r) => {
    const source = r.parameter?.source
      ? ` — ${r.parameter.source.title}${r.parameter.source.number ? ` ${r.parameter.source.number}` : ''}`
      : '';
    return `      ${trace ? `[${r.path.join('.')}] ` : ''}${t(r.text)}${source}`;
  });
  return [head, ...reasons];
}

/**
 * The programme the category comes from, when it is not the category's own programme: "single-person household
 * coverage, member 2" rather than a plain "dibao" above a "not eligible" dibao line.
 */
function outcomeVia(d: Decision): Bilingual | undefined {
  const o = d.outcome;
  if (!o || o.programme === o.category) return undefined;
  const who = o.members?.length ? o.members.map((m) => m + 1).join(', ') : '';
  return who ? T.outcomeMembers(o.name, who) : o.name;
}
