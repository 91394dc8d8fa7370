import { addReviewPeriod } from '../calendar/index.js';
import type { Judgements } from '../engine/index.js';
import type { Bilingual } from '../errors/index.js';
import { localize, write, type TextLanguage } from './localize.js';
import { ACTION_WORDS, DECISION_WORDS } from './messages.js';
import type { DecisionAction, NearThresholdEntry, ProgrammeResult } from './types.js';

type Text = DecisionAction['text'];

/**
 * What a caseworker should do next, in order: the actions the pack attaches to eligible programmes,
 * explanations of stronger programmes missed on figures, the key-concern list for a near miss,
 * transitions, referrals, and the review cycle of the difficulty tier.
 */
export function decisionActions(
  j: Judgements,
  results: readonly ProgrammeResult[],
  near: readonly NearThresholdEntry[],
  lang: TextLanguage,
): DecisionAction[] {
  const actions: DecisionAction[] = [...programmeActions(j, lang), ...informActions(j, results, lang)];
  const nearMiss = nearMissAction(j, near, lang);
  if (nearMiss && !actions.some((a) => a.kind === 'key-concern-list')) actions.push(nearMiss);
  actions.push(...transitionActions(j, lang), ...referralActions(j, lang));
  const monitor = monitorAction(j, lang);
  if (monitor) actions.push(monitor);
  const review = reviewAction(j, lang);
  if (review) actions.push(review);
  return actions;
}

/** A text of the pack (a name, an action's own words) in the decision's languages. */
const own = (lang: TextLanguage, text: Bilingual) => localize(lang, text) as Text;

function programmeActions(j: Judgements, lang: TextLanguage): DecisionAction[] {
  const pack = j.day.pack;
  return j.actions.map(({ programme, def, members }) => {
    const department = def.department !== undefined ? pack.referrals[def.department] : undefined;
    return {
      kind: def.kind,
      programme: programme.def.id,
      ...(department ? { department: { id: def.department!, name: own(lang, department.department) } } : {}),
      ...(members ? { members } : {}),
      text: def.text ? own(lang, def.text) : (write(lang, ACTION_WORDS[def.kind], programme.def.name) as Text),
    };
  });
}

/**
 * Explains a stronger household programme the household missed, with what failed and by how much —
 * only where figures decided it: that is what a caseworker can explain and what could change.
 */
function informActions(j: Judgements, results: readonly ProgrammeResult[], lang: TextLanguage): DecisionAction[] {
  const out: DecisionAction[] = [];
  j.programmes.forEach((p, i) => {
    const def = p.programme.def;
    if (p.status !== 'ineligible' || p.programme.scope !== 'household' || def.rank >= j.strongestRank) return;
    const failed = results[i]!.reasons.filter((x) => x.result === false);
    if (!failed.length || !failed.every((x) => x.margin !== undefined)) return;
    out.push({
      kind: 'inform',
      programme: def.id,
      text: write(
        lang,
        DECISION_WORDS.notEligible,
        def.name,
        failed.map((f) => f.text),
      ) as Text,
    });
  });
  return out;
}

/** A stronger programme narrowly missed goes on the key-concern list (dynamic monitoring). */
function nearMissAction(
  j: Judgements,
  near: readonly NearThresholdEntry[],
  lang: TextLanguage,
): DecisionAction | undefined {
  const miss = j.nearMisses[0];
  if (!miss) return undefined;
  const id = miss.judgement.programme.def.id;
  // Entries are made one per engine near test, in the same order.
  const entry = near[j.near.indexOf(miss.failed[0]!)];
  if (!entry) return undefined;
  return { kind: 'key-concern-list', programme: id, text: write(lang, DECISION_WORDS.nearMiss, entry.text) as Text };
}

function transitionActions(j: Judgements, lang: TextLanguage): DecisionAction[] {
  return j.transitions.map(({ rule, member }) => ({
    kind: 'transition',
    transition: rule.id,
    members: [member],
    text: write(lang, DECISION_WORDS.transition, rule.def.name, rule.def.advice) as Text,
  }));
}

function referralActions(j: Judgements, lang: TextLanguage): DecisionAction[] {
  return j.referrals.map((r) => ({
    kind: 'refer',
    department: { id: r.id, name: own(lang, r.def.department) },
    text: write(lang, DECISION_WORDS.refer, r.def.department, r.def.name) as Text,
  }));
}

function monitorAction(j: Judgements, lang: TextLanguage): DecisionAction | undefined {
  const cycleId = j.tier?.def.cycle;
  const cycle = cycleId !== undefined ? j.day.pack.cycles[cycleId] : undefined;
  if (!cycle || cycleId === undefined) return undefined;
  const nextDue = addReviewPeriod(j.day.asOf, cycle.every, j.day.pack.timezone);
  return {
    kind: 'monitor',
    cycle: { id: cycleId, name: own(lang, cycle.name), nextDue },
    text: write(lang, DECISION_WORDS.monitor, cycle.name) as Text,
  };
}

/** The re-check (核查) cycle of the first review rule that holds, with the next due day. */
function reviewAction(j: Judgements, lang: TextLanguage): DecisionAction | undefined {
  const rule = j.review;
  const cycle = rule ? j.day.pack.cycles[rule.def.cycle] : undefined;
  if (!rule || !cycle) return undefined;
  const nextDue = addReviewPeriod(j.day.asOf, cycle.every, j.day.pack.timezone);
  return {
    kind: 'review',
    review: rule.id,
    cycle: { id: rule.def.cycle, name: own(lang, cycle.name), nextDue },
    text: write(lang, DECISION_WORDS.review, rule.def.name, cycle.name) as Text,
  };
}
