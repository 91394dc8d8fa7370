import type { Judgements } from '../engine/index.js';
import { formatDifference, formatNumeric } from '../money/index.js';
import { DECISION_TEXT } from './messages.js';
import { describeDistance, labelOf } from './reasons.js';
import type { NearThresholdEntry } from './types.js';

/** The near-threshold tests of a decision, with the exact margin and a sentence for the caseworker. */
export function nearThresholdEntries(j: Judgements): NearThresholdEntry[] {
  const pack = j.day.pack;
  return j.near.map((n) => {
    const margin = formatDifference(n.left, n.right, 100);
    const text = DECISION_TEXT.near(
      labelOf(pack, n.fact),
      formatNumeric(n.left, 100),
      describeDistance(margin.text, margin.sign, true),
      labelOf(pack, `param:${n.parameter}`),
      formatNumeric(n.right, 100),
    );
    return { programme: n.programme, fact: n.fact, parameter: n.parameter, margin: margin.text, text };
  });
}
