/** Who moves between categories: a diff's population impact as Sankey nodes and links (unchanged flows included). */
import type { PopulationImpact } from 'safetynet-cn';

export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/**
 * Every old → new category flow with its count. `transitions` lists only the changes; the households that kept
 * their category are the old count less those that left it.
 */
export function categoryFlows(impact: PopulationImpact): Flow[] {
  const flows: Flow[] = [];
  const left = new Map<string, number>();
  for (const [key, count] of Object.entries(impact.transitions)) {
    const [from, to] = key.split('→') as [string, string];
    flows.push({ from, to, count });
    left.set(from, (left.get(from) ?? 0) + count);
  }
  for (const [category, count] of Object.entries(impact.categories.old)) {
    const stayed = count - (left.get(category) ?? 0);
    if (stayed > 0) flows.push({ from: category, to: category, count: stayed });
  }
  return flows.sort((a, b) => b.count - a.count);
}
