import type { Issue } from '../errors/index.js';
import type { PolicyPackFile } from '../schema/index.js';
import { packIssue } from './messages.js';

/**
 * The changelog agrees with the version: the newest change (highest version) is the pack's own version,
 * and no version is listed twice. A pack without changes is not checked.
 *
 * @param file - the pack file as written (its own changes, not its parent's)
 * @returns the issues, pathed at `version` or at the change
 */
export function checkChanges(file: PolicyPackFile): Issue[] {
  const changes = file.changes ?? [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  changes.forEach((c, i) => {
    if (seen.has(c.version))
      issues.push(packIssue('changes_duplicate_version', ['changes', i, 'version'], { version: c.version }));
    seen.add(c.version);
  });
  const newest = changes
    .map((c) => c.version)
    .sort(compareVersions)
    .at(-1);
  if (newest !== undefined && compareVersions(newest, file.version) !== 0)
    issues.push(packIssue('changes_version_mismatch', ['version'], { version: file.version, newest }));
  return issues;
}

/**
 * Orders semantic versions: by major, minor and patch numbers, a pre-release before its release.
 *
 * @example
 * ['1.10.0', '1.2.0', '1.2.0-rc.1'].sort(compareVersions); // ['1.2.0-rc.1', '1.2.0', '1.10.0']
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitOnce(a, '-');
  const [coreB = '', preB] = splitOnce(b, '-');
  const x = coreA.split('.').map(Number);
  const y = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
