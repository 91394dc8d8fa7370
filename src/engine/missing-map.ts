import type { PackOnDate } from '../pack/index.js';
import type { ProgrammeJudgement } from './decide.js';
import type { Environments } from './environment.js';

/**
 * What would settle each undetermined programme, by what to ask. A figure keyed by zone or hukou is
 * unknown only because the district or hukou is: ask for that. A fact unknown only because the pack does
 * not know how an income type counts is no question for the family: it is `income-rule:<type>`.
 */
export function missingFacts(
  day: PackOnDate,
  envs: Environments,
  programmes: readonly ProgrammeJudgement[],
): Map<string, readonly string[]> {
  const by = new Map<string, string[]>();
  for (const p of programmes) {
    if (p.status !== 'undetermined') continue;
    for (const f of p.missing) {
      const asked = askedFor(day, envs, f);
      const list = by.get(asked) ?? [];
      if (!list.includes(p.programme.def.id)) list.push(p.programme.def.id);
      by.set(asked, list);
    }
  }
  return by;
}

function askedFor(day: PackOnDate, envs: Environments, fact: string): string {
  if (envs.openFacts.has(fact)) return `income-rule:${envs.openIncome.join(',')}`;
  if (!fact.startsWith('param:')) return fact;
  const keyed = day.parameters.get(fact.slice(6));
  if (!keyed || typeof keyed.value !== 'object') return fact;
  if (keyed.by === 'hukou') return envs.keys.hukou === undefined ? 'hukou' : fact;
  return envs.keys.zone === undefined ? 'district' : fact;
}
