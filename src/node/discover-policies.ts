import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A pack file found on disk and the scenario test files that belong to it. */
export interface DiscoveredPack {
  /** The pack file (`<dir>/pack.yaml`, or a file named directly). */
  readonly packFile: string;
  /** Its scenario files, `<pack dir>/tests/*.yaml` (and `*.yml`), sorted by name. */
  readonly scenarioFiles: readonly string[];
}

const PACK_FILE = 'pack.yaml';

/**
 * Finds the policy packs under some paths, with their scenario files. Each path may be a pack file, a pack
 * directory (holding `pack.yaml`) or a policies directory (whose sub-directories hold packs, one level
 * down, in name order). A path that does not exist is returned as a pack file of its own, and a directory
 * holding no pack as its `pack.yaml`, so that validating it reports it rather than silently skipping it.
 *
 * @param paths - files or directories, in the order the results should come in
 * @returns one entry per pack file found, in the order of `paths`
 * @example
 * for (const { packFile, scenarioFiles } of discoverPolicies(['policies'])) {
 *   const r = validatePackFile(packFile, { parents: packs });
 *   console.log(packFile, r.ok, scenarioFiles.length);
 * }
 */
export function discoverPolicies(paths: readonly string[]): DiscoveredPack[] {
  return paths.flatMap(packFilesAt).map((packFile) => ({ packFile, scenarioFiles: scenarioFilesOf(packFile) }));
}

function packFilesAt(path: string): string[] {
  if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
  if (existsSync(join(path, PACK_FILE))) return [join(path, PACK_FILE)];
  const found = readdirSync(path)
    .sort()
    .map((d) => join(path, d, PACK_FILE))
    .filter((file) => existsSync(file));
  // A directory holding no pack is not "nothing to check": its own pack file is reported missing.
  return found.length ? found : [join(path, PACK_FILE)];
}

/** The scenario files of a pack file: the files `<pack dir>/tests/*.yaml` and `*.yml`, sorted; none for a missing pack. */
function scenarioFilesOf(packFile: string): string[] {
  const dir = join(packFile, '..', 'tests');
  if (!existsSync(packFile) || !existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f))
    .filter((file) => statSync(file).isFile());
}
