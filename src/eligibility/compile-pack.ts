import { getFactDefinition } from '../facts/catalog.js';
import { compileCondition, type CompiledCondition, type SymbolTable } from '../rules/index.js';
import type { PackProgramme, PolicyPack } from '../pack/types.js';
import { buildSymbolTable, type RuleScope } from '../pack/symbols.js';
import type { ActionDef, ReferralDef, TierDef, TransitionDef } from '../schema/pack.js';

/** A programme with its conditions compiled. */
export interface CompiledProgramme {
  readonly def: PackProgramme;
  readonly scope: RuleScope;
  readonly when?: CompiledCondition;
  readonly eligible: CompiledCondition;
  readonly actions: readonly { readonly def: ActionDef; readonly when?: CompiledCondition }[];
}

/** Everything of a pack that `evaluate` runs, compiled once per pack. */
export interface CompiledPack {
  readonly symbols: Readonly<Record<'household' | 'member', SymbolTable>>;
  /** Per scope: [slot, fact name, is a member fact] for every fact slot (parameters excluded). */
  readonly factSlots: Readonly<Record<'household' | 'member', readonly (readonly [number, string, boolean])[]>>;
  /** Programmes in rank order (strongest first). */
  readonly programmes: readonly CompiledProgramme[];
  readonly tiers: readonly { readonly id: string; readonly def: TierDef; readonly when: CompiledCondition }[];
  readonly referrals: readonly { readonly id: string; readonly def: ReferralDef; readonly when: CompiledCondition }[];
  /** Screening transitions, judged per member. */
  readonly transitions: readonly {
    readonly id: string;
    readonly def: TransitionDef;
    readonly when: CompiledCondition;
  }[];
}

const cache = new WeakMap<PolicyPack, CompiledPack>();

/** Compiles (and caches per pack object) the conditions of a validated pack. */
export function compilePack(pack: PolicyPack): CompiledPack {
  const hit = cache.get(pack);
  if (hit) return hit;
  const symbols = {
    household: buildSymbolTable(pack.parameters, 'household'),
    member: buildSymbolTable(pack.parameters, 'member'),
  };
  const compile = (cond: unknown, scope: 'household' | 'member') => compileCondition(cond, symbols[scope]);
  const programmes = Object.values(pack.programmes)
    .filter((p) => p.enabled !== false)
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .map((def): CompiledProgramme => {
      const scope = def.subject === 'member' ? 'member' : 'household';
      return {
        def,
        scope,
        ...(def.when ? { when: compile(def.when, scope) } : {}),
        eligible: compile(def.eligible, scope),
        actions: (def.actions ?? []).map((a) => ({ def: a, ...(a.when ? { when: compile(a.when, scope) } : {}) })),
      };
    });
  const tiers = Object.entries(pack.difficulty?.tiers ?? {})
    .sort(([, a], [, b]) => a.rank - b.rank)
    .map(([id, def]) => ({ id, def, when: compile(def.when, 'household') }));
  const referrals = Object.entries(pack.referrals).map(([id, def]) => ({
    id,
    def,
    when: compile(def.when, 'household'),
  }));
  const transitions = Object.entries(pack.transitions).map(([id, def]) => ({
    id,
    def,
    when: compile(def.when, 'member'),
  }));
  const factSlots = {
    household: slotsOf(symbols.household),
    member: slotsOf(symbols.member),
  };
  const compiled: CompiledPack = Object.freeze({ symbols, factSlots, programmes, tiers, referrals, transitions });
  cache.set(pack, compiled);
  return compiled;
}

function slotsOf(symbols: SymbolTable): (readonly [number, string, boolean])[] {
  const out: (readonly [number, string, boolean])[] = [];
  for (const [name, sym] of symbols) {
    if (name.startsWith('param:')) continue;
    out.push([sym.slot, name, getFactDefinition(name)?.scope === 'member'] as const);
  }
  return out;
}
