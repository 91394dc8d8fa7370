import { PackError } from '../../errors/index.js';
import { buildSymbolTableOf, compilePackRule } from '../../pack/index.js';
import type { PolicyPack } from '../../pack/index.js';
import type { CompiledCondition, SymbolTable } from '../../rules/index.js';
import { REPORT_SCOPE_FACTS, type UrgencyClassDef } from '../../schema/index.js';

/** One urgency class with its condition compiled. */
export interface CompiledClass {
  readonly id: string;
  readonly def: UrgencyClassDef;
  /** Absent for the catch-all class (no `when`). */
  readonly when?: CompiledCondition;
}

/** A pack's urgency classes, compiled once. */
export interface CompiledUrgency {
  readonly symbols: SymbolTable;
  /** Most urgent first (priority, then id, so ties are broken the same way every time). */
  readonly classes: readonly CompiledClass[];
}

const cache = new WeakMap<PolicyPack, CompiledUrgency>();

/**
 * Compiles (and caches per pack object) the `when` conditions of a pack's urgency classes over the
 * report-scope symbols (household facts, report facts, parameters).
 *
 * @throws {PackError} `pack_no_urgency` when the pack defines no urgency classes.
 */
export function compileUrgency(pack: PolicyPack): CompiledUrgency {
  const hit = cache.get(pack);
  if (hit) return hit;
  const entries = Object.entries(pack.urgency?.classes ?? {});
  if (!entries.length) {
    throw new PackError('pack_no_urgency', `Pack ${pack.id} defines no urgency classes`, [
      {
        code: 'pack_no_urgency',
        severity: 'error',
        path: ['urgency', 'classes'],
        message: { zh: `政策包 ${pack.id} 没有定义紧急程度分类`, en: `Pack ${pack.id} defines no urgency classes` },
        args: { pack: pack.id },
      },
    ]);
  }
  const symbols = buildSymbolTableOf(pack.parameters, REPORT_SCOPE_FACTS);
  const classes = entries
    .sort(([a, x], [b, y]) => x.priority - y.priority || (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([id, def]): CompiledClass => ({
        id,
        def,
        ...(def.when ? { when: compilePackRule(pack, def.when, symbols, ['urgency', 'classes', id, 'when']) } : {}),
      }),
    );
  const compiled: CompiledUrgency = Object.freeze({ symbols, classes: Object.freeze(classes) });
  cache.set(pack, compiled);
  return compiled;
}
