import { localDay } from '../../calendar/index.js';
import { deriveFacts } from '../../engine/index.js';
import { resolvePackOn, type PolicyPack, type ReasonParameter, type ValueKeys } from '../../pack/index.js';
import { isParamName, type RuleValue } from '../../rules/index.js';
import type { ReportParsed } from '../../schema/index.js';
import type { CompiledUrgency } from './compileUrgency.js';

/** The values urgency rules see for one report, and how to describe the parameters among them. */
export interface ReportEnv {
  readonly env: readonly RuleValue[];
  /** The local day of receipt in the pack's zone: the date parameters and ages are taken on. */
  readonly asOf: string;
  readonly parameterInfo: (key: string) => ReasonParameter | undefined;
}

/**
 * Builds the rule env of a report: report facts, the household's facts when a household is given (else
 * unknown), and the parameters the classes refer to, in force on the day of receipt.
 * `situations` is the union of the report's and the household's; unknown when neither gives it.
 */
export function buildReportEnv(pack: PolicyPack, compiled: CompiledUrgency, report: ReportParsed): ReportEnv {
  const asOf = localDay(report.receivedAt, pack.timezone);
  // Figures come from the pack on the day of receipt: one resolution per pack and day, shared with decisions.
  const day = resolvePackOn(pack, asOf);
  const household = report.household ? deriveFacts(day, report.household).household : undefined;

  const situationLists = [report.situations, report.household?.situations].filter(
    (s): s is NonNullable<typeof s> => s !== undefined,
  );
  const situations = situationLists.length ? [...new Set(situationLists.flat())].sort() : undefined;
  const reportFacts: Readonly<Record<string, RuleValue>> = {
    channel: report.channel,
    lifeAtRisk: report.lifeAtRisk,
    basicNeedsUnmet: report.basicNeedsUnmet,
    peopleAffected: report.peopleAffected,
    situations,
  };

  const keys: ValueKeys = {
    zone: household?.zone as string | undefined,
    hukou: household?.hukou as string | undefined,
  };
  const env: RuleValue[] = new Array<RuleValue>(compiled.symbols.size).fill(undefined);
  for (const [name, sym] of compiled.symbols) {
    if (isParamName(name)) env[sym.slot] = day.ruleValue(name.slice(6), keys);
    else if (Object.hasOwn(reportFacts, name)) env[sym.slot] = reportFacts[name];
    else env[sym.slot] = household?.[name];
  }
  const parameterInfo = (key: string): ReasonParameter | undefined => day.describe(key, keys);
  return { env, asOf, parameterInfo };
}
