import type { ResolvedNode } from '../rules/index.js';
import { isParamName } from '../rules/index.js';
import type { FactSymbol, KnownValue, Numeric, SymbolTable } from '../rules/index.js';
import { compareNumeric, createRatio, isNumeric } from '../money/index.js';
import type { AnalysisContext } from './contexts.js';
import { addNumeric, ceilOf, floorOf, type NumericDomain } from './exact-interval.js';
import { catalogDomain } from './intervals.js';
import { isMemberFact, type Sample } from './sample.js';

/**
 * Generating cases at random, seeded. Uniform numbers almost never land in a narrow band such as
 * "from the dibao standard to 1.5 times it", so numbers are drawn mostly next to the values the pack's
 * conditions compare them with (literals and parameter values, ± one unit or half a unit), and facts
 * compared with each other share their points.
 */

/**
 * What a sampler draws: the names to fill, their declarations, and points of interest.
 *
 * @example
 * const setup = prepareSampler([{ tree, symbols }], [context]);
 */
export interface SamplerSetup {
  /** Household and report facts read by some condition. */
  readonly facts: readonly string[];
  /** Member facts read by some condition (empty: samples have one member with no facts). */
  readonly memberFacts: readonly string[];
  /** Parameters read by some condition. */
  readonly parameters: readonly string[];
  readonly declarations: ReadonlyMap<string, FactSymbol>;
  /** Numeric points per name (facts and parameters). */
  readonly points: ReadonlyMap<string, readonly Numeric[]>;
  /** Strings seen in conditions, per string or list fact (for facts without a fixed list of values). */
  readonly strings: ReadonlyMap<string, readonly string[]>;
}

/**
 * Collects what to draw from the resolved conditions, and the parameter values of every context.
 *
 * @example
 * const setup = prepareSampler(targets.map((t) => ({ tree: t.tree, symbols: t.symbols })), contexts);
 */
export function prepareSampler(
  conditions: readonly { readonly tree: ResolvedNode; readonly symbols: SymbolTable }[],
  contexts: readonly AnalysisContext[],
): SamplerSetup {
  const found = collectFromConditions(conditions);
  for (const ctx of contexts) {
    for (const [name, v] of ctx.parameters)
      if (v !== undefined && found.declarations.has(name)) addPoint(found.points, name, v);
  }
  const names = [...found.declarations.keys()];
  return {
    facts: names.filter((n) => !isParamName(n) && !isMemberFact(n)).sort(),
    memberFacts: names.filter((n) => !isParamName(n) && isMemberFact(n)).sort(),
    parameters: names.filter(isParamName).sort(),
    declarations: found.declarations,
    points: sharePoints(found.points, names, found.groups),
    strings: new Map([...found.strings].map(([k, v]) => [k, [...v].sort()])),
  };
}

/** Names compared with each other, as disjoint sets (union–find). */
interface NameGroups {
  /** The representative of a name's group (a name seen for the first time is its own group). */
  find(name: string): string;
  /** Puts two names in one group. */
  link(a: string, b: string): void;
}

function createNameGroups(): NameGroups {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  return {
    find,
    link(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(rb, ra);
    },
  };
}

/** What the conditions read: declarations, numbers and strings compared with, and names compared together. */
interface ConditionReading {
  readonly declarations: Map<string, FactSymbol>;
  readonly points: Map<string, Numeric[]>;
  readonly strings: Map<string, Set<string>>;
  readonly groups: NameGroups;
}

function addPoint(points: Map<string, Numeric[]>, name: string, v: Numeric): void {
  const list = points.get(name) ?? [];
  list.push(v);
  points.set(name, list);
}

function addString(strings: Map<string, Set<string>>, name: string, v: string): void {
  (strings.get(name) ?? strings.set(name, new Set()).get(name)!).add(v);
}

function collectFromConditions(
  conditions: readonly { readonly tree: ResolvedNode; readonly symbols: SymbolTable }[],
): ConditionReading {
  const found: ConditionReading = {
    declarations: new Map(),
    points: new Map(),
    strings: new Map(),
    groups: createNameGroups(),
  };
  const note = (name: string, symbols: SymbolTable): void => {
    const sym = symbols.get(name);
    if (sym && !found.declarations.has(name)) found.declarations.set(name, sym);
    found.groups.find(name);
  };
  for (const { tree, symbols } of conditions) {
    visitLeaves(tree, (leaf) => {
      note(leaf.fact, symbols);
      if (leaf.right.kind === 'fact') {
        note(leaf.right.fact, symbols);
        found.groups.link(leaf.fact, leaf.right.fact);
        return;
      }
      const v = leaf.right.value;
      if (isNumeric(v)) addPoint(found.points, leaf.fact, v);
      else if (Array.isArray(v) && v.every(isNumeric))
        for (const x of v as readonly Numeric[]) addPoint(found.points, leaf.fact, x);
      else if (typeof v === 'string') addString(found.strings, leaf.fact, v);
      else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') addString(found.strings, leaf.fact, x);
    });
  }
  return found;
}

/** Names compared with each other draw from the same points: each name gets its group's points, sorted. */
function sharePoints(
  points: ReadonlyMap<string, readonly Numeric[]>,
  names: readonly string[],
  groups: NameGroups,
): Map<string, readonly Numeric[]> {
  const byGroup = new Map<string, Numeric[]>();
  for (const [name, list] of points) {
    const root = groups.find(name);
    byGroup.set(root, [...(byGroup.get(root) ?? []), ...list]);
  }
  const shared = new Map<string, readonly Numeric[]>();
  for (const name of names) {
    const list = byGroup.get(groups.find(name));
    if (list) shared.set(name, uniqueSorted(list));
  }
  return shared;
}

/**
 * Draws one case in a context: every fact the conditions read (or those in `only`), 1–3 members when
 * member facts are read,
 * and the context's parameter values — parameters without a value there are drawn too (and listed in
 * `assumed`), so a figure the pack does not know yet does not hide every case.
 *
 * @example
 * const sample = drawSample(setup, context, createPrng(1));
 */
export function drawSample(
  setup: SamplerSetup,
  context: AnalysisContext,
  random: () => number,
  only?: ReadonlySet<string>,
): Sample {
  const wanted = (name: string): boolean => !only || only.has(name);
  const memberFacts = setup.memberFacts.filter(wanted);
  const facts = new Map<string, KnownValue>();
  for (const name of setup.facts) if (wanted(name)) facts.set(name, drawValue(setup, name, context, random));
  const count = memberFacts.length ? 1 + Math.floor(random() * 3) : 1;
  const members: Map<string, KnownValue>[] = [];
  for (let i = 0; i < count; i++) {
    const m = new Map<string, KnownValue>();
    for (const name of memberFacts) m.set(name, drawValue(setup, name, context, random));
    members.push(m);
  }
  const parameters = new Map(context.parameters);
  const assumed: string[] = [];
  for (const name of setup.parameters) {
    if (!wanted(name) || parameters.get(name) !== undefined) continue;
    parameters.set(name, drawNumber(setup.points.get(name) ?? [], PARAMETER_DOMAIN, random));
    assumed.push(name);
  }
  return { facts, members, parameters, assumed };
}

const PARAMETER_DOMAIN: NumericDomain = { integer: false, min: 0 };
const HALF: Numeric = { n: 1, d: 2 };
const MINUS_HALF: Numeric = { n: -1, d: 2 };

function drawValue(setup: SamplerSetup, name: string, context: AnalysisContext, random: () => number): KnownValue {
  const sym = setup.declarations.get(name);
  switch (sym?.type) {
    case 'number':
      return drawNumber(setup.points.get(name) ?? [], catalogDomain(name), random);
    case 'boolean':
      return random() < 0.5;
    case 'string': {
      if (name === 'zone' && context.zone !== undefined) return context.zone;
      const choices = sym.values ?? [...(setup.strings.get(name) ?? []), 'other'];
      return pick(choices, random) ?? 'other';
    }
    case 'string[]': {
      const choices = sym.values ?? setup.strings.get(name) ?? [];
      return Object.freeze(choices.filter(() => random() < 0.3));
    }
    default:
      return false;
  }
}

function drawNumber(points: readonly Numeric[], domain: NumericDomain, random: () => number): Numeric {
  let v: Numeric;
  if (points.length && random() < 0.85) {
    const p = pick(points, random)!;
    const deltas: readonly Numeric[] = domain.integer ? [-1, 0, 0, 1] : [-1, MINUS_HALF, 0, 0, HALF, 1];
    v = addNumeric(p, pick(deltas, random)!) ?? p;
  } else {
    const low = points.length ? floorOf(points[0]!) - 10 : 0;
    const high = points.length ? ceilOf(points[points.length - 1]!) * 2 + 10 : 100;
    const from = domain.min !== undefined ? Math.max(low, ceilOf(domain.min)) : low;
    const k = from + Math.floor(random() * (Math.max(high, from) - from + 1));
    v = !domain.integer && random() < 0.3 ? createRatio(3 * k + 1, 3) : k;
  }
  if (domain.integer && typeof v !== 'number') v = floorOf(v);
  if (domain.min !== undefined && compareNumeric(v, domain.min) < 0) v = domain.min;
  return v;
}

function pick<T>(list: readonly T[], random: () => number): T | undefined {
  return list[Math.floor(random() * list.length)];
}

function uniqueSorted(list: readonly Numeric[]): Numeric[] {
  const sorted = [...list].sort(compareNumeric);
  return sorted.filter((v, i) => i === 0 || compareNumeric(sorted[i - 1]!, v) !== 0);
}

function visitLeaves(node: ResolvedNode, visit: (leaf: Extract<ResolvedNode, { kind: 'leaf' }>) => void): void {
  if (node.kind === 'leaf') visit(node);
  else if (node.kind === 'not') visitLeaves(node.child, visit);
  else for (const child of node.children) visitLeaves(child, visit);
}
