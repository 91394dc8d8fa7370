import { assertIsoDay } from '../dates/index.js';
import { InputError, ParameterError } from '../errors/index.js';
import { multiplyDecimalText } from '../money/index.js';
import { packRuntimeIssue } from './runtime-messages.js';
import { resolvePackOn } from './resolve-date.js';
import type { ParameterUnit, ParameterValueDef, SourceDef } from '../schema/index.js';
import type { PackNames, PolicyPack } from './types.js';

/** How a resolved value came about. */
export type ResolvedStatus =
  /** A figure in force on the date, from a cited source. */
  | 'known'
  /** The pack says the figure for this period is not known: decisions needing it are undetermined. */
  | 'unknown'
  /** Not known for the period, but the caller opted into the last known figure. */
  | 'provisional'
  /** The caller replaced the figure (what-if). */
  | 'override';

/** A parameter's value in force on a date, with where it comes from. */
export interface ResolvedParameter {
  readonly key: string;
  readonly unit: ParameterUnit;
  readonly status: ResolvedStatus;
  /** Decimal text (`"870"`), or one per zone or hukou type when the parameter is keyed; absent when unknown. */
  readonly value?: string | Readonly<Record<string, string>>;
  /** What a keyed value is keyed by. */
  readonly by?: 'zone' | 'hukou';
  /** The first day of the entry used. */
  readonly from: string;
  readonly sourceId?: string;
  readonly source?: SourceDef;
  /** False when the figure or its source is marked unverified. */
  readonly verified: boolean;
  readonly note?: string;
}

/** Options of {@link resolveParameter}. */
export interface ResolveOptions {
  /** Replace parameter values (decimal text, or per zone) — "what if the standard were 1200?". */
  readonly overrides?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  /** Use the last known value through an `unknown` period, marking it provisional. Default false. */
  readonly lastKnown?: boolean;
  /** Ignore values published after this day (YYYY-MM-DD): decide as known at that date. */
  readonly knownAt?: string;
}

/**
 * The value of one parameter in force on `asOf` (YYYY-MM-DD).
 *
 * @throws {ParameterError} `param_unknown_key` for a key the pack does not define; `param_not_in_force`
 *   when `asOf` is before the parameter's first value.
 * @example
 * resolveParameter(packs.chengdu, 'dibao.standard', '2022-06-01').value; // { A: '870', B: '820' }
 */
export function resolveParameter<N extends PackNames>(
  pack: PolicyPack<N>,
  key: N['parameters'],
  asOf: string,
  options: ResolveOptions = {},
): ResolvedParameter {
  return resolveInner(pack, key, asOf, options, 0);
}

/**
 * All parameters of a pack in force on `asOf`. Parameters that have no value yet on that date are left out
 * and listed in `notInForce`, so a pack with a parameter introduced later can still be resolved.
 *
 * @example
 * const { values } = resolveParameters(packs.zhongshan, '2022-06-01');
 * values['dibao.standard']?.value; // '1160'
 */
export function resolveParameters(
  pack: PolicyPack,
  asOf: string,
  options: ResolveOptions = {},
): { values: Readonly<Record<string, ResolvedParameter>>; notInForce: readonly string[] } {
  const day = resolvePackOn(pack, asOf, options);
  const values: Record<string, ResolvedParameter> = {};
  for (const [key, p] of day.parameters) if (p) values[key] = p;
  return { values, notInForce: [...day.notInForce] };
}

function resolveInner(
  pack: PolicyPack,
  key: string,
  asOf: string,
  options: ResolveOptions,
  depth: number,
): ResolvedParameter {
  const param = Object.hasOwn(pack.parameters, key) ? pack.parameters[key] : undefined;
  if (!param) throw paramError('param_unknown_key', key, { pack: pack.id });
  if (depth === 0) {
    assertIsoDay(asOf, 'asOf');
    if (options.knownAt !== undefined) assertIsoDay(options.knownAt, 'knownAt');
  }
  const override = options.overrides && Object.hasOwn(options.overrides, key) ? options.overrides[key] : undefined;
  if (override !== undefined) {
    checkOverride(pack, key, override);
    return {
      key,
      unit: param.unit,
      status: 'override',
      value: override,
      ...(typeof override === 'object' ? { by: param.by ?? 'zone' } : {}),
      from: asOf,
      verified: true,
      note: 'override',
    };
  }
  // Values published after `knownAt` did not exist yet for a decision as known at that date.
  const candidates = options.knownAt
    ? param.values.filter((v) => v.published === undefined || v.published <= options.knownAt!)
    : param.values;
  let index = -1;
  for (let i = 0; i < candidates.length; i++) if (candidates[i]!.from <= asOf) index = i;
  if (index < 0) throw paramError('param_not_in_force', key, { asOf, first: candidates[0]?.from ?? '—' });
  const entry = candidates[index]!;
  if (entry.unknown) return resolveUnknownPeriod(pack, key, candidates.slice(0, index + 1), asOf, options, depth);
  return entryValue(pack, key, entry, asOf, options, depth);
}

/**
 * The value for a period the pack marks `unknown` (the last of `entries`): unknown, or with `lastKnown` the
 * latest figure before it, marked provisional.
 */
function resolveUnknownPeriod(
  pack: PolicyPack,
  key: string,
  entries: readonly ParameterValueDef[],
  asOf: string,
  options: ResolveOptions,
  depth: number,
): ResolvedParameter {
  const entry = entries[entries.length - 1]!;
  const note = entry.note ? { note: entry.note } : {};
  const previous = options.lastKnown ? [...entries].reverse().find((v) => !v.unknown) : undefined;
  if (previous) {
    const r = entryValue(pack, key, previous, asOf, options, depth);
    return { ...r, status: r.status === 'unknown' ? 'unknown' : 'provisional', from: entry.from, ...note };
  }
  return { key, unit: pack.parameters[key]!.unit, status: 'unknown', from: entry.from, verified: false, ...note };
}

function entryValue(
  pack: PolicyPack,
  key: string,
  entry: ParameterValueDef,
  asOf: string,
  options: ResolveOptions,
  depth: number,
): ResolvedParameter {
  const param = pack.parameters[key]!;
  const source = entry.source !== undefined ? pack.sources[entry.source] : undefined;
  const base = {
    key,
    unit: param.unit,
    from: entry.from,
    ...(entry.source !== undefined ? { sourceId: entry.source } : {}),
    ...(source ? { source } : {}),
    ...(entry.note ? { note: entry.note } : {}),
  };
  let verified = entry.verified ?? source?.verified ?? true;
  if (entry.value !== undefined)
    return {
      ...base,
      status: 'known',
      value: entry.value,
      ...(typeof entry.value === 'object' ? { by: param.by ?? 'zone' } : {}),
      verified,
    };

  // A derived value: another parameter in force on the same date times a factor, rounded as the pack says.
  const m = entry.multiply!;
  if (depth > 16) throw paramError('param_cycle', key);
  const baseParam = resolveInner(pack, m.parameter, asOf, options, depth + 1);
  const factorParam = /^[a-z]/.test(m.by) ? resolveInner(pack, m.by, asOf, options, depth + 1) : undefined;
  const statuses = [baseParam.status, factorParam?.status ?? 'known'];
  if (statuses.includes('unknown')) return { ...base, status: 'unknown', verified: false };
  verified = verified && baseParam.verified && (factorParam?.verified ?? true);
  const factor = factorParam ? factorParam.value : m.by;
  if (typeof factor !== 'string') throw paramError('param_zone_factor', key);
  const times = (x: string) => roundMoney(x, factor, m.round);
  const value = typeof baseParam.value === 'string' ? times(baseParam.value) : mapValues(baseParam.value ?? {}, times);
  const status = statuses.includes('provisional')
    ? 'provisional'
    : statuses.includes('override')
      ? 'override'
      : 'known';
  return { ...base, status, value, ...(typeof value === 'object' ? { by: baseParam.by ?? 'zone' } : {}), verified };
}

function mapValues(rec: Readonly<Record<string, string>>, f: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec)) out[k] = f(v);
  return out;
}

type Rounding = NonNullable<NonNullable<ParameterValueDef['multiply']>['round']>;

function roundMoney(x: string, factor: string, round: Rounding | undefined): string {
  // Exact when not rounded: a product of decimals is a finite decimal.
  if (!round) return multiplyDecimalText(x, factor);
  return multiplyDecimalText(x, factor, { places: round.to === 'yuan' ? 0 : 2, mode: round.mode });
}

/** A what-if value must be a plain non-negative decimal, per zone when the pack has zones; never silently ignored. */
function checkOverride(pack: PolicyPack, key: string, value: unknown): void {
  const bad = (reason: string, args: Record<string, unknown> = {}) => {
    const issue = packRuntimeIssue('override_invalid', ['overrides', key], { parameter: key, reason, ...args });
    return new InputError('override_invalid', issue.message.en, [issue]);
  };
  const decimal = (x: unknown) => typeof x === 'string' && /^\d+(\.\d+)?$/.test(x);
  if (typeof value === 'string') {
    if (!decimal(value)) throw bad('not_decimal', { value });
    return;
  }
  if (typeof value !== 'object' || value === null) throw bad('not_text_or_zones', { value });
  const zones = pack.parameters[key]?.by === 'hukou' ? ['urban', 'rural'] : Object.keys(pack.zones);
  for (const [zone, x] of Object.entries(value)) {
    if (!zones.includes(zone)) throw bad('unknown_zone', { zone, zones });
    if (!decimal(x)) throw bad('zone_not_decimal', { zone, value: x });
  }
}

function paramError(
  code: 'param_unknown_key' | 'param_not_in_force' | 'param_cycle' | 'param_zone_factor',
  key: string,
  args: Record<string, unknown> = {},
): ParameterError {
  const issue = packRuntimeIssue(code, ['parameters', key], { parameter: key, ...args });
  return new ParameterError(code, issue.message.en, [issue]);
}
