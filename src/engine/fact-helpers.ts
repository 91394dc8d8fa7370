/** How many items satisfy a three-valued predicate; unknown if any is unknown. */
export function countWhere<T>(items: readonly T[], pred: (item: T) => boolean | undefined): number | undefined {
  let n = 0;
  for (const item of items) {
    const r = pred(item);
    if (r === undefined) return undefined;
    if (r) n++;
  }
  return n;
}

/** Whether some item satisfies a three-valued predicate: true if one does, unknown if one might. */
export function anyWhere<T>(items: readonly T[], pred: (item: T) => boolean | undefined): boolean | undefined {
  let unknown = false;
  for (const item of items) {
    const r = pred(item);
    if (r === true) return true;
    if (r === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/** The sum of known amounts; unknown if any is unknown. */
export function sumKnown(values: readonly (number | undefined)[]): number | undefined {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}

/** Whole months from one day to a later one (both YYYY-MM-DD): 2024-01-31 → 2024-02-29 is 0, → 2024-03-31 is 2. */
export function monthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return to.slice(8) < from.slice(8) ? months - 1 : months;
}
