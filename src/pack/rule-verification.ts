import type { Issue } from '../errors/index.js';
import type { MergedPack } from './extend.js';
import { packIssue } from './messages.js';

/** The kinds of rule a pack holds besides its figures. */
export type RuleKind = 'programme' | 'tier' | 'referral' | 'review' | 'cycle' | 'transition' | 'urgency-class';

/** How far a rule of a pack is verified, and the document it rests on. */
export interface RuleVerification {
  readonly verified: boolean;
  readonly source?: string;
  readonly note?: string;
}

interface Sourced {
  readonly source?: string | undefined;
  readonly verified?: boolean | undefined;
  readonly note?: string | undefined;
}

/**
 * Whether a programme, tier, referral, review rule, cycle, transition or urgency class is verified: its own
 * `verified` flag, else its source's. A rule with no source is not verified — nothing says it.
 */
export function ruleVerification(pack: Pick<MergedPack, 'sources'>, rule: Sourced): RuleVerification {
  const src = rule.source !== undefined ? pack.sources[rule.source] : undefined;
  const verified = rule.verified ?? (src ? src.verified : false);
  return {
    verified,
    ...(rule.source !== undefined ? { source: rule.source } : {}),
    ...(rule.note !== undefined ? { note: rule.note } : {}),
  };
}

/** Every rule of a pack (defined in `ownId`'s file) with its kind, id and path, for warnings. */
function rulesOf(pack: MergedPack, ownId: string): [RuleKind, string, (string | number)[], Sourced][] {
  const out: [RuleKind, string, (string | number)[], Sourced][] = [];
  for (const [id, p] of Object.entries(pack.programmes)) {
    if (p.definedIn === ownId && p.enabled !== false) out.push(['programme', id, ['programmes', id], p]);
  }
  if (pack.id !== ownId) return out;
  for (const [id, t] of Object.entries(pack.difficulty?.tiers ?? {}))
    out.push(['tier', id, ['difficulty', 'tiers', id], t]);
  for (const [id, r] of Object.entries(pack.referrals)) out.push(['referral', id, ['referrals', id], r]);
  for (const [id, r] of Object.entries(pack.reviews)) out.push(['review', id, ['reviews', id], r]);
  for (const [id, c] of Object.entries(pack.cycles)) out.push(['cycle', id, ['cycles', id], c]);
  for (const [id, t] of Object.entries(pack.transitions))
    out.push(['transition', id, ['screening', 'transitions', id], t]);
  return out;
}

/**
 * Warnings for rules that rest on no verified source, like those for unverified figures: validation lets
 * them through, `--strict` fails on them, and every decision using one says so.
 */
export function unverifiedRuleWarnings(pack: MergedPack, ownId: string): Issue[] {
  const out: Issue[] = [];
  for (const [kind, id, path, rule] of rulesOf(pack, ownId)) {
    const v = ruleVerification(pack, rule);
    if (v.verified) continue;
    const code = v.source === undefined ? 'rule_unsourced' : 'rule_unverified';
    out.push(packIssue(code, path, { kind, id, source: v.source ?? '—' }, 'warning'));
  }
  return out;
}
