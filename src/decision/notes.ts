import { deepFreeze } from '../_lib/index.js';
import { getFactDefinition } from '../schema/index.js';
import type { Judgements } from '../engine/index.js';
import type { ReasonParameter } from '../pack/index.js';
import type { TextLanguage } from './localize.js';
import type { NOTE_WORDS } from './messages.js';
import { noteText } from './note-text.js';
import { interplayNotes, readingNotes, unverifiedRuleNotes } from './rule-notes.js';
import { labelOf } from './reasons.js';
import type { DecisionNote, ProgrammeResult } from './types.js';

/** Notes on the figures a decision used (unknown, provisional, what-if, stale, unverified) and on cases decided. */
export function decisionNotes(j: Judgements, results: readonly ProgrammeResult[], lang: TextLanguage): DecisionNote[] {
  const byCases = j.programmes
    .filter((p) => p.decidedByCases)
    .map((p) => ({ code: 'decided_by_cases', text: noteText(lang, 'decided_by_cases', p.programme.def.name) }));
  return [
    ...parameterNotes(j, results, lang),
    ...byCases,
    ...interplayNotes(j, lang),
    ...unverifiedRuleNotes(j, lang),
    ...readingNotes(j, results, lang),
  ];
}

const NO_LABEL = Object.freeze({ zh: '', en: '' });

/** `localeCompare`'s order (the default locale's), with the collator made once. */
const COLLATOR = new Intl.Collator();

function parameterNotes(j: Judgements, results: readonly ProgrammeResult[], lang: TextLanguage): DecisionNote[] {
  const used = new Map<string, ReasonParameter>();
  for (const r of results)
    for (const reason of r.reasons) if (reason.parameter) used.set(reason.parameter.key, reason.parameter);
  const notes: DecisionNote[] = [];
  for (const [key, p] of [...used].sort(([a], [b]) => COLLATOR.compare(a, b))) {
    notes.push(...notesOfParameter(j, key, p, lang));
  }
  return notes;
}

/**
 * The notes on one figure as used on one day. The same for every household that uses it (the figure's description
 * is made once per day, zone and hukou), so they are written once per language and shared, frozen.
 */
const parameterNotesMade = new WeakMap<ReasonParameter, Map<TextLanguage, readonly DecisionNote[]>>();

function notesOfParameter(j: Judgements, key: string, p: ReasonParameter, lang: TextLanguage): readonly DecisionNote[] {
  let byLang = parameterNotesMade.get(p);
  if (!byLang) parameterNotesMade.set(p, (byLang = new Map()));
  const hit = byLang.get(lang);
  if (hit) return hit;
  const made = deepFreeze(writeParameterNotes(j, key, p, lang));
  byLang.set(lang, made);
  return made;
}

function writeParameterNotes(j: Judgements, key: string, p: ReasonParameter, lang: TextLanguage): DecisionNote[] {
  const notes: DecisionNote[] = [];
  // The compact form keeps the notes' codes only: no label to look up.
  const label = lang === 'none' ? NO_LABEL : labelOf(j.day.pack, `param:${key}`, getFactDefinition);
  const note = (code: keyof typeof NOTE_WORDS, text: DecisionNote['text']) =>
    notes.push({ code, parameter: key, text });
  const value = p.value ?? '—';
  if (p.status === 'unknown')
    note('param_value_unknown', noteText(lang, 'param_value_unknown', label, p.from, j.day.parameters.get(key)?.note));
  else if (p.status === 'not-in-force') note('param_not_in_force', noteText(lang, 'param_not_in_force', label));
  else if (p.status === 'provisional') note('param_provisional', noteText(lang, 'param_provisional', label, value));
  else if (p.status === 'override') note('param_override', noteText(lang, 'param_override', label, value));
  if (p.staleFor !== undefined) note('param_stale', noteText(lang, 'param_stale', label, value, p.from, p.staleFor));
  if (p.status !== 'unknown' && p.status !== 'not-in-force' && !p.verified) {
    note('figure_unverified', noteText(lang, 'figure_unverified', label, p.value ?? '', p.source?.title));
  }
  return notes;
}
