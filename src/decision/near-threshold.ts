import { getFactDefinition } from '../schema/index.js';
import type { Judgements } from '../engine/index.js';
import { formatDifference, formatNumeric } from '../money/index.js';
import { NO_TEXT, write, type TextLanguage } from './localize.js';
import { DECISION_WORDS } from './messages.js';
import { describeDistance, labelOf } from './reasons.js';
import type { NearThresholdEntry } from './types.js';

/** The near-threshold tests of a decision, with the exact margin and a sentence for the caseworker. */
export function nearThresholdEntries(j: Judgements, lang: TextLanguage): NearThresholdEntry[] {
  const pack = j.day.pack;
  return j.near.map((n) => {
    const margin = formatDifference(n.left, n.right, 100);
    // The compact form keeps no text: nothing to look up or format for it.
    const text = (
      lang === 'none'
        ? NO_TEXT
        : write(
            lang,
            DECISION_WORDS.near,
            labelOf(pack, n.fact, getFactDefinition),
            formatNumeric(n.left, 100),
            describeDistance(margin.text, margin.sign, true, lang),
            labelOf(pack, `param:${n.parameter}`, getFactDefinition),
            formatNumeric(n.right, 100),
          )
    ) as NearThresholdEntry['text'];
    return { programme: n.programme, fact: n.fact, parameter: n.parameter, margin: margin.text, text };
  });
}
