import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import { InputError, PackError } from '../errors/index.js';
import { validatePack, type PackInput, type PolicyPack } from '../pack/index.js';
import type { LoadPackOptions } from './load.js';
import { packIssue as revisionIssue } from '../pack/index.js';

/** Options of {@link loadPackAtRevision}. */
export interface LoadPackAtRevisionOptions extends LoadPackOptions {
  /** The directory git runs in; the pack directory of the spec is relative to it. Default: the working directory. */
  readonly cwd?: string;
}

/**
 * Loads and validates a pack as it was at a git revision: `<revision>:<pack dir>` (or `<revision>:<dir>/pack.yaml`),
 * such as `origin/main:policies/chengdu`. The parent named by `extends` is read at the same revision from
 * the sibling directory (`../<id>/pack.yaml`), else taken from `options.parents`, so an old city pack is
 * judged with the national baseline of its own time. Issues name their file as `<revision>:<path>`.
 *
 * @param spec - `<revision>:<directory>`; the directory is relative to `options.cwd`
 * @param options - `cwd` for git, `parents` to fall back on (e.g. the bundled `packs`), `today` for staleness
 * @returns the validated pack
 * @throws {InputError} `pack_revision_spec_invalid` when the spec is not `<revision>:<directory>`
 * @throws {PackError} `pack_not_found` when git has no pack file there (unknown revision, path, or not a
 *   repository); `pack_invalid` with every issue when the pack (or its parent) does not validate
 * @example
 * const before = loadPackAtRevision('origin/main:policies/chengdu', { parents: packs });
 * const after = loadPack('policies/chengdu', { parents: packs });
 * renderDiffMarkdown(diffPacks(before, after));
 */
export function loadPackAtRevision(spec: string, options: LoadPackAtRevisionOptions = {}): PolicyPack {
  const { revision, dir } = parseRevisionSpec(spec);
  const read = (packDir: string): PackInput | undefined => {
    const text = gitShow(revision, `${packDir}/pack.yaml`, options.cwd);
    return text === undefined ? undefined : { text, file: `${revision}:${packDir}/pack.yaml` };
  };
  const input = read(dir);
  if (!input) {
    throw new PackError('pack_not_found', `No pack at ${revision}:${dir}/pack.yaml`, [
      revisionIssue('pack_revision_not_found', [], { revision, file: `${dir}/pack.yaml` }),
    ]);
  }
  const r = validatePack(input, {
    ...(options.today ? { today: options.today } : {}),
    id: posix.basename(dir),
    resolveParent: (id) => read(posix.join(posix.dirname(dir), id)) ?? options.parents?.[id],
  });
  if (!r.ok) throw new PackError('pack_invalid', `Policy pack ${input.file} is invalid`, r.issues);
  return r.value;
}

/** `origin/main:policies/chengdu/` → `{ revision: 'origin/main', dir: 'policies/chengdu' }`. */
function parseRevisionSpec(spec: string): { revision: string; dir: string } {
  const m = /^([^:]+):(.+)$/.exec(spec);
  const dir = m?.[2]?.replace(/\/pack\.yaml$/, '').replace(/\/+$/, '');
  // A revision starting with '-' would reach git as an option.
  if (!m || !dir || m[1]!.startsWith('-')) {
    throw new InputError('pack_revision_spec_invalid', `Not a <revision>:<directory> spec: ${spec}`, [
      revisionIssue('pack_revision_spec_invalid', [], { spec }),
    ]);
  }
  return { revision: m[1]!, dir };
}

/** A file at a git revision (`git show <rev>:./<path>`, relative to `cwd`), or undefined when it is not there. */
function gitShow(revision: string, path: string, cwd: string | undefined): string | undefined {
  try {
    return execFileSync('git', ['show', `${revision}:./${path}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
      ...(cwd !== undefined ? { cwd } : {}),
    });
  } catch {
    return undefined;
  }
}
