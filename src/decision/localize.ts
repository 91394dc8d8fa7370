import type { Bilingual } from '../errors/index.js';

/**
 * The languages a decision's texts are written in: Chinese, English, or both (the default).
 *
 * @example
 * const lang: DecisionLanguage = 'en';
 */
export type DecisionLanguage = 'zh' | 'en' | 'both';

/**
 * A text of a decision in the languages asked for: `{ zh }`, `{ en }`, or both (a {@link Bilingual}).
 *
 * @example
 * const t: LocalizedText<'en'> = { en: 'Grant: Subsistence allowance (dibao)' };
 */
export type LocalizedText<L extends DecisionLanguage = 'both'> = L extends 'zh'
  ? { readonly zh: string }
  : L extends 'en'
    ? { readonly en: string }
    : Bilingual;

/**
 * The languages the builders write in: those asked for, or none (the compact form, which keeps no text: every
 * text is then an empty object, never read).
 */
export type TextLanguage = DecisionLanguage | 'none';

/** Every text of the compact form, which keeps none (never read). */
export const NO_TEXT = Object.freeze({}) as Text;

/** A text as the builders make it, in whichever languages were asked for. */
export type Text = { readonly zh: string; readonly en: string } | { readonly zh: string } | { readonly en: string };

/** The wording of one message in each language, from the same arguments (a template per language). */
export interface Words<A extends readonly unknown[]> {
  readonly zh: (...args: A) => string;
  readonly en: (...args: A) => string;
}

/**
 * Writes a message in the languages asked for, and only in those: one language costs one template. Key order
 * (zh, then en) is that of a {@link Bilingual}.
 */
export function write<A extends readonly unknown[]>(lang: TextLanguage, words: Words<A>, ...args: A): Text {
  if (lang === 'none') return NO_TEXT;
  if (lang === 'en') return { en: words.en(...args) };
  if (lang === 'zh') return { zh: words.zh(...args) };
  return { zh: words.zh(...args), en: words.en(...args) };
}

/**
 * A text of the pack (a programme's name, a label) in the languages asked for: both, the pack's own object; one,
 * a copy with that language only.
 */
export function localize(lang: TextLanguage, text: Bilingual): Text {
  if (lang === 'both') return text;
  if (lang === 'none') return NO_TEXT;
  return lang === 'zh' ? { zh: text.zh } : { en: text.en };
}
