import { InputError } from '../errors/index.js';
import type { PolicyPack } from '../pack/index.js';
import { diffDeadlines } from './deadline-impact.js';
import { diffIssue } from './messages.js';
import { diffParameters, diffProgrammes, diffSections, diffUrgency } from './pack-changes.js';
import { diffPopulation } from './population-impact.js';
import type { DiffOptions, PackDiff } from './types.js';

/**
 * Compares two packs: parameter entries with old → new values and dates, programme definitions,
 * urgency limits; and, with a population, how many households change category or programme status.
 *
 * @throws {InputError} `diff_needs_as_of` when a population is given without `asOf`
 * @example
 * const d = diffPacks(packs.chengdu, packs.chengdu, { population, asOf: '2022-06-01', newAsOf: '2023-06-01' });
 * d.population?.transitions; // { "dibao→edge": 3, ... }
 */
export function diffPacks(oldPack: PolicyPack, newPack: PolicyPack, options: DiffOptions = {}): PackDiff {
  if (options.population && !options.asOf) {
    const issue = diffIssue('diff_needs_as_of', ['options', 'asOf']);
    throw new InputError('diff_needs_as_of', issue.message.en, [issue]);
  }
  const newAsOf = options.newAsOf ?? options.asOf;
  const maxExamples = options.maxExamples ?? 10;
  return {
    old: { id: oldPack.id, version: oldPack.version, ...(options.asOf ? { asOf: options.asOf } : {}) },
    new: { id: newPack.id, version: newPack.version, ...(newAsOf ? { asOf: newAsOf } : {}) },
    parameters: diffParameters(oldPack, newPack),
    programmes: diffProgrammes(oldPack, newPack),
    urgency: diffUrgency(oldPack, newPack),
    sections: diffSections(oldPack, newPack),
    ...(options.overrides && Object.keys(options.overrides).length ? { overrides: options.overrides } : {}),
    ...(options.population ? { population: diffPopulation(oldPack, newPack, options.population, options) } : {}),
    ...(options.reports ? { deadlines: diffDeadlines(oldPack, newPack, options.reports, maxExamples) } : {}),
  };
}
