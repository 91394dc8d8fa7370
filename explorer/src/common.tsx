/** Small pieces several views share: a cited source, a verification mark, a list of issues. */
import { formatIssue, formatPath, type Issue, type PolicyPack } from 'safetynet-cn';
import type { ComponentChildren } from 'preact';
import { type Lang, t, type UiKey, useLang } from './i18n.js';

type SourceLike = {
  readonly title: string;
  readonly issuer: string;
  readonly number?: string;
  readonly date: string;
  readonly url?: string;
};

/** A verification mark that does not rely on colour: ✓ verified, ⚠ unverified. */
export function Verified(props: { verified: boolean }) {
  const lang = useLang();
  return props.verified ? (
    <span class="mark ok">✓ {t('verified', lang)}</span>
  ) : (
    <span class="mark warn">⚠ {t('unverified', lang)}</span>
  );
}

/** A cited document: title, number, issuer and date, linked when the pack gives a URL. */
export function Cite(props: { source: SourceLike | undefined; id?: string }) {
  const s = props.source;
  if (!s) return props.id ? <code>{props.id}</code> : null;
  const title = s.url ? (
    <a href={s.url} target="_blank" rel="noopener noreferrer">
      {s.title}
    </a>
  ) : (
    s.title
  );
  return (
    <span class="cite">
      《{title}》{s.number ? ` ${s.number}` : ''} · {s.issuer} · {s.date}
    </span>
  );
}

/** A pack's source by id, with its verification mark. */
export function PackSource(props: { pack: PolicyPack; id: string | undefined; verified?: boolean }) {
  if (props.id === undefined) return null;
  const source = props.pack.sources[props.id];
  return (
    <span>
      <Cite source={source} id={props.id} /> <Verified verified={props.verified ?? source?.verified ?? false} />
    </span>
  );
}

/** Issues as `safetynet validate` prints them (file:line:col, path, both languages), with the line pointed at. */
export function IssueList(props: { issues: readonly Issue[]; texts?: ReadonlyMap<string, string>; testId?: string }) {
  return (
    <ul class="issues" data-testid={props.testId}>
      {props.issues.map((issue, i) => (
        <li key={i} class={issue.severity === 'warning' ? 'warning' : 'error'}>
          <code class="issue-line">{formatIssue(issue)}</code>
          <Excerpt issue={issue} texts={props.texts} />
        </li>
      ))}
    </ul>
  );
}

/** The line of the file an issue points at, with a caret under the column. */
function Excerpt(props: { issue: Issue; texts: ReadonlyMap<string, string> | undefined }) {
  const { issue, texts } = props;
  if (!issue.file || !issue.line || !texts) return null;
  const line = texts.get(issue.file)?.split(/\r?\n/)[issue.line - 1];
  if (line === undefined) return null;
  const caret = `${' '.repeat(Math.max(0, (issue.col ?? 1) - 1))}^`;
  return <pre class="excerpt">{`${String(issue.line).padStart(4)} | ${line}\n     | ${caret}`}</pre>;
}

/** An issue in one language, for places where space is short: "members[0].birthDate: message". */
export function issueText(issue: Issue, lang: Lang): string {
  const path = formatPath(issue.path);
  return `${path ? `${path}: ` : ''}${issue.message[lang]}`;
}

/** A text of the library's renderers: its `code` spans as code, the rest as it is. */
export function CodeText(props: { text: string }) {
  // split with a capture group puts the code spans at the odd places.
  const parts = props.text.split(/`([^`]*)`/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

/** A table that scrolls sideways on a narrow screen, its column heads in the page's words. */
export function Table(props: {
  head: readonly UiKey[];
  caption?: string;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}) {
  const lang = useLang();
  return (
    <div class="table-wrap">
      <table class={props.class} data-testid={props.testId}>
        {props.caption && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            {props.head.map((key) => (
              <th key={key} scope="col">
                {t(key, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
