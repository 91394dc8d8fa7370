import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getBundledPack, packs } from '../pack/index.js';
import { validatePackFile as validatePackFileAt } from '../node/index.js';
import type { PolicyPack } from '../pack/index.js';
import type { ValidatePackResult } from '../pack/index.js';
import { PackError } from '../errors/index.js';

/** Validates a pack file; its parent comes from the sibling directory, else from the bundled packs. */
export function validatePackFile(file: string, today?: string, analyze = false): ValidatePackResult & { file: string } {
  return validatePackFileAt(file, { parents: packs, ...(today ? { today } : {}), analyze });
}

/** A `--pack` argument: a directory or pack.yaml path, else the id of a bundled pack. */
export function packFromArg(arg: string): PolicyPack {
  if (existsSync(arg)) {
    const file = existsSync(join(arg, 'pack.yaml')) ? join(arg, 'pack.yaml') : arg;
    const r = validatePackFile(file);
    if (!r.ok)
      throw new PackError('pack_invalid', `Policy pack ${r.file} is invalid (${r.issues.length} issue(s))`, r.issues);
    return r.value;
  }
  return getBundledPack(arg);
}
