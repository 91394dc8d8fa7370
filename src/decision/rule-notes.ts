import type { Judgements } from '../engine/index.js';
import { isMultipleDisabilityReading } from '../engine/index.js';
import type { Bilingual } from '../errors/index.js';
import { ruleVerification, type PolicyPack, type RuleKind } from '../pack/index.js';
import type { TextLanguage } from './localize.js';
import { RULE_KIND_TEXT } from './messages.js';
import { noteText } from './note-text.js';
import type { DecisionNote, ProgrammeResult } from './types.js';

/** Notes on how the programmes relate: members assessed apart, precedence, open income rules. */
export function interplayNotes(j: Judgements, lang: TextLanguage): DecisionNote[] {
  const pack = j.day.pack;
  const notes: DecisionNote[] = [];
  const apartProgramme = j.programmes.find((p) => p.programme.def.assessedApart);
  if (j.apart.length && apartProgramme) {
    const def = apartProgramme.programme.def;
    const members = j.apart.map((i) => i + 1).join(', ');
    notes.push({
      code: 'special_poverty_apart',
      text: noteText(lang, 'special_poverty_apart', members, def.name, sourceText(pack, def.source)),
    });
  }
  for (const p of j.programmes) {
    if (!p.precededBy) continue;
    const by = pack.programmes[p.precededBy.by];
    const name = by?.name ?? { zh: p.precededBy.by, en: p.precededBy.by };
    notes.push({
      code: 'preceded',
      text: noteText(lang, 'preceded', p.programme.def.name, name, sourceText(pack, p.programme.def.source)),
    });
  }
  for (const rule of j.day.income.open) {
    if (!j.openIncome.includes(rule.type)) continue;
    const text = noteText(
      lang,
      'income_rule_open',
      rule.type,
      rule.from ?? '—',
      rule.note ?? '',
      sourceText(pack, rule.source),
    );
    notes.push({ code: 'income_rule_open', text });
  }
  return notes;
}

/**
 * A note for every rule used by the decision that rests on an unverified source or is the pack's reading:
 * programmes that decided or may decide it, and the tier, review, referrals and transitions that applied.
 */
export function unverifiedRuleNotes(j: Judgements, lang: TextLanguage): DecisionNote[] {
  const pack = j.day.pack;
  const used: [RuleKind, string, { name: Bilingual; source?: string; verified?: boolean; note?: string }][] = [];
  for (const p of j.programmes) {
    if (p.status === 'eligible' || p.status === 'undetermined')
      used.push(['programme', p.programme.def.id, p.programme.def]);
  }
  if (j.tier) used.push(['tier', j.tier.id, j.tier.def]);
  if (j.review) {
    used.push(['review', j.review.id, j.review.def]);
    const cycle = pack.cycles[j.review.def.cycle];
    if (cycle) used.push(['cycle', j.review.def.cycle, cycle]);
  }
  for (const r of j.referrals) used.push(['referral', r.id, r.def]);
  for (const t of j.transitions) used.push(['transition', t.rule.id, t.rule.def]);
  const notes: DecisionNote[] = [];
  const seen = new Set<string>();
  for (const [kind, id, rule] of used) {
    const v = ruleVerification(pack, rule);
    if (v.verified || seen.has(`${kind}:${id}`)) continue;
    seen.add(`${kind}:${id}`);
    const text = noteText(
      lang,
      'rule_unverified',
      RULE_KIND_TEXT[kind],
      rule.name,
      sourceText(pack, v.source),
      v.note ?? '',
    );
    notes.push({ code: 'rule_unverified', text });
  }
  return notes;
}

/** Notes on readings of the household's own facts: the multiple-disability reading, a share without income. */
export function readingNotes(j: Judgements, results: readonly ProgrammeResult[], lang: TextLanguage): DecisionNote[] {
  const notes: DecisionNote[] = [];
  const multiple = j.household.members.flatMap((m, i) => (isMultipleDisabilityReading(m) ? [i + 1] : []));
  if (multiple.length)
    notes.push({
      code: 'multiple_disability_reading',
      text: noteText(lang, 'multiple_disability_reading', multiple.join(', ')),
    });
  if (j.facts.household.rigidExpenditureWithoutIncome === true) {
    notes.push({ code: 'share_without_income', text: noteText(lang, 'share_without_income') });
  }
  for (const r of results) {
    const until = gradualExitUntil(j, r);
    if (until) notes.push({ code: 'gradual_exit_until', text: noteText(lang, 'gradual_exit_until', r.name, until) });
  }
  return notes;
}

/**
 * When an eligible programme keeps a grant for some months after income rose through work (a test
 * `monthsSinceIncomeRiseFromWork < figure`), the last day it runs to.
 */
function gradualExitUntil(j: Judgements, r: ProgrammeResult): string | undefined {
  const since = j.household.incomeRiseFromWork?.since;
  if (r.status !== 'eligible' || since === undefined) return undefined;
  const test = r.reasons.find((x) => x.fact === 'monthsSinceIncomeRiseFromWork' && x.operator === 'lessThan');
  const months = test?.parameter?.value;
  if (months === null || months === undefined || !/^\d+$/.test(months)) return undefined;
  return lastDayAfterMonths(since, Number(months));
}

/** The day before `since` plus `months` calendar months (clamped to the month's end). */
function lastDayAfterMonths(since: string, months: number): string {
  const y = Number(since.slice(0, 4));
  const m = Number(since.slice(5, 7)) - 1 + months;
  const d = Number(since.slice(8, 10));
  const end = new Date(Date.UTC(y + Math.floor(m / 12), (m % 12) + 1, 0)).getUTCDate();
  const day = new Date(Date.UTC(y + Math.floor(m / 12), m % 12, Math.min(d, end)) - 86_400_000);
  return day.toISOString().slice(0, 10);
}

function sourceText(pack: PolicyPack, id: string | undefined): string {
  const src = id !== undefined ? pack.sources[id] : undefined;
  return src ? `${src.title}${src.number ? ` ${src.number}` : ''}` : '—';
}
