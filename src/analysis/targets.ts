import type { Bilingual } from '../errors/index.js';
import type { RuleScope } from '../pack/index.js';
import type { PolicyPack } from '../pack/index.js';

/**
 * The conditions of a pack the analysis looks at, each with the scope it is evaluated in and the order
 * (rank or priority) that decides between it and its siblings.
 */

/**
 * What kind of rule a condition belongs to.
 *
 * @example
 * const k: TargetKind = 'urgency-class';
 */
export type TargetKind = 'programme' | 'urgency-class' | 'tier' | 'referral';

/**
 * One condition to analyse.
 *
 * @example
 * const t: RuleTarget = {
 *   kind: 'tier', id: 'special', name: { zh: '特殊困难', en: 'special difficulty' }, scope: 'household',
 *   path: ['difficulty', 'tiers', 'special', 'when'], condition: { any: [] }, order: 0, position: 0,
 * };
 */
export interface RuleTarget {
  readonly kind: TargetKind;
  readonly id: string;
  readonly name: Bilingual;
  readonly scope: RuleScope;
  /** Where the condition sits in the pack (for a programme, its `eligible`). */
  readonly path: readonly (string | number)[];
  /** The condition: a programme's `when` and `eligible` together; `{ all: [] }` (true) for a catch-all class. */
  readonly condition: unknown;
  /** Rank (programmes, tiers) or priority (urgency classes); `undefined` for referrals. */
  readonly order: number | undefined;
  /** A programme's category. */
  readonly category?: string;
  /** Position in the pack's own order of its section (tiers tie by it). */
  readonly position: number;
}

/**
 * The conditions of a pack, in pack order: enabled programmes (`when` and `eligible` together), urgency
 * classes, difficulty tiers and referrals.
 *
 * @example
 * collectTargets(getBundledPack('zhongshan')).filter((t) => t.kind === 'urgency-class').map((t) => t.id);
 * // ['emergency', 'urgent', 'ordinary']
 */
export function collectTargets(pack: PolicyPack): RuleTarget[] {
  const out: RuleTarget[] = [];
  Object.entries(pack.programmes)
    .filter(([, p]) => p.enabled !== false)
    .forEach(([id, p], position) => {
      out.push({
        kind: 'programme',
        id,
        name: p.name,
        scope: p.subject === 'member' ? 'member' : 'household',
        path: ['programmes', id, 'eligible'],
        // A programme is eligible only where it applies: both conditions must hold.
        condition: p.when ? { all: [p.when, p.eligible] } : p.eligible,
        order: p.rank,
        category: p.category,
        position,
      });
    });
  Object.entries(pack.urgency?.classes ?? {}).forEach(([id, c], position) => {
    out.push({
      kind: 'urgency-class',
      id,
      name: c.name,
      scope: 'report',
      path: c.when ? ['urgency', 'classes', id, 'when'] : ['urgency', 'classes', id],
      condition: c.when ?? { all: [] },
      order: c.priority,
      position,
    });
  });
  Object.entries(pack.difficulty?.tiers ?? {}).forEach(([id, t], position) => {
    out.push({
      kind: 'tier',
      id,
      name: t.name,
      scope: 'household',
      path: ['difficulty', 'tiers', id, 'when'],
      condition: t.when,
      order: t.rank,
      position,
    });
  });
  Object.entries(pack.referrals).forEach(([id, r], position) => {
    out.push({
      kind: 'referral',
      id,
      name: r.name,
      scope: 'household',
      path: ['referrals', id, 'when'],
      condition: r.when,
      order: undefined,
      position,
    });
  });
  return out;
}
