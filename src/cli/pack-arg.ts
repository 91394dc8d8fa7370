import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PackError } from '../errors/index.js';
import { loadPack, loadPackAtRevision, validatePackFile as validatePackFileAt } from '../node/index.js';
import {
  bundledPackIds,
  getBundledPack,
  packDigest,
  packIssue,
  packs,
  type PolicyPack,
  type ValidatePackResult,
} from '../pack/index.js';
import { suggestName } from '../rules/index.js';
import { VERSION } from '../version.js';

/** A pack named on the command line and where it was read from. */
export interface PackArg {
  readonly pack: PolicyPack;
  /** `bundled`, a file path, or `<rev>:<dir>`. */
  readonly origin: string;
  /** Set when `--pack <id>` chose the bundled pack while a different `policies/<id>` sits in the directory. */
  readonly shadowed?: string;
}

/** Validates a pack file; its parent comes from the sibling directory, else from the bundled packs. */
export function validatePackFile(file: string, today?: string, analyze = false): ValidatePackResult & { file: string } {
  return validatePackFileAt(file, { parents: packs, ...(today ? { today } : {}), analyze });
}

/**
 * A `--pack` argument: a directory or pack.yaml path, else the id of a bundled pack. An id that is neither
 * is an error naming the closest bundled id.
 *
 * @throws {PackError} `pack_not_found`, `pack_invalid`
 */
export function packFromArg(arg: string): PolicyPack {
  if (existsSync(arg)) return loadPack(arg, { parents: packs });
  if (!(bundledPackIds as readonly string[]).includes(arg)) throw packNotFound(arg);
  return getBundledPack(arg);
}

/**
 * A `--pack` argument with where it was read from. When the bundled pack is used while `policies/<id>` in the
 * working directory holds a different pack, `shadowed` says so.
 *
 * @throws {PackError} `pack_not_found`, `pack_invalid`
 */
export function resolvePackArg(arg: string): PackArg {
  const pack = packFromArg(arg);
  if (existsSync(arg)) return { pack, origin: pack.files[0] ?? arg };
  const local = join('policies', arg);
  return { pack, origin: 'bundled', ...(differsLocally(pack, local) ? { shadowed: local } : {}) };
}

/**
 * A pack argument of `diff`: a directory or file, a bundled pack id, or `<rev>:<dir>` (a pack directory at a git
 * revision, its parent read from the same revision).
 */
export function packOrRevisionFromArg(arg: string): PackArg {
  if (existsSync(arg) || !arg.includes(':')) return resolvePackArg(arg);
  return { pack: loadPackAtRevision(arg, { parents: packs }), origin: arg };
}

/** `chengdu 1.0.0 (bundled with safetynet 0.1.0)` or `chengdu 1.1.0 (policies/chengdu/pack.yaml)`. */
export function describePack({ pack, origin }: PackArg): string {
  const where = origin === 'bundled' ? `bundled with safetynet ${VERSION}` : origin;
  const parent = pack.lineage[1];
  return `${pack.id} ${pack.version} (${where}${parent ? `; extends ${parent}` : ''})`;
}

/** The pack as JSON output states it. */
export function packJson({ pack, origin }: PackArg): { id: string; version: string; origin: string; digest: string } {
  return { id: pack.id, version: pack.version, origin, digest: packDigest(pack) };
}

/** Whether `dir/pack.yaml` exists and is not the same pack (by digest; an invalid one differs). */
function differsLocally(bundled: PolicyPack, dir: string): boolean {
  if (!existsSync(join(dir, 'pack.yaml'))) return false;
  try {
    return packDigest(loadPack(dir, { parents: packs })) !== packDigest(bundled);
  } catch {
    return true;
  }
}

function packNotFound(arg: string): PackError {
  const known = [...bundledPackIds];
  const suggestion = suggestName(arg, known);
  const issue = packIssue('pack_not_found', [], {
    pack: arg,
    known: known.join(', '),
    ...(suggestion ? { suggestion } : {}),
  });
  return new PackError('pack_not_found', issue.message.en, [issue]);
}
