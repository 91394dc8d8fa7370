import { localDay } from '../../calendar/index.js';
import type { ReasonParameter } from '../../eligibility/types.js';
import { parameterRuleValue, parameterText } from '../../eligibility/values.js';
import { ParameterError } from '../../errors/index.js';
import { deriveFacts } from '../../facts/derive.js';
import { resolveParameter, type ResolvedParameter } from '../../pack/resolve.js';
import type { PolicyPack } from '../../pack/types.js';
import { isParamName, type RuleValue } from '../../rules/index.js';
import type { ReportParsed } from '../../schema/report.js';
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
  const household = report.household ? deriveFacts(pack, report.household, asOf).household : undefined;
  const zone = household?.zone as string | undefined;

  const situationLists = [report.situations, report.household?.situations].filter((s): s is NonNullable<typeof s> => s !== undefined);
  const situations = situationLists.length ? [...new Set(situationLists.flat())].sort() : undefined;
  const reportFacts: Readonly<Record<string, RuleValue>> = {
    channel: report.channel,
    lifeAtRisk: report.lifeAtRisk,
    basicNeedsUnmet: report.basicNeedsUnmet,
    peopleAffected: report.peopleAffected,
    situations,
  };

  // Only the parameters some class reads are resolved: most urgency rules read none.
  const resolved = new Map<string, ResolvedParameter | undefined>();
  const notInForce = new Set<string>();
  for (const c of compiled.classes) {
    for (const name of c.when?.facts ?? []) {
      if (!isParamName(name) || resolved.has(name.slice(6))) continue;
      const key = name.slice(6);
      try {
        resolved.set(key, resolveParameter(pack, key, asOf));
      } catch (e) {
        if (!(e instanceof ParameterError)) throw e;
        notInForce.add(key);
        resolved.set(key, undefined);
      }
    }
  }

  const env: RuleValue[] = new Array<RuleValue>(compiled.symbols.size).fill(undefined);
  for (const [name, sym] of compiled.symbols) {
    if (isParamName(name)) env[sym.slot] = parameterRuleValue(resolved.get(name.slice(6)), zone);
    else if (Object.hasOwn(reportFacts, name)) env[sym.slot] = reportFacts[name];
    else env[sym.slot] = household?.[name];
  }

  const parameterInfo = (key: string): ReasonParameter | undefined => {
    const p = resolved.get(key);
    if (!p) return notInForce.has(key) ? { key, value: null, from: asOf, status: 'not-in-force', verified: false } : undefined;
    const source = p.sourceId !== undefined && p.source
      ? { id: p.sourceId, title: p.source.title, issuer: p.source.issuer, date: p.source.date, ...(p.source.number ? { number: p.source.number } : {}) }
      : undefined;
    return { key, value: parameterText(p, zone) ?? null, from: p.from, status: p.status, verified: p.verified, ...(source ? { source } : {}) };
  };
  return { env, asOf, parameterInfo };
}
