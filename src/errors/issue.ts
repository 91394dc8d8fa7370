/** A bilingual text: Chinese first, English beside it. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** How serious an issue is: errors reject the input, warnings are reported and let it through. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a pack, a calendar, a household or a report.
 * Validation collects every issue at once; callers should assert on `code` and `path`, never on wording.
 */
export interface Issue {
  /** Stable snake_case code with a domain prefix, e.g. `param_dates_out_of_order`. */
  readonly code: string;
  readonly severity: Severity;
  /** Field path inside the document, e.g. `['parameters', 'dibao.standard', 'values', 2, 'from']`. */
  readonly path: readonly (string | number)[];
  readonly message: Bilingual;
  /** The values the message talks about, for machines. */
  readonly args?: Readonly<Record<string, unknown>>;
  /** Source file, when the input came from a file. */
  readonly file?: string;
  /** 1-based line and column of the offending node, when known. */
  readonly line?: number;
  readonly col?: number;
}

/** Formats a path as `a.b[2].c` for people. Keys with dots are quoted: `parameters["dibao.standard"]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Formats an issue on one line: `file:line:col  path  zh / en`. */
export function formatIssue(issue: Issue): string {
  const where = issue.file
    ? `${issue.file}${issue.line ? `:${issue.line}:${issue.col ?? 1}` : ''}`
    : issue.line
      ? `${issue.line}:${issue.col ?? 1}`
      : '';
  const path = formatPath(issue.path);
  const head = [where, path].filter(Boolean).join('  ');
  return `${head ? `${head}  ` : ''}${issue.severity === 'warning' ? '[warning] ' : ''}${issue.message.zh} / ${issue.message.en}`;
}
