import type { PolicyPack } from '../pack/index.js';
import { buildSymbolTable, type RuleScope } from '../pack/index.js';
import { analyzeCondition, type ResolvedNode } from '../rules/index.js';
import { compileCondition } from '../rules/index.js';
import type { CompiledCondition, SymbolTable } from '../rules/index.js';
import { buildContexts, type AnalysisContext, type ContextOptions } from './contexts.js';
import { buildBoxSetOfTree, type BoxSet } from './intervals.js';
import { buildSampleEnv, isMemberFact, type Sample } from './sample.js';
import { collectTargets, type RuleTarget } from './targets.js';

/**
 * Preparing one analysis of a pack: its conditions resolved and compiled once, the contexts they are
 * analysed in, and a cache of box sets per (condition, context) — with the questions the later steps ask of
 * it (which members satisfy a condition in a case, what a set of conditions reads, the scale of a name).
 */

/**
 * A condition resolved (for interval reasoning) and compiled (to test cases exactly as `evaluate` does).
 *
 * @example
 * run.targets[0]!.compiled.test(env);
 */
export interface PreparedTarget {
  readonly target: RuleTarget;
  readonly symbols: SymbolTable;
  readonly tree: ResolvedNode;
  readonly compiled: CompiledCondition;
}

/**
 * One analysis run.
 *
 * @example
 * const run = prepareRun(pack, { asOf: '2025-06-01' });
 * decideBoxSet(run.boxesOf(0, 1, false));
 */
export interface AnalysisRun {
  /** The symbolic context first (index 0), then one per date and zone. */
  readonly contexts: readonly AnalysisContext[];
  /** Indices of the dated contexts. */
  readonly datedIndices: readonly number[];
  /** Where cases are drawn: the dated contexts, or the symbolic one when there are none. */
  readonly samplingContexts: readonly number[];
  readonly tables: Readonly<Record<RuleScope, SymbolTable>>;
  readonly targets: readonly PreparedTarget[];
  readonly maxBoxes: number | undefined;
  /** The box set of target `i` in context `ci`; `second` files its member facts as another member's. */
  boxesOf(i: number, ci: number, second: boolean): BoxSet;
}

/**
 * Suffix for the member facts of the second of two member conditions: another member may satisfy it.
 *
 * @example
 * `age${SECOND_MEMBER}`; // 'age#2'
 */
export const SECOND_MEMBER = '#2';

/**
 * Prepares an analysis run.
 *
 * @example
 * const run = prepareRun(getBundledPack('chengdu'), {});
 * run.contexts.length; // 1 + dates × zones
 */
export function prepareRun(
  pack: PolicyPack,
  options: ContextOptions & { readonly maxBoxes?: number | undefined },
): AnalysisRun {
  const { symbolic, dated } = buildContexts(pack, options);
  const contexts = [symbolic, ...dated];
  const datedIndices = dated.map((_, i) => i + 1);
  const tables: Record<RuleScope, SymbolTable> = {
    household: buildSymbolTable(pack.parameters, 'household'),
    member: buildSymbolTable(pack.parameters, 'member'),
    report: buildSymbolTable(pack.parameters, 'report'),
    supporter: buildSymbolTable(pack.parameters, 'supporter'),
  };
  const targets: PreparedTarget[] = [];
  for (const target of collectTargets(pack)) {
    const symbols = tables[target.scope];
    const { tree } = analyzeCondition(target.condition, symbols);
    // A validated pack has valid conditions; anything else is left to the validator to report.
    if (tree) targets.push({ target, symbols, tree, compiled: compileCondition(target.condition, symbols) });
  }
  const { maxBoxes } = options;
  const cache = new Map<string, BoxSet>();
  const renameSecond = (fact: string): string => (isMemberFact(fact) ? fact + SECOND_MEMBER : fact);
  return {
    contexts,
    datedIndices,
    samplingContexts: datedIndices.length ? datedIndices : [0],
    tables,
    targets,
    maxBoxes,
    boxesOf(i, ci, second) {
      const key = `${i}:${ci}:${second ? 1 : 0}`;
      let set = cache.get(key);
      if (!set) {
        const p = targets[i]!;
        const ctx = contexts[ci]!;
        set = buildBoxSetOfTree(p.tree, p.symbols, {
          parameterValue: (name) => ctx.parameters.get(name),
          ...(maxBoxes !== undefined ? { maxBoxes } : {}),
          ...(second ? { keyOf: renameSecond } : {}),
        });
        cache.set(key, set);
      }
      return set;
    },
  };
}

/**
 * The members for which target `i` holds in a sample (`[0]` / `[]` for household and report conditions):
 * a member programme is eligible when some member is.
 *
 * @example
 * satisfiedMembers(run, 0, sample); // [1]: the second member
 */
export function satisfiedMembers(run: AnalysisRun, i: number, sample: Sample): number[] {
  const p = run.targets[i]!;
  if (p.target.scope !== 'member') return p.compiled.test(buildSampleEnv(sample, p.symbols)) === true ? [0] : [];
  const out: number[] = [];
  for (let m = 0; m < sample.members.length; m++)
    if (p.compiled.test(buildSampleEnv(sample, p.symbols, m)) === true) out.push(m);
  return out;
}

/**
 * How many runtime units make one literal unit of a fact or parameter (100 for money).
 *
 * @example
 * scaleOf(run, 'incomePerPerson'); // 100
 */
export function scaleOf(run: AnalysisRun, name: string): number {
  return (run.tables.report.get(name) ?? run.tables.member.get(name))?.scale ?? 1;
}

/**
 * The facts and parameters read by some of the given targets.
 *
 * @example
 * readBy(run, [0, 3]); // ['incomePerPerson', 'param:dibao.standard', 'propertyTestPassed']
 */
export function readBy(run: AnalysisRun, indices: readonly number[]): string[] {
  return [...new Set(indices.flatMap((i) => run.targets[i]!.compiled.facts))];
}
