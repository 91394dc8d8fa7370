import { evaluate, type Decision, type EvaluateOptions } from '../decision/index.js';
import type { PolicyPack } from '../pack/index.js';
import { describeFailure, readRecord, type Failure } from './failure.js';
import type { DiffOptions, OutcomeFlip, PopulationImpact, PopulationRecord } from './types.js';

/** The counts kept while a population is judged with both packs. */
interface PopulationTally {
  households: number;
  categoryChanged: number;
  statusChanged: number;
  readonly transitions: Record<string, number>;
  readonly programmes: Record<string, Record<string, number>>;
  readonly oldCategories: Record<string, number>;
  readonly newCategories: Record<string, number>;
  readonly examples: OutcomeFlip[];
  readonly errors: Failure[];
}

/**
 * What a pack change does to a population: each household is decided with the old pack on `asOf` and with
 * the new pack on `newAsOf` (and the what-if values), and the category and programme changes are counted.
 * A household that cannot be decided is listed with its first issue.
 */
export function diffPopulation(
  oldPack: PolicyPack,
  newPack: PolicyPack,
  population: Iterable<PopulationRecord>,
  options: DiffOptions,
): PopulationImpact {
  const oldOptions: EvaluateOptions = { asOf: options.asOf!, ...(options.lastKnown ? { lastKnown: true } : {}) };
  const newOptions: EvaluateOptions = {
    ...oldOptions,
    asOf: options.newAsOf ?? options.asOf!,
    ...(options.overrides ? { overrides: options.overrides } : {}),
  };
  const maxExamples = options.maxExamples ?? 10;
  const tally = createTally();
  let index = 0;
  for (const record of population) {
    tally.households++;
    const read = readRecord(record, index++, 'household');
    if ('code' in read) {
      tally.errors.push(read);
      continue;
    }
    const { id, value: household } = read;
    let before: Decision;
    let after: Decision;
    try {
      before = evaluate(oldPack, household, oldOptions);
      after = evaluate(newPack, household, newOptions);
    } catch (e) {
      tally.errors.push(describeFailure(id, e));
      continue;
    }
    const flip = countChanges(tally, id, before, after);
    if (flip && tally.examples.length < maxExamples) tally.examples.push(flip);
  }
  return {
    households: tally.households,
    categoryChanged: tally.categoryChanged,
    statusChanged: tally.statusChanged,
    transitions: tally.transitions,
    programmes: tally.programmes,
    categories: { old: tally.oldCategories, new: tally.newCategories },
    examples: tally.examples,
    errors: tally.errors,
  };
}

function createTally(): PopulationTally {
  return {
    households: 0,
    categoryChanged: 0,
    statusChanged: 0,
    transitions: {},
    programmes: {},
    oldCategories: {},
    newCategories: {},
    examples: [],
    errors: [],
  };
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Counts one household's two decisions; returns the household as a flip when anything changed. */
function countChanges(tally: PopulationTally, id: string, before: Decision, after: Decision): OutcomeFlip | undefined {
  increment(tally.oldCategories, before.category);
  increment(tally.newCategories, after.category);
  const changed = programmeStatusChanges(before, after);
  for (const [programme, transition] of Object.entries(changed))
    increment((tally.programmes[programme] ??= {}), transition);
  const anyStatus = Object.keys(changed).length > 0;
  if (anyStatus) tally.statusChanged++;
  if (before.category !== after.category) {
    tally.categoryChanged++;
    increment(tally.transitions, `${before.category}→${after.category}`);
  }
  if (before.category === after.category && !anyStatus) return undefined;
  return { id, oldCategory: before.category, newCategory: after.category, programmes: changed };
}

/** Programmes whose status differs, as `old→new` (`absent` for a programme only one pack has). */
function programmeStatusChanges(before: Decision, after: Decision): Record<string, string> {
  const changed: Record<string, string> = {};
  const statusAfter = new Map(after.programmes.map((p) => [p.id, p.status]));
  for (const p of before.programmes) {
    const now = statusAfter.get(p.id) ?? 'absent';
    if (now !== p.status) changed[p.id] = `${p.status}→${now}`;
  }
  for (const p of after.programmes)
    if (!before.programmes.some((x) => x.id === p.id)) changed[p.id] = `absent→${p.status}`;
  return changed;
}
