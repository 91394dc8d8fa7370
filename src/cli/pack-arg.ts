import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getBundledPack } from '../pack/bundled.js';
import { readPackFile } from '../pack/load.js';
import type { PolicyPack } from '../pack/types.js';
import { validatePack, type PackInput, type ValidatePackResult } from '../pack/validate.js';
import { PackError } from '../errors/index.js';

/** Validates a pack file, finding its parent in the sibling directory or among the bundled packs. */
export function validatePackFile(file: string, today?: string, analyze = false): ValidatePackResult & { file: string } {
  const input = readPackFile(file);
  const r = validatePack(input, { ...(today ? { today } : {}), ...(analyze ? { analyze: true } : {}), resolveParent: (id) => siblingOrBundled(file, id) });
  return { ...r, file: input.file ?? file };
}

function siblingOrBundled(file: string, id: string): PackInput | PolicyPack | undefined {
  const sibling = join(file, '..', '..', id, 'pack.yaml');
  if (existsSync(sibling)) return readPackFile(sibling);
  try {
    return getBundledPack(id);
  } catch {
    return undefined;
  }
}

/** A `--pack` argument: a directory or pack.yaml path, else the id of a bundled pack. */
export function packFromArg(arg: string): PolicyPack {
  if (existsSync(arg)) {
    const file = existsSync(join(arg, 'pack.yaml')) ? join(arg, 'pack.yaml') : arg;
    const r = validatePackFile(file);
    if (!r.ok) throw new PackError('pack_invalid', `Policy pack ${r.file} is invalid (${r.issues.length} issue(s))`, r.issues);
    return r.pack;
  }
  return getBundledPack(arg);
}
