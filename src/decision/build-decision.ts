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
import type { Bilingual } from '../errors/index.js';
import type { ResolveOptions } from '../pack/index.js';
import { localize, type TextLanguage } from './localize.js';
import type { Decision, DecisionFacts, DecisionOptions, DecisionOutcome } from './types.js';

/**
 * The explained decision of a household's judgements: reasons, actions, what to ask, notes, provenance, with
 * every text in `lang` (both languages by default).
 */
export function buildDecision(j: Judgements, lang: TextLanguage = 'both'): Decision {
  const { day, household } = j;
  const programmes = programmeResults(j, lang);
  const nearThreshold = nearThresholdEntries(j, lang);
  // Built in place, in the order of the type (no spread of optional parts): the JSON is byte-stable.
  const d: { -readonly [K in keyof Decision]: Decision[K] } = {
    packId: day.pack.id,
    packVersion: day.pack.version,
    packDigest: packDigest(day.pack),
    sdkVersion: VERSION,
    asOf: day.asOf,
    options: decisionOptions(day.options, lang),
  } as Decision;
  if (household.id !== undefined) d.householdId = household.id;
  d.category = j.category;
  if (j.outcome) d.outcome = outcomeOf(j, lang);
  d.categoryCertain = j.categoryCertain;
  if (j.tier) d.tier = { id: j.tier.id, name: localize(lang, j.tier.def.name) as Bilingual };
  // The compact form keeps no facts: not formatting them is a fifth of its cost.
  d.facts = lang === 'none' ? NO_FACTS : displayFacts(j);
  d.programmes = programmes;
  d.actions = decisionActions(j, programmes, nearThreshold, lang);
  d.missing = missingFacts(j, lang);
  d.nearThreshold = nearThreshold;
  d.notes = decisionNotes(j, programmes, lang);
  return d;
}

/** The options that shaped a decision, as it records them: only those set. */
function decisionOptions(options: ResolveOptions, lang: TextLanguage): DecisionOptions {
  const out: { -readonly [K in keyof DecisionOptions]: DecisionOptions[K] } = {};
  if (options.overrides && Object.keys(options.overrides).length) out.overrides = options.overrides;
  if (options.lastKnown) out.lastKnown = true;
  if (options.knownAt) out.knownAt = options.knownAt;
  if (lang === 'zh' || lang === 'en') out.lang = lang;
  return out;
}

/** The programme the category comes from, and for a member programme the members it covers. */
function outcomeOf(j: Judgements, lang: TextLanguage): DecisionOutcome {
  const o = j.outcome!;
  const members = o.members?.filter((m) => m.status === 'eligible').map((m) => m.index);
  return {
    programme: o.programme.def.id,
    name: localize(lang, o.programme.def.name) as Bilingual,
    category: j.category,
    ...(members ? { members } : {}),
  };
}

/** Household facts shown in a decision, with the scale each is displayed at. */
const DISPLAYED_FACTS: readonly (readonly [string, number])[] = FACT_CATALOG.filter(
  (f) => f.scope === 'household' && f.name !== 'eligibleCategories',
).map((f) => [f.name, f.kind === 'money' ? 100 : 1] as const);

const NO_FACTS = Object.freeze({}) as DecisionFacts;

function displayFacts(j: Judgements): DecisionFacts {
  const out: Record<string, string | boolean | readonly string[] | null> = {};
  for (const [name, scale] of DISPLAYED_FACTS) out[name] = formatRuleValue(j.facts.household[name], scale);
  // Every household fact of the catalogue is set above, each shown as its kind says (a type test keeps them equal).
  return out as unknown as DecisionFacts;
}
