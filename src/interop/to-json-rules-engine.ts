import type { Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { compilePack, prepareEnvironments, type CompiledPack, type CompiledProgramme } from '../engine/index.js';
import { packDigest, resolvePackOn, type PackOnDate, type PolicyPack, type ResolveOptions } from '../pack/index.js';
import { isParamName, PARAM_PREFIX, type Condition, type RuleValue, type SymbolTable } from '../rules/index.js';
import { parseHousehold } from '../schema/index.js';
import { createReferenceEngine, REFERENCE_OPERATORS, type ReferenceEngine } from './reference-engine.js';

/** Options of {@link toJsonRulesEngine}: the date whose figures are written into the rules. */
export interface ToJsonRulesEngineOptions extends ResolveOptions {
  /** The day (YYYY-MM-DD) whose figures are substituted, as in `evaluate`. */
  readonly asOf: string;
}

/** A household's facts in json-rules-engine's terms: numbers as exact decimal.js values in yuan. */
export interface JsonRulesEngineFacts {
  /** Facts of the household, for the household rules. */
  readonly household: Record<string, unknown>;
  /** Facts of each member (household facts included), for the member rules. */
  readonly members: readonly Record<string, unknown>[];
}

/** Which programmes fire for a household. */
export interface JsonRulesEngineRun {
  /** Ids of the programmes whose rule fired (a member programme: for at least one member), in rank order. */
  readonly eligible: readonly string[];
  /** For each member, the member programmes that fired for that member. */
  readonly members: readonly (readonly string[])[];
}

/** A pack's programmes as json-rules-engine rules for one date, with the operators and facts they need. */
export interface JsonRulesEngineExport {
  readonly packId: string;
  readonly packVersion: string;
  readonly packDigest: string;
  readonly asOf: string;
  /**
   * One rule per enabled household programme, in rank order: `conditions` is the programme's `when` and
   * `eligible` with the figures in force on `asOf` written in as decimal text (a figure keyed by zone or
   * hukou becomes one branch per zone or hukou); `event.type` is the programme id.
   */
  readonly householdRules: readonly RuleProperties[];
  /** The same for programmes judged per member (run once per member, with that member's facts). */
  readonly memberRules: readonly RuleProperties[];
  /**
   * Exact decimal comparisons to register with `engine.addOperator(name, fn)`: they replace
   * json-rules-engine's float `<`, `<=`, `>`, `>=`, `equal`, `notEqual` and add `between`.
   */
  readonly operators: Readonly<Record<string, (factValue: unknown, jsonValue: unknown) => boolean>>;
  /** Figures a rule reads that are unknown on `asOf`; a test against them is false (never "undetermined"). */
  readonly unknownFigures: readonly string[];
  /** Validates a household (throws `InputError` like `evaluate`) and derives its facts on `asOf`. */
  facts(household: unknown): JsonRulesEngineFacts;
  /** A new json-rules-engine `Engine` with the household (or member) rules and the exact operators. */
  createEngine(scope?: 'household' | 'member'): Engine;
  /** Runs the rules on a household: which programmes fire. */
  run(household: unknown): Promise<JsonRulesEngineRun>;
}

/**
 * The pack's eligibility rules as json-rules-engine rules for one date, for teams that already run
 * json-rules-engine: the conditions are the pack's own (its rule format is json-rules-engine's), with the
 * figures of the date written in, and the exact operators registered so that money is never compared as a
 * binary float. Each rule fires exactly when the engine finds its programme eligible by that rule (a test holds
 * them equal on generated households). What `evaluate` decides between programmes is not in the rules: a
 * programme set aside by a stronger one (`event.params.precededBy`), the other programmes of a family whose
 * members are assessed apart (`event.params.assessedApart`, special poverty), and verdicts reached by cases
 * over something left open. json-rules-engine is two-valued, so what `evaluate` calls *undetermined* simply
 * does not fire here. Requires the optional peer dependency `json-rules-engine`.
 *
 * @param pack - a validated pack (e.g. `packs.chengdu`)
 * @param options - `asOf`: the date whose figures are substituted; `overrides`, `lastKnown`, `knownAt` as in `evaluate`
 * @returns the rules, operators, a fact builder, and engines ready to run
 * @throws {InputError} `bad_date` for an `asOf` that is not a real day
 * @example
 * import { toJsonRulesEngine } from 'safetynet-cn/json-rules-engine';
 * const jre = toJsonRulesEngine(packs.chengdu, { asOf: '2023-06-01' });
 * jre.householdRules.find((r) => r.name === 'dibao')?.conditions; // { all: [... { any: [zone A: 910, zone B: 860] } ...] }
 * (await jre.run(household)).eligible; // ['dibao', …]
 */
export function toJsonRulesEngine(pack: PolicyPack, options: ToJsonRulesEngineOptions): JsonRulesEngineExport {
  const day = resolvePackOn(pack, options.asOf, options);
  const compiled = compilePack(pack);
  const unknown = new Set<string>();
  const toRule = (p: CompiledProgramme) => programmeRule(p, day, unknown);
  const householdRules = compiled.programmes.filter((p) => p.scope === 'household').map(toRule);
  const memberRules = compiled.programmes.filter((p) => p.scope === 'member').map(toRule);
  // The reference engines check every rule against the pack's vocabulary and convert facts to exact decimals.
  const engines = {
    household: () => reference(householdRules, compiled.symbols.household),
    member: () => reference(memberRules, compiled.symbols.member),
  };
  const converters = { household: engines.household(), member: engines.member() };
  const facts = (household: unknown) => householdFacts(household, day, compiled, converters);
  return Object.freeze({
    packId: pack.id,
    packVersion: pack.version,
    packDigest: packDigest(pack),
    asOf: options.asOf,
    householdRules,
    memberRules,
    operators: REFERENCE_OPERATORS,
    unknownFigures: [...unknown].sort(),
    facts,
    createEngine: (scope: 'household' | 'member' = 'household') => engines[scope]().engine,
    async run(household: unknown): Promise<JsonRulesEngineRun> {
      const f = facts(household);
      const fired = await converters.household.runConverted(f.household);
      const members = await Promise.all(f.members.map((m) => converters.member.runConverted(m)));
      const eligible = compiled.programmes
        .map((p) => p.def.id)
        .filter((id) => fired.has(id) || members.some((m) => m.has(id)));
      return { eligible, members: members.map((m) => memberRules.map((r) => r.name!).filter((id) => m.has(id))) };
    },
  });
}

/** One programme as a json-rules-engine rule: its `when` and `eligible` with the date's figures written in. */
function programmeRule(p: CompiledProgramme, day: PackOnDate, unknown: Set<string>): RuleProperties {
  const eligible = substituteFigures(p.def.eligible, day, unknown);
  const when = p.def.when !== undefined ? substituteFigures(p.def.when, day, unknown) : undefined;
  return {
    name: p.def.id,
    conditions: { all: when ? [when, eligible] : [eligible] } as TopLevelCondition,
    event: {
      type: p.def.id,
      params: {
        programme: p.def.id,
        category: p.def.category,
        rank: p.def.rank,
        ...(p.def.precededBy?.length ? { precededBy: p.def.precededBy } : {}),
        ...(p.def.assessedApart ? { assessedApart: true } : {}),
      },
    },
  };
}

/** A household's facts as json-rules-engine reads them (exact decimals), without the pack's figures. */
function householdFacts(
  household: unknown,
  day: PackOnDate,
  compiled: CompiledPack,
  converters: { readonly household: ReferenceEngine; readonly member: ReferenceEngine },
): JsonRulesEngineFacts {
  // The derived facts themselves, not the engine's slots: the engine fills only what its own conditions read,
  // while the rules here read zone and hukou too (their figures are written in per zone and hukou).
  const { facts } = prepareEnvironments(day, compiled, parseHousehold(household));
  return {
    household: converters.household.toFacts(factsOf(compiled.symbols.household, facts.household)),
    members: facts.members.map((member) =>
      converters.member.toFacts(factsOf(compiled.symbols.member, { ...facts.household, ...member })),
    ),
  };
}

/** The facts a scope's rules may read (figures are written into the rules), from a household's derived facts. */
function factsOf(symbols: SymbolTable, values: Readonly<Record<string, RuleValue>>): Record<string, RuleValue> {
  const out: Record<string, RuleValue> = {};
  for (const name of symbols.keys()) if (!isParamName(name)) out[name] = values[name];
  return out;
}

function reference(rules: readonly RuleProperties[], symbols: SymbolTable): ReferenceEngine {
  return createReferenceEngine(
    rules.map((r) => ({ name: r.name!, condition: r.conditions as unknown as Condition })),
    { symbols },
  );
}

/** A condition node as plain data, to rewrite. */
type Node = Readonly<Record<string, unknown>>;

/**
 * A copy of a condition with every `value: { fact: 'param:<key>' }` replaced by the figure in force (decimal
 * text). A figure keyed by zone or hukou becomes `any` of one branch per key, each guarded by
 * `{ fact: 'zone' | 'hukou', operator: 'equal', value: key }`. An unknown figure stays a reference to a fact
 * nobody supplies (so the test is false) and is recorded in `unknown`.
 */
function substituteFigures(condition: unknown, day: PackOnDate, unknown: Set<string>): Condition {
  return substitute(condition as Node, day, unknown) as unknown as Condition;
}

function substitute(node: Node, day: PackOnDate, unknown: Set<string>): Node {
  const each = (list: unknown) => (list as Node[]).map((c) => substitute(c, day, unknown));
  if (Array.isArray(node.all)) return { all: each(node.all) };
  if (Array.isArray(node.any)) return { any: each(node.any) };
  if (node.not !== undefined) return { not: substitute(node.not as Node, day, unknown) };
  const ref = (node.value as { fact?: unknown } | null | undefined)?.fact;
  if (typeof ref !== 'string' || !isParamName(ref)) return { ...node };
  const key = ref.slice(PARAM_PREFIX.length);
  const resolved = day.parameters.get(key);
  if (!resolved || resolved.value === undefined) {
    unknown.add(key);
    return { ...node };
  }
  if (typeof resolved.value === 'string') return { ...node, value: resolved.value };
  const by = resolved.by === 'hukou' ? 'hukou' : 'zone';
  return {
    any: Object.entries(resolved.value).map(([k, v]) => ({
      all: [
        { fact: by, operator: 'equal', value: k },
        { ...node, value: v },
      ],
    })),
  };
}
