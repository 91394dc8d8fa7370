/**
 * "Did you mean" suggestions for unknown names, by optimal-string-alignment distance (an adjacent
 * transposition counts as one edit: `incomePerPreson` → `incomePerPerson`).
 */

/**
 * Returns the closest candidate, or undefined when none is close enough
 * (distance ≤ max(2, 40 % of the name's length); case differences are free).
 *
 * @example
 * suggestName('incomePerPreson', ['incomePerPerson', 'age']); // 'incomePerPerson'
 * suggestName('zzz', ['age']); // undefined
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length * 0.4));
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    // Cheap length filter before the quadratic distance.
    if (Math.abs(c.length - name.length) > limit) continue;
    const dist = editDistance(lower, c.toLowerCase());
    if (dist < bestDist || (dist === bestDist && best !== undefined && c < best)) {
      best = c;
      bestDist = dist;
    }
  }
  return bestDist <= limit ? best : undefined;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions).
 *
 * @example
 * editDistance('lessThen', 'lessThan'); // 1
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
