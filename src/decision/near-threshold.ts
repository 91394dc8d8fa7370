import { getFactDefinition } from '../schema/index.js';
import type { Judgements } from '../engine/index.js';
import { formatDifference, formatNumeric } from '../money/index.js';
import { write, type TextLanguage } from './localize.js';
import { DECISION_WORDS } from './messages.js';
import { describeDistance, labelOf } from './reasons.js';
import type { NearThresholdEntry } from './types.js';

/** The text of an entry of the compact form, which keeps none. */
const NO_TEXT = Object.freeze({}) as NearThresholdEntry['text'];

/** The near-threshold tests of a decision, with the exact margin and a sentence for the caseworker. */
export function nearThresholdEntries(j: Judgements, lang: TextLanguage): NearThresholdEntry[] {
  const pack = j.day.pack;
  return j.near.map((n) => {
    const margin = formatDifference(n.left, n.right, 100);
    if (lang === 'none')
      return { programme: n.programme, fact: n.fact, parameter: n.parameter, margin: margin.text, text: NO_TEXT };
    const text = write(
      lang,
      DECISION_WORDS.near,
      labelOf(pack, n.fact, getFactDefinition),
      formatNumeric(n.left, 100),
      describeDistance(margin.text, margin.sign, true, lang),
      labelOf(pack, `param:${n.parameter}`, getFactDefinition),
      formatNumeric(n.right, 100),
    ) as NearThresholdEntry['text'];
    return { programme: n.programme, fact: n.fact, parameter: n.parameter, margin: margin.text, text };
  });
}
