import { addReviewPeriod } from '../calendar/index.js';
import type { Judgements } from '../engine/index.js';
import { ACTION_TEXT, DECISION_TEXT } from './messages.js';
import type { DecisionAction, NearThresholdEntry, ProgrammeResult } from './types.js';

/**
 * What a caseworker should do next, in order: the actions the pack attaches to eligible programmes,
 * explanations of stronger programmes missed on figures, the key-concern list for a near miss,
 * transitions, referrals, and the review cycle of the difficulty tier.
 */
export function decisionActions(
  j: Judgements,
  results: readonly ProgrammeResult[],
  near: readonly NearThresholdEntry[],
): DecisionAction[] {
  const actions: DecisionAction[] = [...programmeActions(j), ...informActions(j, results)];
  const nearMiss = nearMissAction(j, near);
  if (nearMiss && !actions.some((a) => a.kind === 'key-concern-list')) actions.push(nearMiss);
  actions.push(...transitionActions(j), ...referralActions(j));
  const monitor = monitorAction(j);
  if (monitor) actions.push(monitor);
  const review = reviewAction(j);
  if (review) actions.push(review);
  return actions;
}

function programmeActions(j: Judgements): DecisionAction[] {
  const pack = j.day.pack;
  return j.actions.map(({ programme, def, members }) => {
    const department = def.department !== undefined ? pack.referrals[def.department] : undefined;
    return {
      kind: def.kind,
      programme: programme.def.id,
      ...(department ? { department: { id: def.department!, name: department.department } } : {}),
      ...(members ? { members } : {}),
      text: def.text ?? ACTION_TEXT[def.kind](programme.def.name),
    };
  });
}

/**
 * Explains a stronger household programme the household missed, with what failed and by how much —
 * only where figures decided it: that is what a caseworker can explain and what could change.
 */
function informActions(j: Judgements, results: readonly ProgrammeResult[]): DecisionAction[] {
  const out: DecisionAction[] = [];
  j.programmes.forEach((p, i) => {
    const def = p.programme.def;
    if (p.status !== 'ineligible' || p.programme.scope !== 'household' || def.rank >= j.strongestRank) return;
    const failed = results[i]!.reasons.filter((x) => x.result === false);
    if (!failed.length || !failed.every((x) => x.margin !== undefined)) return;
    out.push({
      kind: 'inform',
      programme: def.id,
      text: DECISION_TEXT.notEligible(
        def.name,
        failed.map((f) => f.text),
      ),
    });
  });
  return out;
}

/** A stronger programme narrowly missed goes on the key-concern list (dynamic monitoring). */
function nearMissAction(j: Judgements, near: readonly NearThresholdEntry[]): DecisionAction | undefined {
  const miss = j.nearMisses[0];
  if (!miss) return undefined;
  const id = miss.judgement.programme.def.id;
  // Entries are made one per engine near test, in the same order.
  const entry = near[j.near.indexOf(miss.failed[0]!)];
  return entry ? { kind: 'key-concern-list', programme: id, text: DECISION_TEXT.nearMiss(entry.text) } : undefined;
}

function transitionActions(j: Judgements): DecisionAction[] {
  return j.transitions.map(({ rule, member }) => ({
    kind: 'transition',
    transition: rule.id,
    members: [member],
    text: DECISION_TEXT.transition(rule.def.name, rule.def.advice),
  }));
}

function referralActions(j: Judgements): DecisionAction[] {
  return j.referrals.map((r) => ({
    kind: 'refer',
    department: { id: r.id, name: r.def.department },
    text: DECISION_TEXT.refer(r.def.department, r.def.name),
  }));
}

function monitorAction(j: Judgements): DecisionAction | undefined {
  const cycleId = j.tier?.def.cycle;
  const cycle = cycleId !== undefined ? j.day.pack.cycles[cycleId] : undefined;
  if (!cycle || cycleId === undefined) return undefined;
  const nextDue = addReviewPeriod(j.day.asOf, cycle.every, j.day.pack.timezone);
  return {
    kind: 'monitor',
    cycle: { id: cycleId, name: cycle.name, nextDue },
    text: DECISION_TEXT.monitor(cycle.name),
  };
}

/** The re-check (核查) cycle of the first review rule that holds, with the next due day. */
function reviewAction(j: Judgements): DecisionAction | undefined {
  const rule = j.review;
  const cycle = rule ? j.day.pack.cycles[rule.def.cycle] : undefined;
  if (!rule || !cycle) return undefined;
  const nextDue = addReviewPeriod(j.day.asOf, cycle.every, j.day.pack.timezone);
  return {
    kind: 'review',
    review: rule.id,
    cycle: { id: rule.def.cycle, name: cycle.name, nextDue },
    text: DECISION_TEXT.review(rule.def.name, cycle.name),
  };
}
