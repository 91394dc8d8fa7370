import {
  buildSymbolTable,
  compilePackRule,
  type PackProgramme,
  type PolicyPack,
  type RuleScope,
} from '../pack/index.js';
import { isParamName, type CompiledCondition, type ConditionPath, type SymbolTable } from '../rules/index.js';
import {
  getFactDefinition,
  type ActionDef,
  type ReferralDef,
  type ReviewDef,
  type TierDef,
  type TransitionDef,
} from '../schema/index.js';
import type { CompiledSupporterRule } from './supporters.js';

/**
 * A money test against a pack figure inside a programme's `eligible` condition (`incomePerPerson <
 * param:dibao.standard`): what near-threshold margins are measured on.
 */
export interface ThresholdLeaf {
  readonly path: readonly (string | number)[];
  readonly fact: string;
  readonly factSlot: number;
  readonly parameter: string;
  readonly parameterSlot: number;
}

/** A programme with its conditions compiled. */
export interface CompiledProgramme {
  readonly def: PackProgramme;
  readonly scope: RuleScope;
  readonly when?: CompiledCondition;
  readonly eligible: CompiledCondition;
  readonly actions: readonly CompiledAction[];
  /** Money-against-figure tests of `eligible`, for household programmes (member programmes have none). */
  readonly thresholds: readonly ThresholdLeaf[];
}

/** An action of a programme, with its condition compiled. */
export interface CompiledAction {
  readonly def: ActionDef;
  readonly when?: CompiledCondition;
}

/** A rule of the pack outside programmes (tier, referral, transition) with its condition compiled. */
export interface CompiledRule<D> {
  readonly id: string;
  readonly def: D;
  readonly when: CompiledCondition;
}

/** Everything of a pack that deciding runs, compiled once per pack. */
export interface CompiledPack {
  readonly symbols: Readonly<Record<'household' | 'member', SymbolTable>>;
  /** Per scope: [slot, fact name, is a member fact] for every fact slot a condition reads (parameters excluded). */
  readonly factSlots: Readonly<Record<'household' | 'member', readonly (readonly [number, string, boolean])[]>>;
  /** Enabled programmes in rank order (strongest first). */
  readonly programmes: readonly CompiledProgramme[];
  readonly tiers: readonly CompiledRule<TierDef>[];
  readonly referrals: readonly CompiledRule<ReferralDef>[];
  /** Transitions between benefits, judged per member. */
  readonly transitions: readonly CompiledRule<TransitionDef>[];
  /** Review (核查) rules, first match wins (by rank). */
  readonly reviews: readonly CompiledRule<ReviewDef>[];
  /** When a legal supporter counts as unable to support. */
  readonly supporters?: CompiledSupporterRule;
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
  const compile: Compile = (cond, scope, at) => compilePackRule(pack, cond, symbols[scope], at);
  const programmes = compileProgrammes(pack, compile, symbols.household);
  const rulesOf = <D extends { when: unknown }>(
    defs: Readonly<Record<string, D>>,
    scope: 'household' | 'member',
    at: ConditionPath,
  ) =>
    Object.entries(defs).map(
      ([id, def]): CompiledRule<D> => ({ id, def, when: compile(def.when, scope, [...at, id, 'when']) }),
    );
  const tiers = rulesOf(pack.difficulty?.tiers ?? {}, 'household', ['difficulty', 'tiers']).sort(
    (a, b) => a.def.rank - b.def.rank,
  );
  const referrals = rulesOf(pack.referrals, 'household', ['referrals']);
  const transitions = rulesOf(pack.transitions, 'member', ['transitions']);
  const reviews = rulesOf(pack.reviews, 'household', ['reviews']).sort(
    (a, b) => a.def.rank - b.def.rank || a.id.localeCompare(b.id),
  );
  const conditions = (scope: RuleScope) => [
    ...programmes
      .filter((p) => p.scope === scope)
      .flatMap((p) => [p.when, p.eligible, ...p.actions.map((a) => a.when)]),
    ...(scope === 'household' ? [...tiers, ...referrals, ...reviews] : transitions).map((r) => r.when),
  ];
  const compiled: CompiledPack = Object.freeze({
    symbols,
    factSlots: {
      household: slotsOf(symbols.household, conditions('household')),
      member: slotsOf(symbols.member, conditions('member')),
    },
    programmes,
    tiers,
    referrals,
    transitions,
    reviews,
    ...(pack.supporters ? { supporters: compileSupporters(pack) } : {}),
  });
  cache.set(pack, compiled);
  return compiled;
}

/** Compiles one condition of the pack in a scope, at its path in the pack. */
type Compile = (cond: unknown, scope: 'household' | 'member', at: ConditionPath) => CompiledCondition;

/** The enabled programmes, by rank then id, with their conditions compiled and their money thresholds found. */
function compileProgrammes(pack: PolicyPack, compile: Compile, household: SymbolTable): CompiledProgramme[] {
  return Object.values(pack.programmes)
    .filter((p) => p.enabled !== false)
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .map((def): CompiledProgramme => {
      const scope = def.subject === 'member' ? 'member' : 'household';
      const at = ['programmes', def.id];
      return {
        def,
        scope,
        ...(def.when ? { when: compile(def.when, scope, [...at, 'when']) } : {}),
        eligible: compile(def.eligible, scope, [...at, 'eligible']),
        actions: (def.actions ?? []).map((a, i) => ({
          def: a,
          ...(a.when ? { when: compile(a.when, scope, [...at, 'actions', i, 'when']) } : {}),
        })),
        thresholds: scope === 'household' ? thresholdLeaves(def.eligible, household) : [],
      };
    });
}

function compileSupporters(pack: PolicyPack): CompiledSupporterRule {
  const symbols = buildSymbolTable(pack.parameters, 'supporter');
  return { symbols, unable: compilePackRule(pack, pack.supporters!.unable, symbols, ['supporters', 'unable']) };
}

/**
 * The fact slots some condition of the scope reads: only those are filled for each household (filling all
 * of the catalogue's facts cost more than judging every programme).
 */
function slotsOf(
  symbols: SymbolTable,
  conditions: readonly (CompiledCondition | undefined)[],
): (readonly [number, string, boolean])[] {
  const used = new Set(conditions.flatMap((c) => c?.facts ?? []));
  const out: (readonly [number, string, boolean])[] = [];
  for (const [name, sym] of symbols) {
    if (isParamName(name) || !used.has(name)) continue;
    out.push([sym.slot, name, getFactDefinition(name)?.scope === 'member'] as const);
  }
  return out;
}

/** The leaves of a (validated) condition that compare a money fact with a pack figure. */
function thresholdLeaves(condition: unknown, symbols: SymbolTable): ThresholdLeaf[] {
  const out: ThresholdLeaf[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    const n = node as { all?: unknown[]; any?: unknown[]; not?: unknown; fact?: string; value?: unknown };
    if (Array.isArray(n.all)) for (const [i, c] of n.all.entries()) walk(c, [...path, 'all', i]);
    else if (Array.isArray(n.any)) for (const [i, c] of n.any.entries()) walk(c, [...path, 'any', i]);
    else if (n.not !== undefined) walk(n.not, [...path, 'not']);
    else if (typeof n.fact === 'string' && getFactDefinition(n.fact)?.kind === 'money') {
      const ref = (n.value as { fact?: unknown } | null)?.fact;
      if (typeof ref !== 'string' || !isParamName(ref)) return;
      const factSlot = symbols.get(n.fact)?.slot;
      const parameterSlot = symbols.get(ref)?.slot;
      if (factSlot === undefined || parameterSlot === undefined) return;
      out.push({ path: Object.freeze(path), fact: n.fact, factSlot, parameter: ref.slice(6), parameterSlot });
    }
  };
  walk(condition, []);
  return out;
}
