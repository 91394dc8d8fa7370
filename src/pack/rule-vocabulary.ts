import { FACT_CATALOG, type FactDefinition, type FactKind } from '../schema/index.js';
import type { ParameterUnit } from '../schema/index.js';
import { createSymbolTable, type FactDeclaration, type FactType, type SymbolTable } from '../rules/index.js';

/** Where a condition is evaluated: household facts only, member facts too, or report facts too. */
export type RuleScope = 'household' | 'member' | 'report' | 'supporter';

/** Money is compared in integer fen; everything numeric is exact. */
export const MONEY_SCALE = 100;

const KIND_TYPE: Record<FactKind, FactType> = {
  money: 'number',
  count: 'number',
  years: 'number',
  ratio: 'number',
  boolean: 'boolean',
  string: 'string',
  'string[]': 'string[]',
};

/** How a fact kind is scaled into the rule engine's exact numbers (money -> fen). */
export function scaleOfKind(kind: FactKind): number {
  return kind === 'money' ? MONEY_SCALE : 1;
}

/** How a parameter unit is scaled (money units -> fen). */
export function scaleOfUnit(unit: ParameterUnit): number {
  return unit.startsWith('CNY') ? MONEY_SCALE : 1;
}

/** The facts visible from a scope. */
export function factsInScope(scope: RuleScope): readonly FactDefinition[] {
  // A supporter's rule reads the supporter's own facts only (and the pack's figures).
  if (scope === 'supporter') return FACT_CATALOG.filter((f) => f.scope === 'supporter');
  return FACT_CATALOG.filter(
    (f) =>
      f.scope === 'household' ||
      (scope === 'member' && f.scope === 'member') ||
      (scope === 'report' && f.scope === 'report'),
  );
}

/**
 * The symbol table of a pack for one scope: every fact of the scope, then every parameter as
 * `param:<key>`. Slots are assigned in this order so the same pack always gives the same table.
 */
export function buildSymbolTable(
  parameters: Readonly<Record<string, { unit: ParameterUnit }>>,
  scope: RuleScope,
): SymbolTable {
  return buildSymbolTableOf(parameters, factsInScope(scope));
}

/**
 * {@link buildSymbolTable} over a given list of facts: urgency rules pass `REPORT_SCOPE_FACTS` (the facts of
 * scope `report`, in the same order), so that classifying a report does not carry the whole catalogue.
 */
export function buildSymbolTableOf(
  parameters: Readonly<Record<string, { unit: ParameterUnit }>>,
  facts: readonly FactDefinition[],
): SymbolTable {
  const declarations: [string, FactDeclaration][] = facts.map((f) => [
    f.name,
    { type: KIND_TYPE[f.kind], scale: scaleOfKind(f.kind), ...(f.values ? { values: f.values } : {}) },
  ]);
  for (const [key, p] of Object.entries(parameters))
    declarations.push([`param:${key}`, { type: 'number', scale: scaleOfUnit(p.unit) }]);
  return createSymbolTable(declarations);
}
