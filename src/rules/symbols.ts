import type { FactSymbol, FactType, SymbolTable } from './types.js';

/**
 * A fact or parameter declaration without its slot; {@link createSymbolTable} assigns slots.
 *
 * @example
 * const d: FactDeclaration = { type: 'number', scale: 100 };
 */
export interface FactDeclaration {
  readonly type: FactType;
  readonly scale?: number;
  readonly values?: readonly string[];
}

/**
 * The prefix that marks a parameter name inside rules.
 *
 * @example
 * `${PARAM_PREFIX}dibao.standard`; // 'param:dibao.standard'
 */
export const PARAM_PREFIX = 'param:';

/**
 * Whether a rule name refers to a parameter (`param:<key>`).
 *
 * @example
 * isParamName('param:dibao.standard'); // true
 */
export function isParamName(name: string): boolean {
  return name.startsWith(PARAM_PREFIX);
}

/**
 * Builds a symbol table, giving slots 0, 1, 2 … in declaration order. Accepts `[name, declaration]`
 * pairs (safe for any name) or a plain record. Throws RangeError on a duplicate name, an unknown type or
 * a scale that is not a positive safe integer (programming errors, not pack errors).
 *
 * @example
 * const symbols = createSymbolTable([
 *   ['incomePerPerson', { type: 'number', scale: 100 }],
 *   ['param:dibao.standard', { type: 'number', scale: 100 }],
 *   ['hukou', { type: 'string', values: ['urban', 'rural'] }],
 * ]);
 * symbols.get('hukou'); // { slot: 2, type: 'string', values: ['urban', 'rural'] }
 */
export function createSymbolTable(
  declarations: Iterable<readonly [string, FactDeclaration]> | Readonly<Record<string, FactDeclaration>>,
): SymbolTable {
  const entries: Iterable<readonly [string, FactDeclaration]> =
    Symbol.iterator in declarations
      ? (declarations as Iterable<readonly [string, FactDeclaration]>)
      : Object.entries(declarations as Readonly<Record<string, FactDeclaration>>);
  const table = new Map<string, FactSymbol>();
  for (const [name, decl] of entries) {
    if (table.has(name)) throw new RangeError(`duplicate symbol ${JSON.stringify(name)}`);
    if (!['number', 'boolean', 'string', 'string[]'].includes(decl.type)) {
      throw new RangeError(`symbol ${JSON.stringify(name)}: unknown type ${JSON.stringify(decl.type)}`);
    }
    if (decl.scale !== undefined && (!Number.isSafeInteger(decl.scale) || decl.scale <= 0)) {
      throw new RangeError(`symbol ${JSON.stringify(name)}: scale must be a positive safe integer`);
    }
    const symbol: FactSymbol = {
      slot: table.size,
      type: decl.type,
      ...(decl.scale !== undefined ? { scale: decl.scale } : {}),
      ...(decl.values !== undefined ? { values: Object.freeze([...decl.values]) } : {}),
    };
    table.set(name, Object.freeze(symbol));
  }
  return table;
}
