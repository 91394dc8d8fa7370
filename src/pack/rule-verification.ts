import type { Issue } from '../errors/index.js';
import type { PolicyPackFile } from '../schema/index.js';
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

/** Every rule written in a pack file with its kind, id and path, for warnings (a parent's rules are its own). */
function rulesOf(file: PolicyPackFile): [RuleKind, string, (string | number)[], Sourced][] {
  const out: [RuleKind, string, (string | number)[], Sourced][] = [];
  const add = (kind: RuleKind, rules: Readonly<Record<string, Sourced>> | undefined, at: string[]) => {
    for (const [id, rule] of Object.entries(rules ?? {})) out.push([kind, id, [...at, id], rule]);
  };
  const enabled = Object.fromEntries(Object.entries(file.programmes ?? {}).filter(([, p]) => p.enabled !== false));
  add('programme', enabled, ['programmes']);
  add('tier', file.difficulty?.tiers, ['difficulty', 'tiers']);
  add('referral', file.referrals, ['referrals']);
  add('review', file.reviews, ['reviews']);
  add('cycle', file.cycles, ['cycles']);
  add('transition', file.screening?.transitions, ['screening', 'transitions']);
  return out;
}

/**
 * Warnings for rules that rest on no verified source, like those for unverified figures: validation lets
 * them through, `--strict` fails on them, and every decision using one says so.
 */
export function unverifiedRuleWarnings(pack: MergedPack, file: PolicyPackFile): Issue[] {
  const out: Issue[] = [];
  for (const [kind, id, path, rule] of rulesOf(file)) {
    const v = ruleVerification(pack, rule);
    if (v.verified) continue;
    const code = v.source === undefined ? 'rule_unsourced' : 'rule_unverified';
    out.push(packIssue(code, path, { kind, id, source: v.source ?? '—' }, 'warning'));
  }
  return out;
}
