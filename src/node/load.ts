import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve as resolvePath } from 'node:path';
import { locateIssues, parseYaml } from '../_lib/index.js';
import { analyzePack } from '../analysis/index.js';
import { PackError, type Issue } from '../errors/index.js';
import { packIssue, type PolicyPack } from '../pack/index.js';
import { validatePack, type PackInput, type ValidatePackOptions, type ValidatePackResult } from '../pack/index.js';

/** Options of {@link loadPack}. */
export interface LoadPackOptions {
  /** Packs to use as parents when a sibling directory does not have them (e.g. the bundled `packs`). */
  readonly parents?: Readonly<Record<string, PolicyPack>>;
  /** Today's date for staleness warnings (YYYY-MM-DD). */
  readonly today?: string;
}

/**
 * Loads and validates a pack from a directory (`<dir>/pack.yaml`) or a YAML file. A parent named by
 * `extends: <id>` is read from the sibling directory `../<id>/pack.yaml`, else from `options.parents`.
 *
 * @throws {PackError} `pack_invalid` with every issue (file:line:col, field path, bilingual message).
 * @example
 * const chengdu = loadPack('policies/chengdu');
 * chengdu.lineage; // ['chengdu', 'cn']
 */
export function loadPack(dirOrFile: string, options: LoadPackOptions = {}): PolicyPack {
  const result = validatePackFile(packFileOf(dirOrFile), options);
  if (!result.ok)
    throw new PackError(
      'pack_invalid',
      `Policy pack ${result.file} is invalid (${result.issues.length} issue(s))`,
      result.issues,
    );
  return result.value;
}

/** Options of {@link validatePackFile}. */
export interface ValidatePackFileOptions extends LoadPackOptions {
  /** Run the rule-set analysis too (warnings). */
  readonly analyze?: boolean;
}

/**
 * Validates a pack file without throwing: the parent named by `extends` comes from the sibling directory
 * `../<id>/pack.yaml`, else from `options.parents`. The CLI and {@link loadPack} both use it.
 *
 * @example
 * const r = validatePackFile('policies/chengdu/pack.yaml', { parents: packs });
 * if (!r.ok) r.issues.forEach((i) => console.error(formatIssue(i)));
 */
export function validatePackFile(
  file: string,
  options: ValidatePackFileOptions = {},
): ValidatePackResult & { file: string } {
  const input = readPackFile(file);
  const r = validatePack(input, validateOptionsFor(dirname(dirname(resolvePath(file))), options));
  if (!r.ok || !options.analyze || !('text' in input)) return { ...r, file: input.file ?? file };
  // Analysis is asked for here, by the caller: its findings are this pack's own warnings, located in its file.
  const findings = locateIssues(analyzePack(r.value), parseYaml(input.text, input.file));
  return { ...r, warnings: [...r.warnings, ...findings], file: input.file ?? file };
}

/** A set of packs loaded from one policies directory, by id. */
export interface PolicyRegistry {
  readonly root: string;
  readonly packs: Readonly<Record<string, PolicyPack>>;
  /** The pack with this id. @throws {PackError} `pack_not_found` */
  get(id: string): PolicyPack;
}

/**
 * Loads every pack under a policies directory (each `<root>/<id>/pack.yaml`), parents first, and reports
 * the problems of all packs together.
 *
 * @throws {PackError} `pack_invalid` with the issues of every invalid pack.
 * @example
 * const registry = loadPolicies('policies');
 * registry.get('zhongshan').version;
 */
export function loadPolicies(root: string, options: LoadPackOptions = {}): PolicyRegistry {
  const abs = resolvePath(root);
  const ids = readdirSync(abs)
    .filter((d) => existsSync(join(abs, d, 'pack.yaml')))
    .sort();
  const packs: Record<string, PolicyPack> = {};
  const issues: Issue[] = [];
  const opts = validateOptionsFor(abs, { ...options, parents: { ...options.parents } }, packs);
  for (const id of ids) {
    const file = join(abs, id, 'pack.yaml');
    const r = validatePack(readPackFile(file), opts);
    if (r.ok) packs[r.value.id] = r.value;
    else issues.push(...r.issues.filter((i) => i.file === undefined || i.file === displayPath(file)));
  }
  if (issues.length) throw new PackError('pack_invalid', `Policies in ${root} have ${issues.length} issue(s)`, issues);
  return makeRegistry(abs, packs);
}

function makeRegistry(root: string, packs: Record<string, PolicyPack>): PolicyRegistry {
  Object.freeze(packs);
  return Object.freeze({
    root,
    packs,
    get(id: string): PolicyPack {
      const p = packs[id];
      if (!p)
        throw new PackError('pack_not_found', `No pack "${id}" in ${root} (have: ${Object.keys(packs).join(', ')})`);
      return p;
    },
  });
}

function validateOptionsFor(
  root: string,
  options: LoadPackOptions,
  cache?: Record<string, PolicyPack>,
): ValidatePackOptions {
  return {
    ...(options.today ? { today: options.today } : {}),
    knownParents: () => [
      ...(existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'pack.yaml'))) : []),
      ...Object.keys(options.parents ?? {}),
    ],
    resolveParent(id: string) {
      const cached = cache?.[id];
      if (cached) return cached;
      const sibling = join(root, id, 'pack.yaml');
      if (existsSync(sibling)) return readPackFile(sibling);
      return options.parents?.[id];
    },
  };
}

function packFileOf(dirOrFile: string): string {
  try {
    return statSync(dirOrFile).isDirectory() ? join(dirOrFile, 'pack.yaml') : dirOrFile;
  } catch {
    const issue = { ...packIssue('pack_file_not_found', [], { path: dirOrFile }), file: dirOrFile };
    throw new PackError('pack_file_not_found', issue.message.en, [issue]);
  }
}

/** Reads a pack file as YAML input; the file name in messages is relative to the working directory. */
export function readPackFile(file: string): PackInput {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    const f = displayPath(file);
    return { text: '', file: f };
  }
  return { text, file: displayPath(file) };
}

function displayPath(file: string): string {
  // Relative to the working directory (even with ../), so GitHub annotations and editors can resolve it.
  const rel = relative(process.cwd(), resolvePath(file));
  return rel === '' ? basename(file) : rel;
}
