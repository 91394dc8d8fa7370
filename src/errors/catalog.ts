import type { Bilingual, Issue, Severity } from './issue.js';

/** The values a message talks about; they are also kept on the issue for machines. */
export type MessageArgs = Readonly<Record<string, unknown>>;

/**
 * The wording of one area's issues, kept apart from detection: detectors produce a code and its
 * arguments, the catalogue turns them into Chinese and English. Tests assert codes and args, never text.
 */
export type MessageCatalog = Readonly<Record<string, (args: MessageArgs) => Bilingual>>;

/** A field path inside a document: `['members', 0, 'incomes']`. */
export type IssuePath = readonly (string | number)[];

/** Builds the issues of one area from its catalogue: `issue('bad_date', ['asOf'], { value })`. */
export type IssueFactory<C extends MessageCatalog> = (
  code: keyof C & string,
  path: IssuePath,
  args?: MessageArgs,
  severity?: Severity,
) => Issue;

/**
 * The one way issues are made: a catalogue of messages in, a factory out. The code is checked against
 * the catalogue at compile time, so an issue cannot be raised without its wording in both languages.
 *
 * @example
 * const MESSAGES = { bad_date: (a) => ({ zh: `无效日期 ${a.value}`, en: `Not a date: ${a.value}` }) } satisfies MessageCatalog;
 * const issue = createIssueFactory(MESSAGES);
 * issue('bad_date', ['asOf'], { value: '2022-13-01' });
 */
export function createIssueFactory<C extends MessageCatalog>(catalog: C): IssueFactory<C> {
  return (code, path, args = {}, severity = 'error') => ({
    code,
    severity,
    path: [...path],
    message: catalog[code]!(args),
    ...(Object.keys(args).length ? { args } : {}),
  });
}

/** A value as it appears inside a message: strings as they are, the rest as JSON, long text cut short. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
