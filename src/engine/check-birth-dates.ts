import { ageOn } from '../dates/index.js';
import { InputError, type Issue } from '../errors/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import { engineIssue } from './messages.js';

/** Older than this on the day decided is taken for a typing mistake (`0001-01-01`, a year of 1092). */
export const MAX_PLAUSIBLE_AGE = 130;

/**
 * A member (or a member's supporter) born after the day decided is not yet part of the household: counting
 * them would halve an income per person and invent a dibao. An age over 130 is a typing mistake. Both are
 * input errors, never silently counted or dropped: a caseworker must correct the record.
 *
 * @throws {InputError} `household_born_after_as_of` or `household_age_implausible`, with every member's path
 */
export function checkBirthDates(household: HouseholdParsed, asOf: string): void {
  let issues: Issue[] | undefined;
  const check = (birthDate: string | undefined, path: readonly (string | number)[]) => {
    if (birthDate === undefined) return;
    if (birthDate > asOf) {
      (issues ??= []).push(engineIssue('household_born_after_as_of', [...path, 'birthDate'], { birthDate, asOf }));
    } else if (ageOn(birthDate, asOf) > MAX_PLAUSIBLE_AGE) {
      const args = { birthDate, asOf, age: ageOn(birthDate, asOf), max: MAX_PLAUSIBLE_AGE };
      (issues ??= []).push(engineIssue('household_age_implausible', [...path, 'birthDate'], args));
    }
  };
  const members = household.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    check(m.birthDate, ['members', i]);
    const supporters = m.supporters;
    if (supporters)
      for (let j = 0; j < supporters.length; j++) check(supporters[j]!.birthDate, ['members', i, 'supporters', j]);
  }
  if (issues) throw new InputError(issues[0]!.code, issues[0]!.message.en, issues);
}
