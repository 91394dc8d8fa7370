import type { Bilingual, Issue, Severity } from './issue.js';

/** The values a message talks about; they are also kept on the issue for machines. */
export type MessageArgs = Readonly<Record<string, unknown>>;

/** The wording of one issue code: its arguments in, Chinese and English text out. */
export type MessageText = (args: MessageArgs) => Bilingual;

/**
 * One code's wording with its help: the text, and a one-line hint on how to put the input right, kept
 * next to the message so that `docs/errors.md` and the message never drift apart.
 *
 * @example
 * const entry: MessageEntry = {
 *   text: (a) => ({ zh: `未知的来源 ${a.source}`, en: `Unknown source ${a.source}` }),
 *   fix: { zh: '在 sources 中声明该来源', en: 'Declare the source under sources' },
 * };
 */
export interface MessageEntry {
  readonly text: MessageText;
  /** How to fix it, in one line per language. */
  readonly fix?: Bilingual;
  /** `warning` for a code that never rejects its input (a figure not verified); default `error`. */
  readonly severity?: Severity;
  /**
   * For a text that reads differently depending on an argument (`reason`, or whether `suggestion` is set):
   * the arguments that select each wording, so the documentation can show every one. A key set to
   * `undefined` stands for an absent argument.
   */
  readonly variants?: readonly MessageArgs[];
}

/**
 * The wording of one area's issues, kept apart from detection: detectors produce a code and its
 * arguments, the catalogue turns them into Chinese and English. Tests assert codes and args, never text.
 * An entry is the text alone, or a {@link MessageEntry} carrying a fix hint too.
 */
export type MessageCatalog = Readonly<Record<string, MessageText | MessageEntry>>;

/** A field path inside a document: `['members', 0, 'incomes']`. */
export type IssuePath = readonly (string | number)[];

/**
 * Builds the issues of one area from its catalogue: `issue('bad_date', ['asOf'], { value })`. The severity
 * is the entry's own unless given.
 */
export type IssueFactory<C extends MessageCatalog> = (
  code: keyof C & string,
  path: IssuePath,
  args?: MessageArgs,
  severity?: Severity,
) => Issue;

/** A catalogue entry in its full form, whichever form it was written in. */
export function messageEntry(entry: MessageText | MessageEntry): MessageEntry {
  return typeof entry === 'function' ? { text: entry } : entry;
}

/**
 * The one way issues are made: a catalogue of messages in, a factory out. The code is checked against
 * the catalogue at compile time, so an issue cannot be raised without its wording in both languages.
 * Annotate the call `@__PURE__` (as every catalogue does): a bundler then drops a factory no code uses, and
 * its catalogue with it.
 *
 * @example
 * const MESSAGES = { bad_date: (a) => ({ zh: `无效日期 ${a.value}`, en: `Not a date: ${a.value}` }) } satisfies MessageCatalog;
 * const issue = createIssueFactory(MESSAGES);
 * issue('bad_date', ['asOf'], { value: '2022-13-01' });
 */
export function createIssueFactory<C extends MessageCatalog>(catalog: C): IssueFactory<C> {
  return (code, path, args = {}, severity) => {
    const entry = messageEntry(catalog[code]!);
    return {
      code,
      severity: severity ?? entry.severity ?? 'error',
      path: [...path],
      message: entry.text(args),
      ...(Object.keys(args).length ? { args } : {}),
    };
  };
}

/** The catalogue with every code prefixed: `prefixCatalog('calendar', { yaml_syntax })` has `calendar_yaml_syntax`. */
export type PrefixedCatalog<P extends string, C extends MessageCatalog> = {
  readonly [K in keyof C & string as `${P}_${K}`]: C[K];
};

/**
 * The same wording under prefixed codes, for detectors shared by several areas (the YAML reader, the
 * schema converter): each area reports `pack_unknown_key` or `report_unknown_key` from one entry.
 *
 * @example
 * const CALENDAR_YAML = prefixCatalog('calendar', YAML_MESSAGES); // { calendar_yaml_syntax: …, … }
 */
export function prefixCatalog<P extends string, C extends MessageCatalog>(
  prefix: P,
  catalog: C,
): PrefixedCatalog<P, C> {
  return Object.fromEntries(Object.entries(catalog).map(([code, entry]) => [`${prefix}_${code}`, entry])) as never;
}

/** A value as it appears inside a message: strings as they are, the rest as JSON, long text cut short. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : toJson(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** JSON where it exists; cycles, BigInts and functions (caller input can hold anything) as `String()`. */
function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A list inside a message, `a、b` in Chinese or `a, b` in English; anything else shown as a value. */
export function showList(value: unknown, separator: string): string {
  return Array.isArray(value) ? value.map((v) => showValue(v)).join(separator) : showValue(value);
}

/**
 * The "did you mean" tail of a message: `，是否指 "x"？` / `; did you mean "x"?` when the issue carries a
 * `suggestion`, nothing otherwise. Catalogue entries that use it list `DID_YOU_MEAN_VARIANTS` as variants.
 *
 * @example
 * const text = (a: MessageArgs) => ({ zh: `未知的来源 "${a.source}"${didYouMean(a).zh}`, en: `Unknown source "${a.source}"${didYouMean(a).en}` });
 */
export function didYouMean(args: MessageArgs): { readonly zh: string; readonly en: string } {
  return args.suggestion === undefined
    ? { zh: '', en: '' }
    : { zh: `，是否指 "${showValue(args.suggestion)}"？`, en: `; did you mean "${showValue(args.suggestion)}"?` };
}

/** The two wordings of a message with {@link didYouMean}: with a suggestion and without. */
export const DID_YOU_MEAN_VARIANTS: readonly MessageArgs[] = [{ suggestion: 'x' }, { suggestion: undefined }];
