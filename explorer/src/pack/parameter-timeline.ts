/**
 * A parameter's history as segments per zone or hukou type, for a timeline chart. Every segment is what the
 * library's `resolveParameter` gives on that day — derived values (`1.5 × dibao.standard`) included — so the
 * chart shows the one "in force on a date" rule, not a second reading of the YAML.
 */
import { resolveParameter, type PolicyPack, type ResolvedParameter } from 'safetynet-cn';

/** One period of a series: from `from` (inclusive) to `to` (exclusive). */
export interface Segment {
  readonly from: string;
  readonly to: string;
  /** Decimal text, or null when the value for the period is unknown. */
  readonly value: string | null;
  readonly verified: boolean;
  readonly sourceId?: string;
  readonly note?: string;
}

/** The timeline of one parameter: a series per zone or hukou type (`''` when not keyed). */
export interface Timeline {
  readonly key: string;
  readonly by?: 'zone' | 'hukou';
  readonly series: ReadonlyMap<string, readonly Segment[]>;
  /** First and last day drawn. */
  readonly start: string;
  readonly end: string;
}

/** The days a parameter may change on: its own entries' and those of the parameters it is derived from. */
function changeDays(pack: PolicyPack, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const p = pack.parameters[key];
  if (!p) return [];
  const own = p.values.map((v) => v.from);
  const derived = p.values.flatMap((v) =>
    v.multiply
      ? [
          ...changeDays(pack, v.multiply.parameter, seen),
          ...(pack.parameters[v.multiply.by] ? changeDays(pack, v.multiply.by, seen) : []),
        ]
      : [],
  );
  return [...own, ...derived];
}

/** One year after a day (the span drawn after the last change). */
function yearAfter(day: string): string {
  return `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
}

/** The value of a resolved parameter per series key. */
function valuesOf(r: ResolvedParameter): Record<string, string> | undefined {
  if (r.value === undefined) return undefined;
  return typeof r.value === 'string' ? { '': r.value } : { ...r.value };
}

/**
 * The timeline of a parameter, or undefined when the pack gives it no value (a baseline left to cities).
 * Days before the first value are not drawn; an `unknown` period is a segment with a null value.
 */
export function parameterTimeline(pack: PolicyPack, key: string): Timeline | undefined {
  const own = pack.parameters[key]?.values ?? [];
  if (own.length === 0) return undefined;
  const first = own[0]!.from;
  const days = [...new Set(changeDays(pack, key))].filter((d) => d >= first).sort();
  const end = yearAfter(days[days.length - 1]!);
  const resolved = days.map((day) => {
    try {
      return resolveParameter(pack, key, day);
    } catch {
      return undefined; // a derived value whose base is not in force yet: drawn as a gap
    }
  });
  const keys = new Set<string>();
  for (const r of resolved) for (const k of Object.keys((r && valuesOf(r)) ?? {})) keys.add(k);
  if (keys.size === 0) keys.add(''); // every period unknown: one series of gaps
  const series = new Map<string, Segment[]>();
  for (const k of keys) {
    const segments: Segment[] = [];
    resolved.forEach((r, i) => {
      const to = days[i + 1] ?? end;
      const value = r ? (valuesOf(r)?.[k] ?? null) : null;
      const seg: Segment = {
        from: days[i]!,
        to,
        value,
        verified: r?.verified ?? false,
        ...(r?.sourceId !== undefined ? { sourceId: r.sourceId } : {}),
        ...(r?.note !== undefined ? { note: r.note } : {}),
      };
      const last = segments[segments.length - 1];
      // Equal neighbours (a derived value whose base did not change) are one segment.
      if (last && last.value === seg.value && last.verified === seg.verified && last.sourceId === seg.sourceId) {
        segments[segments.length - 1] = { ...last, to };
      } else segments.push(seg);
    });
    series.set(k, segments);
  }
  const p = pack.parameters[key]!;
  return {
    key,
    ...(p.by ? { by: p.by } : keys.size > 1 || !keys.has('') ? { by: 'zone' } : {}),
    series,
    start: first,
    end,
  };
}
