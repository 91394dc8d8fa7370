import type { Judgements } from '../engine/index.js';
import { packDigest } from '../pack/index.js';
import { FACT_CATALOG } from '../schema/index.js';
import { VERSION } from '../version.js';
import { decisionActions } from './actions.js';
import { formatRuleValue } from './display-value.js';
import { missingFacts } from './missing-facts.js';
import { nearThresholdEntries } from './near-threshold.js';
import { decisionNotes } from './notes.js';
import { programmeResults } from './programme-results.js';
import type { Decision, DecisionFacts, DecisionOutcome } from './types.js';

/** The explained decision of a household's judgements: reasons, actions, what to ask, notes, provenance. */
export function buildDecision(j: Judgements): Decision {
  const { day, household } = j;
  const programmes = programmeResults(j);
  const nearThreshold = nearThresholdEntries(j);
  const options = day.options;
  return {
    packId: day.pack.id,
    packVersion: day.pack.version,
    packDigest: packDigest(day.pack),
    sdkVersion: VERSION,
    asOf: day.asOf,
    options: {
      ...(options.overrides && Object.keys(options.overrides).length ? { overrides: options.overrides } : {}),
      ...(options.lastKnown ? { lastKnown: true } : {}),
      ...(options.knownAt ? { knownAt: options.knownAt } : {}),
    },
    ...(household.id !== undefined ? { householdId: household.id } : {}),
    category: j.category,
    ...(j.outcome ? { outcome: outcomeOf(j) } : {}),
    categoryCertain: j.categoryCertain,
    ...(j.tier ? { tier: { id: j.tier.id, name: j.tier.def.name } } : {}),
    facts: displayFacts(j),
    programmes,
    actions: decisionActions(j, programmes, nearThreshold),
    missing: missingFacts(j),
    nearThreshold,
    notes: decisionNotes(j, programmes),
  };
}

/** The programme the category comes from, and for a member programme the members it covers. */
function outcomeOf(j: Judgements): DecisionOutcome | undefined {
  const o = j.outcome;
  if (!o) return undefined;
  const members = o.members?.filter((m) => m.status === 'eligible').map((m) => m.index);
  return {
    programme: o.programme.def.id,
    name: o.programme.def.name,
    category: j.category,
    ...(members ? { members } : {}),
  };
}

/** Household facts shown in a decision, with the scale each is displayed at. */
const DISPLAYED_FACTS: readonly (readonly [string, number])[] = FACT_CATALOG.filter(
  (f) => f.scope === 'household' && f.name !== 'eligibleCategories',
).map((f) => [f.name, f.kind === 'money' ? 100 : 1] as const);

function displayFacts(j: Judgements): DecisionFacts {
  const out: Record<string, string | boolean | readonly string[] | null> = {};
  for (const [name, scale] of DISPLAYED_FACTS) out[name] = formatRuleValue(j.facts.household[name], scale);
  // Every household fact of the catalogue is set above, each shown as its kind says (a type test keeps them equal).
  return out as unknown as DecisionFacts;
}
