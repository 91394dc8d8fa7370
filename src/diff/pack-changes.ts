import { canonicalJson } from '../_lib/index.js';
import { compareNumeric, parseDecimalLiteral } from '../money/index.js';
import type { PolicyPack } from '../pack/index.js';
import type { LimitDef, ParameterValueDef } from '../schema/index.js';
import { ENTRY_TEXT } from './messages.js';
import type { EntryText, ParameterChange, ProgrammeChange, SectionChange, UrgencyChange } from './types.js';

/**
 * What changed in the pack itself, section by section: dated parameter entries, programme definitions,
 * urgency limits, and the sections compared by id (zones, cycles, tiers, referrals, transitions, sources,
 * income rules). Every list is sorted by key so the diff reads the same on every run.
 */

/** Ids present in either of two records, sorted. */
function unionOfKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

/** One dated entry as the diff shows it, with its cited source and its amounts for an exact comparison. */
interface ShownEntry {
  readonly text: EntryText;
  readonly source: string | undefined;
  readonly entry: ParameterValueDef;
}

function entryText(v: ParameterValueDef): EntryText {
  if (v.unknown) return ENTRY_TEXT.unknown;
  if (v.multiply) return ENTRY_TEXT.multiply(v.multiply.by, v.multiply.parameter, v.multiply.round);
  if (typeof v.value === 'string') return v.value;
  return Object.entries(v.value ?? {})
    .map(([z, x]) => `${z} ${x}`)
    .join(' / ');
}

function sourceText(pack: PolicyPack, v: ParameterValueDef): string | undefined {
  if (v.source === undefined) return undefined;
  const verified = v.verified ?? pack.sources[v.source]?.verified ?? true;
  return ENTRY_TEXT.source(v.source, verified, v.published);
}

/** Two decimal texts are the same amount ("1160" and "1160.00"), compared exactly. */
function isSameAmount(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const x = parseDecimalLiteral(a);
  const y = parseDecimalLiteral(b);
  return x.ok && y.ok && compareNumeric(x.value, y.value) === 0;
}

/** Two entries give the same figures: equal text, or the same amounts written differently. */
function isSameFigure(x: ParameterValueDef, y: ParameterValueDef): boolean {
  if (entryText(x) === entryText(y)) return true;
  if (x.unknown || y.unknown) return false;
  if (x.multiply || y.multiply) {
    const [m, n] = [x.multiply, y.multiply];
    return (
      !!m &&
      !!n &&
      m.parameter === n.parameter &&
      isSameAmount(m.by, n.by) &&
      canonicalJson(m.round ?? null) === canonicalJson(n.round ?? null)
    );
  }
  if (typeof x.value === 'string' || typeof y.value === 'string')
    return typeof x.value === 'string' && typeof y.value === 'string' && isSameAmount(x.value, y.value);
  const [zx, zy] = [x.value ?? {}, y.value ?? {}];
  return unionOfKeys(zx, zy).every((zone) => isSameAmount(zx[zone], zy[zone]));
}

function isSameEntry(x: ShownEntry | undefined, y: ShownEntry | undefined): boolean {
  if (!x || !y) return x === y;
  return x.source === y.source && isSameFigure(x.entry, y.entry);
}

function indexEntries(pack: PolicyPack, values: readonly ParameterValueDef[] | undefined): Map<string, ShownEntry> {
  return new Map((values ?? []).map((v) => [v.from, { text: entryText(v), source: sourceText(pack, v), entry: v }]));
}

/**
 * Parameters added, removed or changed, with the dated entries that differ. Amounts are compared exactly
 * (`"1160"` and `"1160.00"` are the same figure), never as floats.
 */
export function diffParameters(a: PolicyPack, b: PolicyPack): ParameterChange[] {
  const out: ParameterChange[] = [];
  for (const key of unionOfKeys(a.parameters, b.parameters)) {
    const pa = a.parameters[key];
    const pb = b.parameters[key];
    const ea = indexEntries(a, pa?.values);
    const eb = indexEntries(b, pb?.values);
    const entries = [...new Set([...ea.keys(), ...eb.keys()])]
      .sort()
      .filter((from) => !isSameEntry(ea.get(from), eb.get(from)))
      .map((from) => {
        const x = ea.get(from);
        const y = eb.get(from);
        return {
          from,
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

const SECTIONS: readonly (readonly [SectionChange['section'], (p: PolicyPack) => Readonly<Record<string, unknown>>])[] =
  [
    ['zones', (p) => p.zones],
    ['cycles', (p) => p.cycles],
    ['tiers', (p) => p.difficulty?.tiers ?? {}],
    ['referrals', (p) => p.referrals],
    ['transitions', (p) => p.transitions],
    ['sources', (p) => p.sources],
    ['income', (p) => ({ excluded: p.income.excluded ?? [] })],
    ['procedures', (p) => p.procedures],
  ];

/** Zones, cycles, tiers, referrals, transitions, sources, income rules and procedures, compared by id as canonical JSON. */
export function diffSections(a: PolicyPack, b: PolicyPack): SectionChange[] {
  const out: SectionChange[] = [];
  for (const [section, get] of SECTIONS) {
    const x = get(a);
    const y = get(b);
    for (const id of unionOfKeys(x, y)) {
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

/** Programmes added, removed, or changed in one of their fields (eligible, when, actions, rank…). */
export function diffProgrammes(a: PolicyPack, b: PolicyPack): ProgrammeChange[] {
  const out: ProgrammeChange[] = [];
  for (const id of unionOfKeys(a.programmes, b.programmes)) {
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
  return typeof l === 'string' ? l : ENTRY_TEXT.workingDays(l.workingDays);
}

function pair<T>(o: T | undefined, n: T | undefined): { old?: T; new?: T } {
  return { ...(o !== undefined ? { old: o } : {}), ...(n !== undefined ? { new: n } : {}) };
}

/** Urgency classes added, removed, or with another first-response limit, disposal limit or priority. */
export function diffUrgency(a: PolicyPack, b: PolicyPack): UrgencyChange[] {
  const ca = a.urgency?.classes ?? {};
  const cb = b.urgency?.classes ?? {};
  const out: UrgencyChange[] = [];
  for (const id of unionOfKeys(ca, cb)) {
    const x = ca[id];
    const y = cb[id];
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
