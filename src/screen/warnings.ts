import type { Judgements } from '../engine/index.js';
import { formatDifference } from '../money/index.js';
import { SCREEN_TEXT } from './messages.js';
import type { ScreenWarning } from './types.js';

/**
 * The warnings a household's judgements imply: missed and wrong assistance, transitions, and edge-watch
 * for stronger programmes narrowly missed. Coverage is what the household says it receives (`coverage`)
 * and each member's `benefits`.
 */
export function screenWarnings(j: Judgements): ScreenWarning[] {
  return [...missedWarnings(j), ...wrongWarnings(j), ...transitionWarnings(j), ...edgeWatchWarnings(j)];
}

/** Eligible, not received (by the household, or by the member for member programmes). */
function missedWarnings(j: Judgements): ScreenWarning[] {
  const coverage = new Set<string>(j.household.coverage ?? []);
  const benefits = j.household.members.map((m) => new Set<string>(m.benefits ?? []));
  const anyoneReceives = (cat: string) => coverage.has(cat) || benefits.some((b) => b.has(cat));
  const out: ScreenWarning[] = [];
  for (const p of j.programmes) {
    const { id, category, name } = p.programme.def;
    if (p.members) {
      for (const m of p.members) {
        if (m.status === 'eligible' && !benefits[m.index]!.has(category) && !coverage.has(category)) {
          out.push({ kind: 'missed', programme: id, category, member: m.index, text: SCREEN_TEXT.missed(name) });
        }
      }
    } else if (p.status === 'eligible' && !anyoneReceives(category)) {
      out.push({ kind: 'missed', programme: id, category, text: SCREEN_TEXT.missed(name) });
    }
  }
  return out;
}

/** Received, and every programme of that category is decided: none eligible, none undetermined. */
function wrongWarnings(j: Judgements): ScreenWarning[] {
  const received = new Set<string>(j.household.coverage ?? []);
  for (const m of j.household.members) for (const b of m.benefits ?? []) received.add(b);
  const out: ScreenWarning[] = [];
  for (const category of received) {
    const ofCategory = j.programmes.filter((p) => p.programme.def.category === category);
    const first = ofCategory[0];
    if (!first || !ofCategory.every((p) => p.status === 'ineligible' || p.status === 'not-applicable')) continue;
    out.push({
      kind: 'wrong',
      category,
      programme: first.programme.def.id,
      text: SCREEN_TEXT.wrong(first.programme.def.name),
    });
  }
  return out;
}

function transitionWarnings(j: Judgements): ScreenWarning[] {
  return j.transitions.map(({ rule, member }) => ({
    kind: 'transition',
    transition: rule.id,
    member,
    text: SCREEN_TEXT.transition(rule.def.name, rule.def.advice),
  }));
}

/** A stronger household programme failed only by money tests within the pack's margin: watch. */
function edgeWatchWarnings(j: Judgements): ScreenWarning[] {
  return j.nearMisses.map(({ judgement, failed }) => {
    const { id, category, name } = judgement.programme.def;
    const margin = formatDifference(failed[0]!.left, failed[0]!.right, 100).text;
    const distance = margin.startsWith('-') ? margin.slice(1) : margin;
    return { kind: 'edge-watch', programme: id, category, margin, text: SCREEN_TEXT.edgeWatch(name, distance) };
  });
}
