import { zoneOf, type PackOnDate } from '../pack/index.js';
import type { RuleValue } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import { householdFacts } from './household-facts.js';
import type { IncomeAssumptions } from './income-measures.js';
import { memberFacts } from './member-facts.js';
import { hasAbleSupporter, type CompiledSupporterRule } from './supporters.js';

/** Facts of a household: household-scope values by name, and member-scope values per member. */
export interface DerivedFacts {
  readonly household: Readonly<Record<string, RuleValue>>;
  readonly members: readonly Readonly<Record<string, RuleValue>>[];
}

/** How to derive: which members are assessed apart, and how to read income rules the pack leaves open. */
export interface DeriveOptions {
  /** Members assessed apart (supported as special poverty): left out of the household's own facts. */
  readonly apart?: ReadonlySet<number>;
  /** Readings of income types whose treatment is unknown on the date; absent types stay unknown. */
  readonly assume?: IncomeAssumptions;
  /** The pack's supporter rule, to settle `hasAbleSupporter` from listed supporters. */
  readonly supporters?: CompiledSupporterRule;
}

/**
 * Derives every fact of the catalog from a validated household on the pack's day, with exact money (fen
 * and fractions of fen). A fact that depends on something the household leaves out is `undefined`
 * (unknown), never a default: rules then give "undetermined" and the decision lists what to ask.
 */
export function deriveFacts(day: PackOnDate, household: HouseholdParsed, options: DeriveOptions = {}): DerivedFacts {
  const zone = household.district !== undefined ? zoneOf(day.pack, household.district) : undefined;
  const keys = { zone, hukou: household.hukou };
  const members = household.members.map((m) => {
    const facts = memberFacts(m, day.asOf, day.income, options.assume);
    facts.hasAbleSupporter = hasAbleSupporter(m, options.supporters, day, keys);
    return facts;
  });
  const unit = household.members.map((_, i) => i).filter((i) => !options.apart?.has(i));
  return { household: householdFacts(day, household, members, unit), members };
}
