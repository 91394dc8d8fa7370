import { write, type TextLanguage } from './localize.js';
import { NOTE_WORDS } from './messages.js';
import type { DecisionNote } from './types.js';

/** A note's text in the decision's languages. */
export function noteText<C extends keyof typeof NOTE_WORDS>(
  lang: TextLanguage,
  code: C,
  ...args: Parameters<(typeof NOTE_WORDS)[C]['zh']>
): DecisionNote['text'] {
  return write(lang, NOTE_WORDS[code] as never, ...(args as never[])) as DecisionNote['text'];
}
