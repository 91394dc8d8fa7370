import { assertIsoDay } from '../dates/index.js';
import { InputError, ParameterError } from '../errors/index.js';
import { parseDecimalLiteral } from '../money/index.js';
import type { RuleValue } from '../rules/index.js';
import { packRuntimeIssue } from './runtime-messages.js';
import { resolveParameter, type ResolvedParameter, type ResolveOptions } from './resolve.js';
import { scaleOfUnit } from './rule-vocabulary.js';
import type { PolicyPack, ReasonParameter } from './types.js';

/** What a keyed parameter value is picked by: the household's zone (from its district) and hukou type. */
export interface ValueKeys {
  readonly zone?: string | undefined;
  readonly hukou?: string | undefined;
}

/**
 * A pack on one date: every parameter resolved (what-if overrides, last known values and known-at
 * applied) and the income types not counted on that day. The one place where "in force on a date" is
 * decided; decisions, screening, deadlines and analysis all read it.
 */
export interface PackOnDate {
  readonly pack: PolicyPack;
  readonly asOf: string;
  readonly options: ResolveOptions;
  /** Every parameter by key; `undefined` when it has no value in force yet (see `notInForce`). */
  readonly parameters: ReadonlyMap<string, ResolvedParameter | undefined>;
  readonly notInForce: ReadonlySet<string>;
  /**
   * Yearly-reviewed parameters whose figure in force is dated in an earlier year than `asOf`: the year's
   * notice is not in the pack. The figure is used; decisions say so.
   */
  readonly stale: ReadonlySet<string>;
  /** How income counts on this date (`income.excluded`, `income.disregardedSupport`, by their periods). */
  readonly income: IncomeRulesOnDate;
  /** One parameter's exact rule value (money in fen) for a household's keys; `undefined` when unknown. */
  ruleValue(key: string, keys: ValueKeys): RuleValue;
  /** One parameter's decimal text for a household's keys; `undefined` when unknown. */
  text(key: string, keys: ValueKeys): string | undefined;
  /** How a reason shows a parameter: its value for the household's keys, its status and its source. */
  describe(key: string, keys: ValueKeys): ReasonParameter | undefined;
}

/** An income type whose treatment on the date is not known (an `unknown` exclusion period). */
export interface OpenIncomeRule {
  readonly type: string;
  /** The income test it concerns: every test, or the special-poverty test only. */
  readonly for: 'all' | 'special-poverty';
  readonly from?: string;
  readonly note?: string;
  readonly source?: string;
}

/** How income counts on one date. */
export interface IncomeRulesOnDate {
  /** Types not counted in any income test. */
  readonly excluded: ReadonlySet<string>;
  /** Types not counted in the special-poverty test ("no means of living"), on top of `excluded`. */
  readonly excludedForSpecialPoverty: ReadonlySet<string>;
  /** Types whose treatment in this period the pack does not know: decisions that depend on them are decided by cases. */
  readonly open: readonly OpenIncomeRule[];
  /** Payers whose support is left out of a member's own income in the single-person test. */
  readonly disregardedPayers: ReadonlySet<string>;
}

const MAX_DATES_PER_PACK = 64;
const cache = new WeakMap<PolicyPack, Map<string, PackOnDate>>();

/**
 * Resolves a pack for one date, once: screening a population on one date resolves the pack once, not
 * once per household. Cached per pack object (at most 64 dates and option sets per pack).
 *
 * @throws {InputError} `bad_date` for an `asOf` or `knownAt` that is not a real day; `override_unknown_parameter`,
 *   `override_invalid` for what-if values the pack cannot take.
 * @example
 * const day = resolvePackOn(packs.chengdu, '2023-06-01');
 * day.text('dibao.standard', { zone: 'A' }); // '910'
 */
export function resolvePackOn(pack: PolicyPack, asOf: string, options: ResolveOptions = {}): PackOnDate {
  // The common case (a date, nothing else) needs no serialisation: screening calls this per household.
  const plain = !options.lastKnown && options.knownAt === undefined && options.overrides === undefined;
  const key = plain
    ? asOf
    : JSON.stringify([asOf, options.lastKnown ?? false, options.knownAt ?? null, options.overrides ?? null]);
  let dates = cache.get(pack);
  if (!dates) cache.set(pack, (dates = new Map()));
  const hit = dates.get(key);
  if (hit) return hit;
  const resolved = buildPackOnDate(pack, asOf, options);
  if (dates.size >= MAX_DATES_PER_PACK) dates.delete(dates.keys().next().value!);
  dates.set(key, resolved);
  return resolved;
}

/**
 * Whether a dated entry (`from` and optional `to`, both inclusive) is in force on a day. Parameter values
 * run from their `from` to the day before the next entry; income exclusions carry their own `to`.
 */
export function isInForce(
  entry: { readonly from?: string | undefined; readonly to?: string | undefined },
  day: string,
): boolean {
  return (entry.from === undefined || entry.from <= day) && (entry.to === undefined || day <= entry.to);
}

function buildPackOnDate(pack: PolicyPack, asOf: string, options: ResolveOptions): PackOnDate {
  assertIsoDay(asOf, 'asOf');
  if (options.knownAt !== undefined) assertIsoDay(options.knownAt, 'knownAt');
  checkOverrideKeys(pack, options);
  const parameters = new Map<string, ResolvedParameter | undefined>();
  const notInForce = new Set<string>();
  for (const key of Object.keys(pack.parameters)) {
    try {
      parameters.set(key, resolveParameter(pack, key, asOf, options));
    } catch (e) {
      if (!(e instanceof ParameterError)) throw e;
      notInForce.add(key);
      parameters.set(key, undefined);
    }
  }
  const stale = staleParameters(pack, parameters, asOf);
  const income = incomeRulesOn(pack, asOf);
  // Read per household (margins, age limits, every reason): made once per parameter and the one key it is
  // picked by (the zone or the hukou; none for a figure without keys).
  const values = new Map<string, Map<string | undefined, RuleValue>>();
  const described = new Map<string, Map<string | undefined, ReasonParameter | undefined>>();
  const once = <T>(cache: Map<string, Map<string | undefined, T>>, key: string, keys: ValueKeys, make: () => T): T => {
    const p = parameters.get(key);
    const by = p === undefined || typeof p.value !== 'object' ? '' : p.by === 'hukou' ? keys.hukou : keys.zone;
    let ofKey = cache.get(key);
    if (!ofKey) cache.set(key, (ofKey = new Map()));
    if (ofKey.has(by)) return ofKey.get(by) as T;
    const made = make();
    ofKey.set(by, made);
    return made;
  };
  return Object.freeze({
    pack,
    asOf,
    options,
    parameters,
    notInForce,
    stale,
    income,
    text: (key: string, keys: ValueKeys) => parameterText(parameters.get(key), keys),
    ruleValue: (key: string, keys: ValueKeys): RuleValue =>
      once(values, key, keys, () => {
        const p = parameters.get(key);
        const text = parameterText(p, keys);
        const r = text === undefined ? undefined : parseDecimalLiteral(text, scaleOfUnit(p!.unit));
        return r?.ok ? (typeof r.value === 'object' ? Object.freeze(r.value) : r.value) : undefined;
      }),
    describe: (key: string, keys: ValueKeys): ReasonParameter | undefined =>
      once(described, key, keys, () =>
        describeParameter(key, parameters.get(key), notInForce.has(key), keys, asOf, stale.has(key)),
      ),
  });
}

function incomeRulesOn(pack: PolicyPack, asOf: string): IncomeRulesOnDate {
  const excluded = new Set<string>();
  const excludedForSpecialPoverty = new Set<string>();
  const open: OpenIncomeRule[] = [];
  for (const x of pack.income.excluded ?? []) {
    if (!isInForce(x, asOf)) continue;
    const scope = x.for ?? 'all';
    if (x.unknown) {
      open.push({
        type: x.type,
        for: scope,
        ...(x.from !== undefined ? { from: x.from } : {}),
        ...(x.note !== undefined ? { note: x.note } : {}),
        ...(x.source !== undefined ? { source: x.source } : {}),
      });
    } else (scope === 'all' ? excluded : excludedForSpecialPoverty).add(x.type);
  }
  const disregardedPayers = new Set((pack.income.disregardedSupport ?? []).map((d) => d.payer as string));
  return { excluded, excludedForSpecialPoverty, open, disregardedPayers };
}

/** What-if values for parameters the pack does not have are refused, never silently ignored. */
function checkOverrideKeys(pack: PolicyPack, options: ResolveOptions): void {
  const issues = Object.keys(options.overrides ?? {})
    .filter((key) => !Object.hasOwn(pack.parameters, key))
    .map((key) =>
      packRuntimeIssue('override_unknown_parameter', ['overrides', key], { parameter: key, pack: pack.id }),
    );
  if (issues.length) throw new InputError('override_unknown_parameter', issues[0]!.message.en, issues);
}

/** The decimal text of a resolved parameter for a household; undefined when unknown, or when its key (zone, hukou) is. */
function parameterText(p: ResolvedParameter | undefined, keys: ValueKeys): string | undefined {
  if (!p || p.value === undefined) return undefined;
  if (typeof p.value === 'string') return p.value;
  const key = p.by === 'hukou' ? keys.hukou : keys.zone;
  return key === undefined || !Object.hasOwn(p.value, key) ? undefined : p.value[key];
}

function describeParameter(
  key: string,
  p: ResolvedParameter | undefined,
  notInForce: boolean,
  keys: ValueKeys,
  asOf: string,
  stale: boolean,
): ReasonParameter | undefined {
  if (!p) {
    return notInForce
      ? Object.freeze({ key, value: null, from: asOf, status: 'not-in-force', verified: false })
      : undefined;
  }
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
    ...(stale ? { staleFor: asOf.slice(0, 4) } : {}),
  });
}

/**
 * A figure the pack reviews every year (`review: yearly`), known and in force on `asOf`, but dated in an
 * earlier year: the notice of `asOf`'s year is not in the pack. (An `unknown` entry for the year is not
 * stale: the figure is then unknown, or provisional with `lastKnown`, and says so itself.)
 */
function staleParameters(
  pack: PolicyPack,
  parameters: ReadonlyMap<string, ResolvedParameter | undefined>,
  asOf: string,
): ReadonlySet<string> {
  const year = asOf.slice(0, 4);
  const stale = new Set<string>();
  for (const [key, p] of parameters) {
    if (p?.status === 'known' && pack.parameters[key]!.review === 'yearly' && p.from.slice(0, 4) < year) stale.add(key);
  }
  return stale;
}
