import type { Issue } from '../errors/index.js';
import { checkCondition } from '../rules/index.js';
import type { MergedPack } from './extend.js';
import { buildSymbolTable, type RuleScope } from './rule-vocabulary.js';

/**
 * Checks every condition of a pack against the facts and parameters it may name: programmes (member
 * programmes see member facts), their actions, urgency classes (report facts), tiers and referrals.
 * Conditions of a parent pack are checked too when the child defines them.
 */
export function checkPackRules(pack: MergedPack, ownId: string): Issue[] {
  const tables = new Map<RuleScope, ReturnType<typeof buildSymbolTable>>();
  const table = (scope: RuleScope) => {
    let t = tables.get(scope);
    if (!t) tables.set(scope, (t = buildSymbolTable(pack.parameters, scope)));
    return t;
  };
  const issues: Issue[] = [];
  const check = (cond: unknown, scope: RuleScope, path: (string | number)[]) => {
    if (cond === undefined) return;
    for (const i of checkCondition(cond, table(scope))) issues.push({ ...i, path: [...path, ...i.path] });
  };
  for (const [id, p] of Object.entries(pack.programmes)) {
    if (p.definedIn !== ownId) continue;
    const scope: RuleScope = p.subject === 'member' ? 'member' : 'household';
    check(p.when, scope, ['programmes', id, 'when']);
    check(p.eligible, scope, ['programmes', id, 'eligible']);
    for (const [i, a] of (p.actions ?? []).entries()) check(a.when, scope, ['programmes', id, 'actions', i, 'when']);
  }
  for (const [id, c] of Object.entries(pack.urgency?.classes ?? {}))
    check(c.when, 'report', ['urgency', 'classes', id, 'when']);
  for (const [id, t] of Object.entries(pack.difficulty?.tiers ?? {}))
    check(t.when, 'household', ['difficulty', 'tiers', id, 'when']);
  for (const [id, r] of Object.entries(pack.referrals)) check(r.when, 'household', ['referrals', id, 'when']);
  for (const [id, r] of Object.entries(pack.reviews)) check(r.when, 'household', ['reviews', id, 'when']);
  if (pack.supporters) check(pack.supporters.unable, 'supporter', ['supporters', 'unable']);
  for (const [id, t] of Object.entries(pack.transitions))
    check(t.when, 'member', ['screening', 'transitions', id, 'when']);
  return issues;
}
