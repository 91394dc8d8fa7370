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
  const district = household.district;
  if (district === undefined) return;
  const known = districtsOf(pack);
  if (!known || known.has(district)) return;
  reportUnknownDistrict(pack, district, [...known]);
}

const districts = new WeakMap<PolicyPack, ReadonlySet<string> | null>();

/** The districts a pack's zones list (null when it has no zones), once per pack: this runs per household. */
function districtsOf(pack: PolicyPack): ReadonlySet<string> | null {
  let known = districts.get(pack);
  if (known === undefined) {
    const all = Object.values(pack.zones).flat();
    known = all.length ? new Set(all) : null;
    districts.set(pack, known);
  }
  return known;
}

function reportUnknownDistrict(pack: PolicyPack, district: string, known: string[]): never {
  const suggestion = suggestName(district, known);
  const issue = engineIssue('household_unknown_district', ['district'], {
    district,
    pack: pack.id,
    known,
    ...(suggestion ? { suggestion } : {}),
  });
  throw new InputError('household_unknown_district', issue.message.en, [issue]);
}
