import { assertIsoDay } from '../dates/index.js';
import { InputError } from '../errors/index.js';
import { assertPolicyPack, resolvePackOn, type PolicyPack } from '../pack/index.js';
import { diffDeadlines } from './deadline-impact.js';
import { diffIssue } from './messages.js';
import { diffParameters, diffProgrammes, diffSections, diffUrgency } from './pack-changes.js';
import { diffPopulation } from './population-impact.js';
import type { DiffOptions, PackDiff } from './types.js';

/**
 * Compares two packs: parameter entries with old → new values and dates, programme definitions,
 * urgency limits; and, with a population, how many households change category or programme status.
 *
 * @throws {InputError} `diff_needs_as_of` when a population is given without `asOf`; `bad_date` for an `asOf`
 *   or `newAsOf` that is not a real day; `pack_invalid_argument` when either pack is not a validated pack;
 *   `override_unknown_parameter` / `override_invalid` for what-if values the new pack cannot take — for the
 *   arguments, at once, never once per household
 * @example
 * const d = diffPacks(packs.chengdu, packs.chengdu, { population, asOf: '2022-06-01', newAsOf: '2023-06-01' });
 * d.population?.transitions; // { "dibao→edge": 3, ... }
 */
export function diffPacks(oldPack: PolicyPack, newPack: PolicyPack, options: DiffOptions = {}): PackDiff {
  checkArguments(oldPack, newPack, options);
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

/** The packs, dates and what-if values, checked before anything is compared: one clear error, not one per household. */
function checkArguments(oldPack: PolicyPack, newPack: PolicyPack, options: DiffOptions): void {
  assertPolicyPack(oldPack);
  assertPolicyPack(newPack);
  if (options.population && !options.asOf) {
    const issue = diffIssue('diff_needs_as_of', ['options', 'asOf']);
    throw new InputError('diff_needs_as_of', issue.message.en, [issue]);
  }
  if (options.asOf !== undefined) assertIsoDay(options.asOf, 'asOf');
  if (options.newAsOf !== undefined) assertIsoDay(options.newAsOf, 'newAsOf');
  if (options.population) {
    const lastKnown = options.lastKnown ? { lastKnown: true } : {};
    resolvePackOn(oldPack, options.asOf!, lastKnown);
    resolvePackOn(newPack, options.newAsOf ?? options.asOf!, {
      ...lastKnown,
      ...(options.overrides ? { overrides: options.overrides } : {}),
    });
  }
}
