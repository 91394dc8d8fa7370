import type { ScreenSummary, ScreenWarningKind } from './types.js';

const NO_WARNINGS: Readonly<Record<ScreenWarningKind, number>> = {
  missed: 0,
  wrong: 0,
  transition: 0,
  'edge-watch': 0,
};

/**
 * Adds up the summaries of screeners that each saw a part of one population (worker threads, shards of a
 * file, monthly batches): households, warnings by kind and households by category. Every warning kind is
 * present in the result, with 0 when no part had it.
 *
 * @param parts - the `summary()` of each screener
 * @returns the summary of the whole population, as if one screener had seen every household
 * @example
 * const left = createScreener(packs.chengdu, { asOf: '2023-06-01' });
 * const right = createScreener(packs.chengdu, { asOf: '2023-06-01' });
 * // … left.screen(…) on one half, right.screen(…) on the other …
 * mergeScreenSummaries([left.summary(), right.summary()]).households;
 */
export function mergeScreenSummaries(parts: readonly ScreenSummary[]): ScreenSummary {
  const warnings: Record<string, number> = { ...NO_WARNINGS };
  const categories: Record<string, number> = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.warnings)) warnings[k] = (warnings[k] ?? 0) + v;
    for (const [k, v] of Object.entries(p.categories)) categories[k] = (categories[k] ?? 0) + v;
  }
  const total = (field: 'households' | 'withWarnings' | 'uncertain' | 'errors') =>
    parts.reduce((n, p) => n + p[field], 0);
  return {
    households: total('households'),
    withWarnings: total('withWarnings'),
    uncertain: total('uncertain'),
    errors: total('errors'),
    warnings: warnings as Record<ScreenWarningKind, number>,
    categories,
  };
}
