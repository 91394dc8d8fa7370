import { InputError, ParameterError } from '../errors/index.js';
import { resolveParameter, type ResolvedParameter, type ResolveOptions } from '../pack/resolve.js';
import type { PolicyPack } from '../pack/types.js';
import type { RuleValue, SymbolTable } from '../rules/index.js';
import type { CompiledPack } from './compile-pack.js';
import type { ReasonParameter } from './types.js';
import { parameterRuleValue, parameterText, type ValueKeys } from './values.js';

/** Every parameter of a pack resolved for one date and set of options, with env templates per zone. */
export interface ParameterSet {
  readonly resolved: ReadonlyMap<string, ResolvedParameter | undefined>;
  readonly notInForce: ReadonlySet<string>;
  /** A fresh env for a scope with every parameter slot filled for the household's keys (facts still empty). */
  envFor(scope: 'household' | 'member', keys: ValueKeys): RuleValue[];
  /** One parameter's exact rule value for the household's keys. */
  ruleValue(key: string, keys: ValueKeys): RuleValue;
  /** How a reason shows a parameter: its value for the household's keys and its source. */
  info(key: string, keys: ValueKeys): ReasonParameter | undefined;
}

const MAX_SETS_PER_PACK = 64;
const cache = new WeakMap<PolicyPack, Map<string, ParameterSet>>();

/**
 * Resolves every parameter once per (pack, date, options) and remembers it: screening a population on one
 * date resolves the pack once, not once per household. The cache holds at most 64 sets per pack.
 */
export function parameterSetFor(
  pack: PolicyPack,
  compiled: CompiledPack,
  options: ResolveOptions & { asOf: string },
): ParameterSet {
  // The common case (a date, nothing else) needs no serialisation: screening calls this per household.
  const plain = !options.lastKnown && options.knownAt === undefined && options.overrides === undefined;
  const key = plain
    ? options.asOf
    : JSON.stringify([options.asOf, options.lastKnown ?? false, options.knownAt ?? null, options.overrides ?? null]);
  let sets = cache.get(pack);
  if (!sets) cache.set(pack, (sets = new Map()));
  const hit = sets.get(key);
  if (hit) return hit;
  const set = buildParameterSet(pack, compiled, options);
  if (sets.size >= MAX_SETS_PER_PACK) sets.delete(sets.keys().next().value!);
  sets.set(key, set);
  return set;
}

function buildParameterSet(
  pack: PolicyPack,
  compiled: CompiledPack,
  options: ResolveOptions & { asOf: string },
): ParameterSet {
  for (const key of Object.keys(options.overrides ?? {})) {
    if (!(key in pack.parameters)) {
      throw new InputError('override_unknown_parameter', `Override of an unknown parameter "${key}"`, [
        {
          code: 'override_unknown_parameter',
          severity: 'error',
          path: ['overrides', key],
          message: { zh: `政策包中没有参数 ${key}`, en: `The pack has no parameter ${key}` },
        },
      ]);
    }
  }
  const resolved = new Map<string, ResolvedParameter | undefined>();
  const notInForce = new Set<string>();
  for (const key of Object.keys(pack.parameters)) {
    try {
      resolved.set(key, resolveParameter(pack, key, options.asOf, options));
    } catch (e) {
      if (!(e instanceof ParameterError)) throw e;
      notInForce.add(key);
      resolved.set(key, undefined);
    }
  }
  const templates = new Map<string, RuleValue[]>();
  const infos = new Map<string, ReasonParameter | undefined>();
  const template = (symbols: SymbolTable, keys: ValueKeys): RuleValue[] => {
    const env: RuleValue[] = new Array(symbols.size).fill(undefined);
    for (const [name, sym] of symbols)
      if (name.startsWith('param:')) env[sym.slot] = parameterRuleValue(resolved.get(name.slice(6)), keys);
    return env;
  };
  return Object.freeze({
    resolved,
    notInForce,
    envFor(scope: 'household' | 'member', keys: ValueKeys): RuleValue[] {
      const k = `${scope}\u0000${keys.zone ?? ''}\u0000${keys.hukou ?? ''}`;
      let t = templates.get(k);
      if (!t) templates.set(k, (t = template(compiled.symbols[scope], keys)));
      return t.slice();
    },
    ruleValue(key: string, keys: ValueKeys): RuleValue {
      return parameterRuleValue(resolved.get(key), keys);
    },
    info(key: string, keys: ValueKeys): ReasonParameter | undefined {
      const k = `${key}\u0000${keys.zone ?? ''}\u0000${keys.hukou ?? ''}`;
      if (infos.has(k)) return infos.get(k);
      const info = describeParameter(key, resolved.get(key), notInForce.has(key), keys, options.asOf);
      infos.set(k, info);
      return info;
    },
  });
}

function describeParameter(
  key: string,
  p: ResolvedParameter | undefined,
  notInForce: boolean,
  keys: ValueKeys,
  asOf: string,
): ReasonParameter | undefined {
  if (!p)
    return notInForce
      ? Object.freeze({ key, value: null, from: asOf, status: 'not-in-force', verified: false })
      : undefined;
  const source =
    p.sourceId !== undefined && p.source
      ? {
          id: p.sourceId,
          title: p.source.title,
          issuer: p.source.issuer,
          date: p.source.date,
          ...(p.source.number ? { number: p.source.number } : {}),
        }
      : undefined;
  return Object.freeze({
    key,
    value: parameterText(p, keys) ?? null,
    from: p.from,
    status: p.status,
    verified: p.verified,
    ...(source ? { source } : {}),
  });
}
