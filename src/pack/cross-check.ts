import type { Issue, MessageArgs } from '../errors/index.js';
import { suggestName } from '../rules/index.js';
import type { ParameterValueDef } from '../schema/index.js';
import type { MergedPack } from './extend.js';
import { packIssue, type PackIssueCode } from './messages.js';
import type { PackParameter } from './types.js';

type Path = (string | number)[];

const MONEY_UNITS = new Set(['CNY/person/month', 'CNY/month', 'CNY/person', 'CNY']);
const INTEGER_UNITS = new Set(['years', 'months', 'count', 'working-days']);

/** What every cross-check reads (the merged pack, which pack's own parts are judged) and where it writes. */
interface CheckContext {
  readonly pack: MergedPack;
  readonly ownId: string;
  readonly issues: Issue[];
}

function report(c: CheckContext, code: PackIssueCode, path: Path, args?: MessageArgs): void {
  c.issues.push(packIssue(code, path, args));
}

/**
 * Checks what a schema cannot see: parameter dates in order without duplicates, references to sources,
 * parameters and zones that exist, derived values without cycles, and the precision of figures.
 * Only the parts defined in `ownId` are checked, so a city pack is not blamed for its parent.
 */
export function crossCheckPack(pack: MergedPack, ownId: string): Issue[] {
  const c: CheckContext = { pack, ownId, issues: [] };
  for (const [key, param] of Object.entries(pack.parameters))
    if (param.definedIn === ownId) checkParameter(c, key, param);
  c.issues.push(...findMultiplyCycles(pack, ownId));
  checkProgrammes(c);
  for (const [id, cls] of Object.entries(pack.urgency?.classes ?? {}))
    checkSourceRef(c, cls.source, ['urgency', 'classes', id, 'source']);
  checkUrgency(c);
  for (const [id, cycle] of Object.entries(pack.cycles)) checkSourceRef(c, cycle.source, ['cycles', id, 'source']);
  checkTiers(c);
  for (const [id, r] of Object.entries(pack.referrals)) checkSourceRef(c, r.source, ['referrals', id, 'source']);
  for (const [id, t] of Object.entries(pack.transitions))
    checkSourceRef(c, t.source, ['screening', 'transitions', id, 'source']);
  for (const [i, x] of (pack.income.excluded ?? []).entries())
    checkSourceRef(c, x.source, ['income', 'excluded', i, 'source']);
  checkZones(c);
  return c.issues;
}

/** A cited source must be declared under `sources`. */
function checkSourceRef(c: CheckContext, id: string | undefined, path: Path): void {
  if (id !== undefined && !Object.hasOwn(c.pack.sources, id))
    report(c, 'source_unknown', path, { source: id, ...suggestion(id, Object.keys(c.pack.sources)) });
}

/** `{ suggestion }` when a known name is close to `name`, else nothing. */
export function suggestion(name: string, known: Iterable<string>): { suggestion?: string } {
  const near = suggestName(name, known);
  return near === undefined ? {} : { suggestion: near };
}

/** One parameter of the pack's own: its unit against the parent's, then each dated value. */
function checkParameter(c: CheckContext, key: string, param: PackParameter): void {
  if (param.parentUnit !== undefined) {
    const args = { unit: param.unit, parentUnit: param.parentUnit };
    report(c, 'param_unit_changed', ['parameters', key, 'unit'], args);
  }
  param.values.forEach((v, i) => {
    const at: Path = ['parameters', key, 'values', i];
    checkParameterDates(c, v, param.values[i - 1], at);
    checkSourceRef(c, v.source, [...at, 'source']);
    if (v.value !== undefined) {
      const entries: [Path, string][] =
        typeof v.value === 'string'
          ? [[[...at, 'value'], v.value]]
          : Object.entries(v.value).map(([z, x]) => [[...at, 'value', z], x]);
      for (const [p, text] of entries) checkPrecision(c, param.unit, text, p);
      if (typeof v.value === 'object') checkValueKeys(c, param, v.value, at);
    }
    if (v.multiply) checkMultiplyRefs(c, v.multiply, at);
  });
}

/** Values are listed in date order, one per date. */
function checkParameterDates(
  c: CheckContext,
  v: ParameterValueDef,
  previous: ParameterValueDef | undefined,
  at: Path,
): void {
  if (previous === undefined) return;
  if (v.from === previous.from) report(c, 'param_duplicate_date', [...at, 'from'], { from: v.from });
  else if (v.from < previous.from) {
    report(c, 'param_dates_out_of_order', [...at, 'from'], { from: v.from, previous: previous.from });
  }
}

/** Keyed by hukou: exactly urban and rural. Keyed by zone: exactly the pack's zones. */
function checkValueKeys(c: CheckContext, param: PackParameter, value: Readonly<Record<string, string>>, at: Path) {
  const by = param.by === 'hukou' ? 'hukou' : 'zone';
  const keys = by === 'hukou' ? ['urban', 'rural'] : Object.keys(c.pack.zones);
  const known = new Set(keys); // a pack may have thousands of zones: no search per value
  for (const z of Object.keys(value)) {
    if (!known.has(z))
      report(c, 'param_unknown_zone', [...at, 'value', z], { zone: z, zones: keys, by, ...suggestion(z, keys) });
  }
  for (const z of keys)
    if (!Object.hasOwn(value, z)) report(c, 'param_zone_missing', [...at, 'value'], { zone: z, by });
}

/** A derived value names parameters that exist (a number as factor needs no check). */
function checkMultiplyRefs(c: CheckContext, multiply: NonNullable<ParameterValueDef['multiply']>, at: Path): void {
  for (const [field, ref] of [
    ['parameter', multiply.parameter],
    ['by', multiply.by],
  ] as const) {
    if (/^[a-z]/.test(ref) && !Object.hasOwn(c.pack.parameters, ref)) {
      const args = { parameter: ref, ...suggestion(ref, Object.keys(c.pack.parameters)) };
      report(c, 'param_unknown_reference', [...at, 'multiply', field], args);
    }
  }
}

/** Money in fen at most; counts, years and days as whole numbers. */
function checkPrecision(c: CheckContext, unit: string, text: string, path: Path): void {
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  if (MONEY_UNITS.has(unit) && decimals > 2) report(c, 'param_money_precision', path, { value: text });
  if (INTEGER_UNITS.has(unit) && decimals > 0) report(c, 'param_not_integer', path, { value: text, unit });
}

/** The pack's own programmes: their source, and the departments and cycles their actions name. */
function checkProgrammes(c: CheckContext): void {
  const { pack } = c;
  for (const [id, prog] of Object.entries(pack.programmes)) {
    if (prog.definedIn !== c.ownId) continue;
    checkSourceRef(c, prog.source, ['programmes', id, 'source']);
    prog.actions?.forEach((a, i) => {
      const at = ['programmes', id, 'actions', i];
      if (a.kind === 'refer' && a.department !== undefined && !Object.hasOwn(pack.referrals, a.department)) {
        const args = { department: a.department, ...suggestion(a.department, Object.keys(pack.referrals)) };
        report(c, 'action_unknown_department', [...at, 'department'], args);
      }
      if (a.cycle !== undefined && !Object.hasOwn(pack.cycles, a.cycle)) {
        report(c, 'action_unknown_cycle', [...at, 'cycle'], {
          cycle: a.cycle,
          ...suggestion(a.cycle, Object.keys(pack.cycles)),
        });
      }
    });
  }
}

/** Difficulty tiers: their source and the review cycle they name. */
function checkTiers(c: CheckContext): void {
  for (const [id, t] of Object.entries(c.pack.difficulty?.tiers ?? {})) {
    checkSourceRef(c, t.source, ['difficulty', 'tiers', id, 'source']);
    if (t.cycle !== undefined && !Object.hasOwn(c.pack.cycles, t.cycle)) {
      const args = { cycle: t.cycle, ...suggestion(t.cycle, Object.keys(c.pack.cycles)) };
      report(c, 'tier_unknown_cycle', ['difficulty', 'tiers', id, 'cycle'], args);
    }
  }
}

/** A district belongs to one zone only. */
function checkZones(c: CheckContext): void {
  const seen = new Map<string, string>();
  for (const [zone, districts] of Object.entries(c.pack.zones)) {
    districts.forEach((d, i) => {
      const other = seen.get(d);
      if (other !== undefined)
        report(c, 'zone_district_twice', ['zones', zone, i], { district: d, zones: [other, zone] });
      seen.set(d, zone);
    });
  }
}

/** What `computeSla` would otherwise only discover when a report arrives. */
function checkUrgency(c: CheckContext): void {
  const u = c.pack.urgency;
  if (!u) return;
  if (u.pauseClockOutsideOfficeHours && !u.officeHours) {
    report(c, 'urgency_office_hours_missing', ['urgency', 'pauseClockOutsideOfficeHours']);
  }
  if (u.officeHours && u.officeHours.start >= u.officeHours.end) {
    report(c, 'urgency_office_hours_order', ['urgency', 'officeHours'], {
      start: u.officeHours.start,
      end: u.officeHours.end,
    });
  }
  if (u.atRiskShare !== undefined && Number(u.atRiskShare) > 1) {
    report(c, 'urgency_bad_at_risk_share', ['urgency', 'atRiskShare'], { value: u.atRiskShare });
  }
  if (u.pauseClockOutsideOfficeHours) checkDayLimits(c, u.classes);
  checkCatchAllClasses(c, u.classes);
}

type UrgencyClasses = NonNullable<MergedPack['urgency']>['classes'];

/** With the clock paused outside office hours, a limit in days (`P2D`) has no clear meaning. */
function checkDayLimits(c: CheckContext, classes: UrgencyClasses): void {
  for (const [id, cls] of Object.entries(classes)) {
    for (const limit of ['firstResponse', 'disposal'] as const) {
      const l = cls[limit];
      if (typeof l === 'string' && /^P\d+D/.test(l)) {
        report(c, 'urgency_day_limit_in_office_hours', ['urgency', 'classes', id, limit], { limit: l });
      }
    }
  }
}

/** A class without a condition matches every report: any class less urgent than it can never be chosen. */
function checkCatchAllClasses(c: CheckContext, classes: UrgencyClasses): void {
  const catchAll = Object.entries(classes).filter(([, cls]) => cls.when === undefined);
  const leastUrgent = Math.max(...Object.values(classes).map((cls) => cls.priority));
  for (const [id, cls] of catchAll) {
    if (cls.priority < leastUrgent || catchAll.length > 1) {
      report(c, 'urgency_catch_all_shadows', ['urgency', 'classes', id], { class: id });
    }
  }
}

function findMultiplyCycles(pack: MergedPack, ownId: string): Issue[] {
  const edges = new Map<string, string[]>();
  for (const [key, p] of Object.entries(pack.parameters)) {
    edges.set(
      key,
      p.values.flatMap((v) =>
        v.multiply ? [v.multiply.parameter, v.multiply.by].filter((r) => Object.hasOwn(pack.parameters, r)) : [],
      ),
    );
  }
  const issues: Issue[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (key: string, trail: string[]): void => {
    if (state.get(key) === 2) return;
    if (state.get(key) === 1) {
      const cycle = [...trail.slice(trail.indexOf(key)), key];
      const start = cycle[0]!;
      if (pack.parameters[start]?.definedIn === ownId) {
        issues.push(packIssue('param_cycle', ['parameters', start], { cycle }));
      }
      return;
    }
    state.set(key, 1);
    for (const next of edges.get(key) ?? []) visit(next, [...trail, key]);
    state.set(key, 2);
  };
  for (const key of edges.keys()) visit(key, []);
  return issues;
}

/** Warnings for figures that rest on unverified sources or are marked unverified themselves. */
export function unverifiedWarnings(pack: MergedPack, ownId: string): Issue[] {
  const out: Issue[] = [];
  for (const [key, param] of Object.entries(pack.parameters)) {
    if (param.definedIn !== ownId) continue;
    param.values.forEach((v, i) => {
      if (v.unknown) return;
      const src = v.source !== undefined ? pack.sources[v.source] : undefined;
      const verified = v.verified ?? src?.verified ?? true;
      if (!verified) {
        const args = { parameter: key, from: v.from, source: v.source };
        out.push(packIssue('figure_unverified', ['parameters', key, 'values', i], args));
      }
    });
  }
  for (const [id, c] of Object.entries(pack.urgency?.classes ?? {})) {
    const src = c.source !== undefined ? pack.sources[c.source] : undefined;
    const hasLimits = c.firstResponse !== undefined || c.disposal !== undefined;
    if (hasLimits && (c.verified ?? src?.verified ?? true) === false) {
      out.push(packIssue('figure_unverified', ['urgency', 'classes', id], { class: id }));
    }
  }
  return out;
}

/** A yearly-reviewed parameter with no value dated in the year of `today` is stale. */
export function staleWarnings(pack: MergedPack, ownId: string, today: string): Issue[] {
  const year = today.slice(0, 4);
  const out: Issue[] = [];
  for (const [key, param] of Object.entries(pack.parameters)) {
    // A baseline parameter without values is set by each city; the city is the one to warn.
    if (param.definedIn !== ownId || param.review !== 'yearly' || param.values.length === 0) continue;
    // An `unknown` entry is not a figure: staleness is measured from the last value actually known.
    const known = [...param.values].reverse().find((v) => !v.unknown);
    if (!known || known.from.slice(0, 4) < year) {
      const args = { parameter: key, year, latestKnown: known?.from };
      out.push(packIssue('param_stale', ['parameters', key], args));
    }
  }
  return out;
}
