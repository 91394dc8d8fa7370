import { canonicalJson } from '../_lib/index.js';
import { SafetynetError } from '../errors/index.js';
import { evaluate } from '../decision/index.js';
import { computeSla } from '../sla/index.js';
import type { Sla } from '../sla/index.js';
import type { Decision } from '../decision/index.js';
import type { ResolveOptions } from '../pack/index.js';
import type { PolicyPack } from '../pack/index.js';
import type { LimitDef, ParameterValueDef } from '../schema/index.js';

/** A dated entry of a parameter as text: `"870"`, `A 870 / B 820`, `unknown`, `1.5 × dibao.standard`. */
export type EntryText = string;

/** How one parameter changed between two packs. */
export interface ParameterChange {
  readonly key: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** Entries by their `from` date: old and new text (absent when the entry is new or removed). */
  readonly entries: readonly {
    readonly from: string;
    readonly old?: EntryText;
    readonly new?: EntryText;
    /** The cited source of each side: `id` or `id (unverified)`. */
    readonly oldSource?: string;
    readonly newSource?: string;
  }[];
}

/** A change to another part of a pack, compared by id: zones, cycles, tiers, referrals, transitions, sources. */
export interface SectionChange {
  readonly section: 'zones' | 'cycles' | 'tiers' | 'referrals' | 'transitions' | 'sources' | 'income';
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly old?: string;
  readonly new?: string;
}

/** How a programme's definition changed. */
export interface ProgrammeChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The fields that differ: eligible, when, actions, rank, enabled, category, subject, source. */
  readonly fields: readonly string[];
}

/** How an urgency class's limits changed. */
export interface UrgencyChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly firstResponse?: { readonly old?: string; readonly new?: string };
  readonly disposal?: { readonly old?: string; readonly new?: string };
  readonly priority?: { readonly old?: number; readonly new?: number };
}

/** A household whose outcome differs between the two packs. */
export interface OutcomeFlip {
  readonly id: string;
  readonly oldCategory: string;
  readonly newCategory: string;
  /** Programmes whose status changed: id -> "old→new". */
  readonly programmes: Readonly<Record<string, string>>;
}

/** What a change does to a population. */
export interface PopulationImpact {
  readonly households: number;
  /** Households whose category changed. */
  readonly categoryChanged: number;
  /** Households with at least one programme status changed (a superset of the above). */
  readonly statusChanged: number;
  /** "old→new" category transitions with their counts, e.g. `{ "edge→dibao": 12 }`. */
  readonly transitions: Readonly<Record<string, number>>;
  /** Per programme, "old→new" status transitions with counts. */
  readonly programmes: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Category counts before and after. */
  readonly categories: {
    readonly old: Readonly<Record<string, number>>;
    readonly new: Readonly<Record<string, number>>;
  };
  /** Up to `maxExamples` flipped households. */
  readonly examples: readonly OutcomeFlip[];
  /** Households that could not be evaluated (invalid input), with the first issue. */
  readonly errors: readonly { readonly id: string; readonly code: string; readonly message: string }[];
}

/** A report whose urgency class or deadlines differ between the two packs. */
export interface DeadlineFlip {
  readonly id: string;
  readonly old: { readonly class: string; readonly firstResponseDue?: string; readonly disposalDue?: string };
  readonly new: { readonly class: string; readonly firstResponseDue?: string; readonly disposalDue?: string };
}

/** What a change does to the deadlines of a set of reports. */
export interface DeadlineImpact {
  readonly reports: number;
  readonly classChanged: number;
  readonly firstResponseChanged: number;
  readonly disposalChanged: number;
  /** "old→new" class transitions with counts. */
  readonly transitions: Readonly<Record<string, number>>;
  readonly examples: readonly DeadlineFlip[];
  readonly errors: readonly { readonly id: string; readonly code: string; readonly message: string }[];
}

/** The difference between two packs (or two dates of one pack), and its effect on a population. */
export interface PackDiff {
  readonly old: { readonly id: string; readonly version: string; readonly asOf?: string };
  readonly new: { readonly id: string; readonly version: string; readonly asOf?: string };
  readonly parameters: readonly ParameterChange[];
  readonly programmes: readonly ProgrammeChange[];
  readonly urgency: readonly UrgencyChange[];
  readonly sections: readonly SectionChange[];
  /** What-if values applied to the new side. */
  readonly overrides?: ResolveOptions['overrides'];
  readonly population?: PopulationImpact;
  readonly deadlines?: DeadlineImpact;
}

/** A household of a population, with an id for the report. */
export interface PopulationRecord {
  readonly id: string;
  readonly household: unknown;
}

/** Options of {@link diffPacks}. */
export interface DiffOptions {
  /** Households to evaluate with both packs. */
  readonly population?: Iterable<PopulationRecord>;
  /** Date for the old pack's decisions (required with a population). */
  readonly asOf?: string;
  /** Date for the new pack's decisions; defaults to `asOf` (compare one pack at two dates by passing both). */
  readonly newAsOf?: string;
  /** What-if values applied to the new side only: "how many families does a standard of 1200 add?". */
  readonly overrides?: ResolveOptions['overrides'];
  readonly lastKnown?: boolean;
  /** How many flipped households (and reports) to list (default 10). */
  readonly maxExamples?: number;
  /** Reports (`{ id, report }`) whose urgency class and deadlines are computed with both packs. */
  readonly reports?: Iterable<{ readonly id: string; readonly report: unknown }>;
}

/**
 * Compares two packs: parameter entries with old → new values and dates, programme definitions,
 * urgency limits; and, with a population, how many households change category or programme status.
 *
 * @example
 * const d = diffPacks(packs.chengdu, packs.chengdu, { population, asOf: '2022-06-01', newAsOf: '2023-06-01' });
 * d.population?.transitions; // { "dibao→edge": 3, ... }
 */
export function diffPacks(oldPack: PolicyPack, newPack: PolicyPack, options: DiffOptions = {}): PackDiff {
  const diff: PackDiff = {
    old: { id: oldPack.id, version: oldPack.version, ...(options.asOf ? { asOf: options.asOf } : {}) },
    new: {
      id: newPack.id,
      version: newPack.version,
      ...((options.newAsOf ?? options.asOf) ? { asOf: options.newAsOf ?? options.asOf } : {}),
    },
    parameters: diffParameters(oldPack, newPack),
    programmes: diffProgrammes(oldPack, newPack),
    urgency: diffUrgency(oldPack, newPack),
    sections: diffSections(oldPack, newPack),
    ...(options.overrides && Object.keys(options.overrides).length ? { overrides: options.overrides } : {}),
  };
  const deadlines = options.reports
    ? { deadlines: diffDeadlines(oldPack, newPack, options.reports, options.maxExamples ?? 10) }
    : {};
  if (!options.population) return { ...diff, ...deadlines };
  if (!options.asOf)
    throw new SafetynetError(
      'diff_needs_as_of',
      'diffPacks: a population needs asOf (the date decisions are made for)',
    );
  return { ...diff, population: diffPopulation(oldPack, newPack, options.population, options), ...deadlines };
}

function diffDeadlines(
  a: PolicyPack,
  b: PolicyPack,
  reports: Iterable<{ readonly id: string; readonly report: unknown }>,
  maxExamples: number,
): DeadlineImpact {
  let n = 0;
  let classChanged = 0;
  let firstResponseChanged = 0;
  let disposalChanged = 0;
  const transitions: Record<string, number> = {};
  const examples: DeadlineFlip[] = [];
  const errors: { id: string; code: string; message: string }[] = [];
  const side = (s: Sla) => ({
    class: s.class,
    ...(s.firstResponseDue ? { firstResponseDue: s.firstResponseDue } : {}),
    ...(s.disposalDue ? { disposalDue: s.disposalDue } : {}),
  });
  for (const { id, report } of reports) {
    n++;
    let x: Sla;
    let y: Sla;
    try {
      x = computeSla(a, report);
      y = computeSla(b, report);
    } catch (e) {
      if (!(e instanceof SafetynetError)) throw e;
      errors.push({
        id,
        code: e.code,
        message: e.issues[0] ? `${e.issues[0].path.join('.')}: ${e.issues[0].message.en}` : e.message,
      });
      continue;
    }
    const cls = x.class !== y.class;
    const fr = x.firstResponseDue !== y.firstResponseDue;
    const dp = x.disposalDue !== y.disposalDue;
    if (cls) {
      classChanged++;
      transitions[`${x.class}→${y.class}`] = (transitions[`${x.class}→${y.class}`] ?? 0) + 1;
    }
    if (fr) firstResponseChanged++;
    if (dp) disposalChanged++;
    if ((cls || fr || dp) && examples.length < maxExamples) examples.push({ id, old: side(x), new: side(y) });
  }
  return { reports: n, classChanged, firstResponseChanged, disposalChanged, transitions, examples, errors };
}

function entryText(v: ParameterValueDef): EntryText {
  if (v.unknown) return 'unknown';
  if (v.multiply)
    return `${v.multiply.by} × ${v.multiply.parameter}${v.multiply.round ? ` (round ${v.multiply.round.mode} to ${v.multiply.round.to})` : ''}`;
  if (typeof v.value === 'string') return v.value;
  return Object.entries(v.value ?? {})
    .map(([z, x]) => `${z} ${x}`)
    .join(' / ');
}

function sourceText(pack: PolicyPack, v: ParameterValueDef): string | undefined {
  if (v.source === undefined) return undefined;
  const verified = v.verified ?? pack.sources[v.source]?.verified ?? true;
  return `${v.source}${verified ? '' : ' (unverified)'}${v.published ? `, published ${v.published}` : ''}`;
}

function diffParameters(a: PolicyPack, b: PolicyPack): ParameterChange[] {
  const out: ParameterChange[] = [];
  const keys = [...new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])].sort();
  for (const key of keys) {
    const pa = a.parameters[key];
    const pb = b.parameters[key];
    const index = (pack: PolicyPack, values: readonly ParameterValueDef[] | undefined) =>
      new Map((values ?? []).map((v) => [v.from, { text: entryText(v), source: sourceText(pack, v) }]));
    const ea = index(a, pa?.values);
    const eb = index(b, pb?.values);
    const dates = [...new Set([...ea.keys(), ...eb.keys()])].sort();
    const entries = dates
      .filter((d) => ea.get(d)?.text !== eb.get(d)?.text || ea.get(d)?.source !== eb.get(d)?.source)
      .map((d) => {
        const x = ea.get(d);
        const y = eb.get(d);
        return {
          from: d,
          ...(x ? { old: x.text } : {}),
          ...(y ? { new: y.text } : {}),
          ...(x?.source !== undefined ? { oldSource: x.source } : {}),
          ...(y?.source !== undefined ? { newSource: y.source } : {}),
        };
      });
    if (!pa) out.push({ key, change: 'added', entries });
    else if (!pb) out.push({ key, change: 'removed', entries });
    else if (entries.length || pa.unit !== pb.unit) out.push({ key, change: 'changed', entries });
  }
  return out;
}

/** Zones, cycles, tiers, referrals, transitions, sources and income rules, compared by id as canonical JSON. */
function diffSections(a: PolicyPack, b: PolicyPack): SectionChange[] {
  const out: SectionChange[] = [];
  const sections: [SectionChange['section'], (p: PolicyPack) => Readonly<Record<string, unknown>>][] = [
    ['zones', (p) => p.zones],
    ['cycles', (p) => p.cycles],
    ['tiers', (p) => p.difficulty?.tiers ?? {}],
    ['referrals', (p) => p.referrals],
    ['transitions', (p) => p.transitions],
    ['sources', (p) => p.sources],
    ['income', (p) => ({ excluded: p.income.excluded ?? [] })],
  ];
  for (const [section, get] of sections) {
    const x = get(a);
    const y = get(b);
    for (const id of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      const ox = x[id] === undefined ? undefined : canonicalJson(x[id]);
      const oy = y[id] === undefined ? undefined : canonicalJson(y[id]);
      if (ox === oy) continue;
      out.push({
        section,
        id,
        change: ox === undefined ? 'added' : oy === undefined ? 'removed' : 'changed',
        ...(ox !== undefined ? { old: ox } : {}),
        ...(oy !== undefined ? { new: oy } : {}),
      });
    }
  }
  return out;
}

const PROGRAMME_FIELDS = ['eligible', 'when', 'actions', 'rank', 'enabled', 'category', 'subject', 'source'] as const;

function diffProgrammes(a: PolicyPack, b: PolicyPack): ProgrammeChange[] {
  const out: ProgrammeChange[] = [];
  const ids = [...new Set([...Object.keys(a.programmes), ...Object.keys(b.programmes)])].sort();
  for (const id of ids) {
    const pa = a.programmes[id];
    const pb = b.programmes[id];
    if (!pa) out.push({ id, change: 'added', fields: [] });
    else if (!pb) out.push({ id, change: 'removed', fields: [] });
    else {
      const fields = PROGRAMME_FIELDS.filter((f) => JSON.stringify(pa[f]) !== JSON.stringify(pb[f]));
      if (fields.length) out.push({ id, change: 'changed', fields });
    }
  }
  return out;
}

function limitText(l: LimitDef | undefined): string | undefined {
  if (l === undefined) return undefined;
  return typeof l === 'string' ? l : `${l.workingDays} working days`;
}

function diffUrgency(a: PolicyPack, b: PolicyPack): UrgencyChange[] {
  const ca = a.urgency?.classes ?? {};
  const cb = b.urgency?.classes ?? {};
  const out: UrgencyChange[] = [];
  for (const id of [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort()) {
    const x = ca[id];
    const y = cb[id];
    const pair = <T>(o: T | undefined, n: T | undefined) => ({
      ...(o !== undefined ? { old: o } : {}),
      ...(n !== undefined ? { new: n } : {}),
    });
    const fr = [limitText(x?.firstResponse), limitText(y?.firstResponse)] as const;
    const dp = [limitText(x?.disposal), limitText(y?.disposal)] as const;
    const change = !x ? 'added' : !y ? 'removed' : 'changed';
    if (change === 'changed' && fr[0] === fr[1] && dp[0] === dp[1] && x!.priority === y!.priority) continue;
    out.push({
      id,
      change,
      ...(fr[0] !== fr[1] ? { firstResponse: pair(fr[0], fr[1]) } : {}),
      ...(dp[0] !== dp[1] ? { disposal: pair(dp[0], dp[1]) } : {}),
      ...(x?.priority !== y?.priority ? { priority: pair(x?.priority, y?.priority) } : {}),
    });
  }
  return out;
}

function diffPopulation(
  a: PolicyPack,
  b: PolicyPack,
  population: Iterable<PopulationRecord>,
  options: DiffOptions,
): PopulationImpact {
  const oldAsOf = options.asOf!;
  const newAsOf = options.newAsOf ?? oldAsOf;
  const maxExamples = options.maxExamples ?? 10;
  let households = 0;
  let categoryChanged = 0;
  let statusChanged = 0;
  const transitions: Record<string, number> = {};
  const programmes: Record<string, Record<string, number>> = {};
  const oldCats: Record<string, number> = {};
  const newCats: Record<string, number> = {};
  const examples: OutcomeFlip[] = [];
  const errors: { id: string; code: string; message: string }[] = [];
  for (const rec of population) {
    households++;
    let da: Decision;
    let db: Decision;
    try {
      da = evaluate(a, rec.household, { asOf: oldAsOf, ...(options.lastKnown ? { lastKnown: true } : {}) });
      db = evaluate(b, rec.household, {
        asOf: newAsOf,
        ...(options.lastKnown ? { lastKnown: true } : {}),
        ...(options.overrides ? { overrides: options.overrides } : {}),
      });
    } catch (e) {
      if (!(e instanceof SafetynetError)) throw e;
      errors.push({
        id: rec.id,
        code: e.code,
        message: e.issues[0] ? `${e.issues[0].path.join('.')}: ${e.issues[0].message.en}` : e.message,
      });
      continue;
    }
    oldCats[da.category] = (oldCats[da.category] ?? 0) + 1;
    newCats[db.category] = (newCats[db.category] ?? 0) + 1;
    const changed: Record<string, string> = {};
    const statusB = new Map(db.programmes.map((p) => [p.id, p.status]));
    for (const p of da.programmes) {
      const nb = statusB.get(p.id) ?? 'absent';
      if (nb !== p.status) changed[p.id] = `${p.status}→${nb}`;
    }
    for (const p of db.programmes) if (!da.programmes.some((x) => x.id === p.id)) changed[p.id] = `absent→${p.status}`;
    for (const [id, t] of Object.entries(changed)) {
      const per = (programmes[id] ??= {});
      per[t] = (per[t] ?? 0) + 1;
    }
    if (Object.keys(changed).length) statusChanged++;
    if (da.category !== db.category) {
      categoryChanged++;
      const t = `${da.category}→${db.category}`;
      transitions[t] = (transitions[t] ?? 0) + 1;
    }
    if ((da.category !== db.category || Object.keys(changed).length) && examples.length < maxExamples) {
      examples.push({ id: rec.id, oldCategory: da.category, newCategory: db.category, programmes: changed });
    }
  }
  return {
    households,
    categoryChanged,
    statusChanged,
    transitions,
    programmes,
    categories: { old: oldCats, new: newCats },
    examples,
    errors,
  };
}
