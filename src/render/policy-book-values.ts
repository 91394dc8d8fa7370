import { ruleVerification, type PackParameter, type PolicyPack, type RuleKind } from '../pack/index.js';
import type { ParameterValueDef, SourceDef } from '../schema/index.js';
import { type BookLanguage, say } from './condition-text.js';
import { BOOK_TEXT as T } from './messages.js';

/** A cited document in one cell: title, number, issuer and date. */
export function sourceText(s: SourceDef): string {
  return `${s.title}${s.number ? ` ${s.number}` : ''} (${s.issuer}, ${s.date})`;
}

/** A dated value in words: `870`, `A 870 · B 820`, `1.5 × edge.incomeMultiplier …`, or unknown. */
export function valueText(v: ParameterValueDef, lang: BookLanguage): string {
  if (v.unknown) return `**${say(T.unknown, lang)}**`;
  if (v.multiply) {
    const round = v.multiply.round ? ` (${say(T.round(v.multiply.round.mode, v.multiply.round.to), lang)})` : '';
    return `\`${v.multiply.by}\` × \`${v.multiply.parameter}\`${round}`;
  }
  if (typeof v.value === 'object')
    return Object.entries(v.value)
      .map(([k, x]) => `${k} ${x}`)
      .join(' · ');
  return v.value ?? '';
}

/** Whether a value is verified: its own flag, else its source's (a value without a source is not). */
function isVerified(pack: PolicyPack, v: ParameterValueDef): boolean {
  const src = v.source !== undefined ? pack.sources[v.source] : undefined;
  return v.verified ?? src?.verified ?? false;
}

/** The rows of a parameter's table: from, value, source (with publication), verified, note. */
export function parameterValueRows(pack: PolicyPack, p: PackParameter, lang: BookLanguage): string[][] {
  return p.values.map((v) => {
    const src = v.source !== undefined ? pack.sources[v.source] : undefined;
    const source = v.source
      ? `\`${v.source}\`${src ? ` ${sourceText(src)}` : ''}${v.published ? ` — ${say(T.published(v.published), lang)}` : ''}`
      : '';
    const verified = v.unknown ? '—' : isVerified(pack, v) ? '✓' : '✗';
    return [v.from, valueText(v, lang), source, verified, v.note ?? ''];
  });
}

/** Every rule of the pack with its kind and where it sits, for the unknown-or-unverified list. */
function rules(pack: PolicyPack): [RuleKind, string, { source?: string; verified?: boolean; note?: string }][] {
  const out: [RuleKind, string, { source?: string; verified?: boolean; note?: string }][] = [];
  for (const [id, p] of Object.entries(pack.programmes)) if (p.enabled !== false) out.push(['programme', id, p]);
  for (const [id, t] of Object.entries(pack.difficulty?.tiers ?? {})) out.push(['tier', id, t]);
  for (const [id, r] of Object.entries(pack.referrals)) out.push(['referral', id, r]);
  for (const [id, r] of Object.entries(pack.reviews)) out.push(['review', id, r]);
  for (const [id, c] of Object.entries(pack.cycles)) out.push(['cycle', id, c]);
  for (const [id, t] of Object.entries(pack.transitions)) out.push(['transition', id, t]);
  for (const [id, c] of Object.entries(pack.urgency?.classes ?? {})) out.push(['urgency-class', id, c]);
  return out;
}

/**
 * What a review meeting must know is not settled: periods whose figure is unknown, figures and rules not
 * verified or without a source, income rules whose application is open.
 */
export function gapRows(pack: PolicyPack, lang: BookLanguage): string[][] {
  const rows: string[][] = [];
  for (const p of Object.values(pack.parameters).sort((a, b) => a.key.localeCompare(b.key))) {
    for (const v of p.values) {
      if (v.unknown) rows.push([`\`${p.key}\``, v.from, say(T.gapUnknown, lang), v.source ?? '', v.note ?? '']);
      else if (!isVerified(pack, v))
        rows.push([
          `\`${p.key}\``,
          `${v.from}: ${valueText(v, lang)}`,
          say(T.gapUnverified, lang),
          v.source ?? '',
          v.note ?? '',
        ]);
    }
  }
  for (const [kind, id, rule] of rules(pack)) {
    const v = ruleVerification(pack, rule);
    if (v.verified) continue;
    const gap = v.source === undefined ? T.gapUnsourced : T.gapRuleUnverified;
    rows.push([`${say(T.kind[kind], lang)} \`${id}\``, '', say(gap, lang), v.source ?? '', v.note ?? '']);
  }
  for (const x of pack.income.excluded ?? []) {
    if (!x.unknown) continue;
    const period = `${x.from ?? '…'} – ${x.to ?? '…'}`;
    rows.push([`\`income.excluded\` ${x.type}`, period, say(T.gapIncomeOpen, lang), x.source ?? '', x.note ?? '']);
  }
  return rows;
}
