import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeHousehold } from '../../test/helpers/households.js';
import { getBundledPack } from '../pack/index.js';
import { mergeScreenSummaries } from './merge-summaries.js';
import { createScreener } from './screen.js';

const pack = getBundledPack('chengdu');
const options = { asOf: '2023-06-01' };

function summaryOf(records: readonly unknown[]) {
  const s = createScreener(pack, options);
  for (const [i, household] of records.entries()) s.screen(`h${i}`, { district: 'wenjiang', ...(household as object) });
  return s.summary();
}

describe('mergeScreenSummaries', () => {
  it('gives the summary of the whole population, however it is cut into parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(completeHousehold, fc.constant({ members: 'not a list' })), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (population, cuts) => {
          const bounds = [...new Set([0, ...cuts.map((c) => c % (population.length + 1)), population.length])];
          bounds.sort((a, b) => a - b);
          const parts = bounds.slice(0, -1).map((start, i) => summaryOf(population.slice(start, bounds[i + 1])));
          expect(mergeScreenSummaries(parts)).toEqual(summaryOf(population));
        },
      ),
      { seed: 20240930, numRuns: 40 },
    );
  });

  it('has every warning kind, at zero, with no parts', () => {
    expect(mergeScreenSummaries([])).toEqual({
      households: 0,
      withWarnings: 0,
      uncertain: 0,
      errors: 0,
      warnings: { missed: 0, wrong: 0, transition: 0, 'edge-watch': 0 },
      categories: {},
    });
  });
});
