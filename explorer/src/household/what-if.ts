/**
 * What if the dibao standard were different? The household is evaluated with `overrides: { 'dibao.standard' }`
 * over a range, and every change of category is pinned to the fen by bisection — all through `evaluate`, the one
 * place deciding happens. Money here is integer fen (exact), turned into decimal text for the library.
 */
import { type Category, type Decision, evaluate, type PolicyPack } from 'safetynet-cn';

export const STANDARD = 'dibao.standard';

/** Decimal yuan text (`"870"`, `"1133.34"`) as integer fen, or undefined when it is not such a text. */
export function toFen(text: string): number | undefined {
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  return Number.parseInt(m[1]!, 10) * 100 + Number.parseInt((m[2] ?? '').padEnd(2, '0'), 10);
}

/** Integer fen as decimal yuan text: 113334 → "1133.34", 87000 → "870". */
export function fenText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
}

/** The standard this household's decision compared with (its zone's or hukou's value), as decimal text. */
export function standardUsed(decision: Decision): string | undefined {
  for (const p of decision.programmes) {
    for (const r of p.reasons) if (r.parameter?.key === STANDARD && r.parameter.value) return r.parameter.value;
  }
  return undefined;
}

/** A change of category as the standard rises: from `at` (fen) on, the category is `to`. */
export interface Flip {
  readonly at: number;
  readonly from: Category;
  readonly to: Category;
}

/** The category at each sampled standard, and the exact flips. */
export interface Sweep {
  readonly points: readonly { readonly fen: number; readonly category: Category }[];
  readonly flips: readonly Flip[];
}

/** The range a slider offers around the standard in force: half to twice it, in whole yuan. */
export function sliderRange(fen: number): { min: number; max: number } {
  return { min: Math.floor(fen / 200), max: Math.ceil((fen * 2) / 100) };
}

/**
 * Evaluates the household at `samples` standards between `minFen` and `maxFen`, then bisects every interval
 * whose ends differ to the fen. Assumes one change inside an interval (the sampling is fine enough for that).
 */
export function sweepStandard(
  pack: PolicyPack,
  household: unknown,
  asOf: string,
  minFen: number,
  maxFen: number,
  samples = 33,
): Sweep {
  const seen = new Map<number, Category>();
  const categoryAt = (fen: number): Category => {
    let c = seen.get(fen);
    if (c === undefined) {
      c = evaluate(pack, household, { asOf, overrides: { [STANDARD]: fenText(fen) } }).category;
      seen.set(fen, c);
    }
    return c;
  };
  const step = Math.max(1, Math.floor((maxFen - minFen) / (samples - 1)));
  const points: { fen: number; category: Category }[] = [];
  for (let fen = minFen; fen <= maxFen; fen += step) points.push({ fen, category: categoryAt(fen) });
  if (points[points.length - 1]!.fen !== maxFen) points.push({ fen: maxFen, category: categoryAt(maxFen) });
  const flips: Flip[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.category === b.category) continue;
    let lo = a.fen;
    let hi = b.fen;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (categoryAt(mid) === a.category) lo = mid;
      else hi = mid;
    }
    flips.push({ at: hi, from: categoryAt(lo), to: categoryAt(hi) });
  }
  return { points, flips };
}
