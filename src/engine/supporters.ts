import { ageOn } from '../dates/index.js';
import { toFen } from '../money/index.js';
import type { PackOnDate, ValueKeys } from '../pack/index.js';
import { isParamName, type CompiledCondition, type RuleValue, type SymbolTable } from '../rules/index.js';
import type { HouseholdParsed } from '../schema/index.js';
import { severeDisability } from './member-facts.js';

type Supporter = NonNullable<HouseholdParsed['members'][number]['supporters']>[number];

/** The pack's supporter rule, compiled over the supporter's facts. */
export interface CompiledSupporterRule {
  readonly symbols: SymbolTable;
  readonly unable: CompiledCondition;
}

/**
 * Whether a member has a legal supporter able to support (fact #17): the caller's answer when given;
 * else, from the supporters listed, true if one is not unable by the pack's rule, false if none is
 * (or none is listed), unknown while a supporter's facts leave it open.
 */
export function hasAbleSupporter(
  member: HouseholdParsed['members'][number],
  rule: CompiledSupporterRule | undefined,
  day: PackOnDate,
  keys: ValueKeys,
): boolean | undefined {
  if (member.hasAbleSupporter !== undefined) return member.hasAbleSupporter;
  if (member.supporters === undefined || !rule) return undefined;
  let unknown = false;
  for (const s of member.supporters) {
    const unable = rule.unable.test(supporterEnv(s, rule.symbols, day, keys));
    if (unable === false) return true;
    if (unable === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

function supporterEnv(s: Supporter, symbols: SymbolTable, day: PackOnDate, keys: ValueKeys): RuleValue[] {
  const facts: Readonly<Record<string, RuleValue>> = {
    supporterAge: s.birthDate !== undefined && s.birthDate <= day.asOf ? ageOn(s.birthDate, day.asOf) : undefined,
    supporterSpecialPoverty: s.specialPoverty,
    supporterOnDibao: s.dibao,
    supporterSevereDisability: severeDisability(s.disability),
    supporterIncomeYearly: s.monthlyIncome === undefined ? undefined : toFen(s.monthlyIncome) * 12,
    supporterPropertyWithinLimits: s.propertyWithinLowIncomeLimits,
    supporterLegalIncapacity: s.legalIncapacity,
    supporterInSchool: s.inSchool,
  };
  const env: RuleValue[] = new Array(symbols.size).fill(undefined);
  for (const [name, sym] of symbols)
    env[sym.slot] = isParamName(name) ? day.ruleValue(name.slice(6), keys) : facts[name];
  return env;
}
