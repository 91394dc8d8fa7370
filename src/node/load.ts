import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
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
 * @throws {PackError} `pack_invalid` with every issue (file:line:col, field path, bilingual message);
 *   `pack_file_not_found` when there is no pack file at the path (or the directory holds no `pack.yaml`).
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
  const input = readPackFileOrIssue(file);
  if ('code' in input) return { ok: false, issues: [input], warnings: [], file: displayPath(file) };
  const r = validateWithRoots(input, {
    ...validateOptionsFor(dirname(dirname(resolvePath(file))), options),
    ...expectedIdOf(file),
  });
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
 * @throws {PackError} `pack_invalid` with the issues of every invalid pack (each once, those of an `extends`
 *   cycle included); `pack_file_not_found` when `root` is not a directory.
 * @example
 * const registry = loadPolicies('policies');
 * registry.get('zhongshan').version;
 */
export function loadPolicies(root: string, options: LoadPackOptions = {}): PolicyRegistry {
  const abs = resolvePath(root);
  if (!isDirectory(abs)) throw fileNotFound(root);
  const ids = readdirSync(abs)
    .filter((d) => isFile(join(abs, d, PACK_FILE)))
    .sort();
  const packs: Record<string, PolicyPack> = {};
  const issues = new Map<string, Issue>();
  const opts = validateOptionsFor(abs, { ...options, parents: { ...options.parents } }, packs);
  for (const id of ids) {
    const r = validatePack(readPackFile(join(abs, id, PACK_FILE)), { ...opts, id });
    if (r.ok) packs[r.value.id] = r.value;
    // A parent's problems come back with each pack extending it: each is reported once, none is dropped
    // (the packs of an `extends` cycle report each other's files).
    else for (const i of r.issues) issues.set(JSON.stringify([i.file, i.line, i.col, i.code, i.path]), i);
  }
  if (issues.size)
    throw new PackError('pack_invalid', `Policies in ${root} have ${issues.size} issue(s)`, [...issues.values()]);
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
  const validateOptions: ValidatePackOptions = {
    ...(options.today ? { today: options.today } : {}),
    knownParents: () => [
      ...(existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'pack.yaml'))) : []),
      ...Object.keys(options.parents ?? {}),
    ],
    resolveParent(id: string) {
      const cached = cache?.[id];
      if (cached) return cached;
      const sibling = join(root, id, PACK_FILE);
      if (!isFile(sibling)) return options.parents?.[id];
      const input = readPackFile(sibling);
      const checked = checkedRoot(input, { ...validateOptions, id });
      return checked?.ok && checked.value.lineage.length === 1 ? checked.value : input;
    },
  };
  return validateOptions;
}

/** A root pack (one that extends none) validated, and what validating it found. */
type CheckedRoot = ValidatePackResult & { readonly ok: true };

/**
 * Root packs validated in this process, by file name, expected id, day and text. Every pack of a policies
 * directory extends the same root (`cn`): without this, the root is read, parsed and validated once for each
 * pack and once for itself. A root's validation depends on nothing else (it has no parent), so a root whose
 * text, name, id and day are the same is the same pack.
 */
const CHECKED_ROOTS = new Map<string, CheckedRoot>();
const CHECKED_ROOTS_MAX = 16;
/** The roots handed out as parents during one validation (their warnings belong to a result that fails). */
let rootsHandedOut: PolicyPack[] | undefined;

/**
 * Validates a pack whose root parent may come from {@link CHECKED_ROOTS}. A parent handed out as a pack brings
 * no warnings to a result that fails (only the pack it merges into carries them): they are put back in front,
 * where validating the parent's text would have put them.
 */
function validateWithRoots(input: PackInput, options: ValidatePackOptions): ValidatePackResult {
  const own = checkedRoot(input, options);
  if (own) return own;
  const outer = rootsHandedOut;
  rootsHandedOut = [];
  try {
    const r = validatePack(input, options);
    if (r.ok) return r;
    return { ...r, warnings: [...rootsHandedOut.flatMap((p) => p.warnings), ...r.warnings] };
  } finally {
    rootsHandedOut = outer;
  }
}

/**
 * What validating a root's text gives, from the cache or validated now (then cached when valid); `undefined`
 * when the text names a parent, so that it is validated as usual.
 */
function checkedRoot(input: PackInput, options: ValidatePackOptions): ValidatePackResult | undefined {
  if (!('text' in input) || input.file === undefined) return undefined;
  const key = [input.file, options.id ?? '', options.today ?? '', input.text].join('\u0000');
  const cached = CHECKED_ROOTS.get(key);
  if (!cached && !isRootText(input.text, input.file)) return undefined;
  const r = cached ?? validatePack(input, options);
  if (!r.ok || r.value.lineage.length !== 1) return r;
  CHECKED_ROOTS.delete(key);
  CHECKED_ROOTS.set(key, r);
  if (CHECKED_ROOTS.size > CHECKED_ROOTS_MAX) CHECKED_ROOTS.delete(CHECKED_ROOTS.keys().next().value as string);
  rootsHandedOut?.push(r.value);
  return r;
}

/** Whether a pack text names no parent (its parse is kept, so validating it next parses nothing again). */
function isRootText(text: string, file: string): boolean {
  const value = parseYaml(text, file).value;
  return typeof value === 'object' && value !== null && !('extends' in value);
}

const PACK_FILE = 'pack.yaml';

/** A `<dir>/pack.yaml` must hold the pack whose id is `<dir>`: parents are found by id. */
function expectedIdOf(file: string): { id?: string } {
  return basename(file) === PACK_FILE ? { id: basename(dirname(resolvePath(file))) } : {};
}

function packFileOf(dirOrFile: string): string {
  if (isDirectory(dirOrFile)) {
    const file = join(dirOrFile, PACK_FILE);
    if (isFile(file)) return file;
    throw fileNotFound(file);
  }
  if (isFile(dirOrFile)) return dirOrFile;
  throw fileNotFound(dirOrFile);
}

/**
 * Reads a pack file as YAML input; the file name in messages is relative to the working directory.
 *
 * @throws {PackError} `pack_file_not_found` when the path does not exist, is a directory or cannot be read
 */
export function readPackFile(file: string): PackInput {
  const input = readPackFileOrIssue(file);
  if ('code' in input) throw new PackError('pack_file_not_found', input.message.en, [input]);
  return input;
}

function readPackFileOrIssue(file: string): PackInput | Issue {
  try {
    // A directory, a missing file or one without read permission: the same answer, with its path.
    if (isFile(file)) return { text: readFileSync(file, 'utf8'), file: displayPath(file) };
  } catch {
    // unreadable: reported below
  }
  return { ...packIssue('pack_file_not_found', [], { path: displayPath(file) }), file: displayPath(file) };
}

function fileNotFound(path: string): PackError {
  const issue = { ...packIssue('pack_file_not_found', [], { path: displayPath(path) }), file: displayPath(path) };
  return new PackError('pack_file_not_found', issue.message.en, [issue]);
}

function isFile(path: string): boolean {
  return statOf(path)?.isFile() ?? false;
}

function isDirectory(path: string): boolean {
  return statOf(path)?.isDirectory() ?? false;
}

/** What is at a path; `undefined` for nothing, or a path through a file (ENOTDIR), or no permission. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function displayPath(file: string): string {
  // Relative to the working directory (even with ../), so GitHub annotations and editors can resolve it.
  const rel = relative(process.cwd(), resolvePath(file));
  return rel === '' ? basename(file) : rel;
}
