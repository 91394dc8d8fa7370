import { existsSync } from 'node:fs';
import { loadPack, loadPackAtRevision, validatePackFile as validatePackFileAt } from '../node/index.js';
import { getBundledPack, packs, type PolicyPack, type ValidatePackResult } from '../pack/index.js';

/** Validates a pack file; its parent comes from the sibling directory, else from the bundled packs. */
export function validatePackFile(file: string, today?: string, analyze = false): ValidatePackResult & { file: string } {
  return validatePackFileAt(file, { parents: packs, ...(today ? { today } : {}), analyze });
}

/** A `--pack` argument: a directory or pack.yaml path, else the id of a bundled pack. */
export function packFromArg(arg: string): PolicyPack {
  return existsSync(arg) ? loadPack(arg, { parents: packs }) : getBundledPack(arg);
}

/**
 * A pack argument of `diff`: a directory or file, a bundled pack id, or `<rev>:<dir>` (a pack directory at a git
 * revision, its parent read from the same revision).
 */
export function packOrRevisionFromArg(arg: string): PolicyPack {
  return existsSync(arg) || !arg.includes(':') ? packFromArg(arg) : loadPackAtRevision(arg, { parents: packs });
}
