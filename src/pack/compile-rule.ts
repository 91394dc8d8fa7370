import { PackError } from '../errors/index.js';
import {
  compileResolvedCondition,
  resolveCondition,
  type CompiledCondition,
  type ConditionPath,
  type SymbolTable,
} from '../rules/index.js';
import { packRuntimeIssue } from './runtime-messages.js';
import type { PolicyPack } from './types.js';

/**
 * Compiles a rule condition of a validated pack. Its conditions were checked, and every problem worded, when the
 * pack was validated (a bundled pack, when the library was built), so compiling needs no wording: deciding and
 * deadlines then carry none of the rule checker's messages. A condition that does not resolve means the pack
 * skipped validation, and the error says so, with each problem's code, path and arguments.
 *
 * @param pack - the pack the condition belongs to (named in the error)
 * @param condition - the condition as the pack holds it
 * @param symbols - the facts and parameters of the condition's scope
 * @param at - where the condition sits in the pack, e.g. `['programmes', 'dibao', 'eligible']`
 * @returns the compiled condition
 * @throws {PackError} `rule_invalid`, one `pack_not_validated` issue per problem (`validatePack` words them)
 * @example
 * const eligible = compilePackRule(pack, pack.programmes.dibao!.eligible, symbols, ['programmes', 'dibao', 'eligible']);
 */
export function compilePackRule(
  pack: Pick<PolicyPack, 'id'>,
  condition: unknown,
  symbols: SymbolTable,
  at: ConditionPath,
): CompiledCondition {
  const { problems, tree } = resolveCondition(condition, symbols, { at });
  if (tree) return compileResolvedCondition(tree);
  const issues = problems.map((p) =>
    packRuntimeIssue('pack_not_validated', p.path, { pack: pack.id, problem: p.code, ...p.args }),
  );
  throw new PackError('rule_invalid', `Pack ${pack.id} was not validated: a rule condition is invalid`, issues);
}
