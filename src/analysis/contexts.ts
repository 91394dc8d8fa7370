import { assertIsoDay } from '../dates/index.js';
import { compilePack } from '../engine/index.js';
import { InputError } from '../errors/index.js';
import { isNumeric, type Numeric } from '../money/index.js';
import { resolvePackOn, type PolicyPack } from '../pack/index.js';
import { isParamName } from '../rules/index.js';
import { analysisIssue } from './messages.js';

/**
 * Where a condition is analysed: a date and zone with the parameter values in force there, or the
 * "symbolic" context (no date) in which every parameter is an unknown bound.
 *
 * @example
 * const ctx: AnalysisContext = { asOf: '2023-01-01', zone: 'A', parameters: new Map([['param:dibao.standard', 91_000]]) };
 */
export interface AnalysisContext {
  /** `undefined` for the symbolic context. */
  readonly asOf: string | undefined;
  readonly zone: string | undefined;
  /** `param:<key>` → exact value in runtime units (fen for money), `undefined` when not known there. */
  readonly parameters: ReadonlyMap<string, Numeric | undefined>;
}

/**
 * Options of {@link buildContexts}.
 *
 * @example
 * const opts: ContextOptions = { asOf: '2025-06-01', zones: ['A'] };
 */
export interface ContextOptions {
  /** Analyse this date only; default: every date on which some parameter of the pack changes. */
  readonly asOf?: string;
  /** Analyse these zones; default every zone of the pack (or none when it has none). */
  readonly zones?: readonly string[];
}

/**
 * The contexts to analyse a pack in: the symbolic one, and one per (date, zone). Parameter values come from
 * the pack resolved on the date (`resolvePackOn`): exactly what `evaluate` compares with.
 *
 * @throws {InputError} `bad_date` for a malformed date; `analysis_unknown_zone` for a zone the pack lacks.
 * @example
 * const { symbolic, dated } = buildContexts(getBundledPack('chengdu'), { asOf: '2023-06-01' });
 * dated.map((c) => c.zone); // ['A', 'B']
 */
export function buildContexts(
  pack: PolicyPack,
  options: ContextOptions = {},
): { symbolic: AnalysisContext; dated: AnalysisContext[] } {
  const { asOf } = options;
  if (asOf !== undefined) assertIsoDay(asOf, 'asOf');
  const packZones = Object.keys(pack.zones);
  for (const zone of options.zones ?? []) {
    if (!packZones.includes(zone)) {
      const issue = analysisIssue('analysis_unknown_zone', ['zones'], { pack: pack.id, zone, zones: packZones });
      throw new InputError('analysis_unknown_zone', issue.message.en, [issue]);
    }
  }
  const compiled = compilePack(pack);
  const names = [...compiled.symbols.household].filter(([name]) => isParamName(name));
  const symbolic: AnalysisContext = {
    asOf: undefined,
    zone: undefined,
    parameters: new Map(names.map(([name]) => [name, undefined])),
  };
  const zones: (string | undefined)[] = options.zones ? [...options.zones] : packZones.length ? packZones : [undefined];
  const dated: AnalysisContext[] = [];
  for (const day of asOf !== undefined ? [asOf] : listChangeDates(pack)) {
    const resolved = resolvePackOn(pack, day);
    for (const zone of zones) {
      // Hukou-keyed figures stay unknown bounds here: the analysis does not split households by hukou.
      const parameters = new Map<string, Numeric | undefined>();
      for (const [name] of names) {
        const v = resolved.ruleValue(name.slice(6), { zone });
        parameters.set(name, isNumeric(v) ? v : undefined);
      }
      dated.push({ asOf: day, zone, parameters });
    }
  }
  return { symbolic, dated };
}

/**
 * Every date on which some parameter of the pack takes a new value, oldest first. Figures are constant
 * between these dates, so analysing each of them covers every period.
 *
 * @example
 * listChangeDates(getBundledPack('zhongshan'))[0]; // '2021-01-01'
 */
export function listChangeDates(pack: PolicyPack): string[] {
  const days = new Set<string>();
  for (const p of Object.values(pack.parameters)) for (const v of p.values) days.add(v.from);
  return [...days].sort();
}

/**
 * A context as a finding's `args` carry it: `{ asOf, zone }`, each only when set.
 *
 * @example
 * contextArgs({ asOf: '2023-01-01', zone: undefined, parameters: new Map() }); // { asOf: '2023-01-01' }
 */
export function contextArgs(c: Pick<AnalysisContext, 'asOf' | 'zone'>): { asOf?: string; zone?: string } {
  return { ...(c.asOf !== undefined ? { asOf: c.asOf } : {}), ...(c.zone !== undefined ? { zone: c.zone } : {}) };
}
