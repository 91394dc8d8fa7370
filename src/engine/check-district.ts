import { InputError } from '../errors/index.js';
import type { PolicyPack } from '../pack/index.js';
import { suggestName } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import { engineIssue } from './messages.js';

/**
 * In a pack with zones, a district it does not list is a mistake (a typo, or another city's household),
 * never a reason to decide by cases.
 *
 * @throws {InputError} `household_unknown_district`, with a suggestion when one is close
 */
export function checkDistrict(pack: PolicyPack, household: HouseholdParsed): void {
  const zones = Object.values(pack.zones);
  const district = household.district;
  if (!zones.length || district === undefined || zones.some((ds) => ds.includes(district))) return;
  const known = zones.flat();
  const suggestion = suggestName(district, known);
  const issue = engineIssue('household_unknown_district', ['district'], {
    district,
    pack: pack.id,
    known,
    ...(suggestion ? { suggestion } : {}),
  });
  throw new InputError('household_unknown_district', issue.message.en, [issue]);
}
