/**
 * The packs the page can show: the bundled ones, and packs dropped on the page (validated here with the same
 * `validatePack` and `file:line:col` issues as `safetynet validate`).
 */
import {
  bundledPackIds,
  getBundledPack,
  validatePack,
  type Issue,
  type PackInput,
  type PolicyPack,
} from 'safetynet-cn';

/** A pack the page offers: `bundled:chengdu` or `dropped:chengdu`. */
export interface PackEntry {
  readonly key: string;
  readonly pack: PolicyPack;
  readonly dropped: boolean;
  /** For a dropped pack: the files it was read from. */
  readonly files?: readonly string[];
}

/** The bundled packs, city packs first (the national baseline last: it has no figures of its own). */
export function bundledEntries(): PackEntry[] {
  const ids = [...bundledPackIds].sort((a, b) => Number(a === 'cn') - Number(b === 'cn') || a.localeCompare(b));
  return ids.map((id) => ({ key: `bundled:${id}`, pack: getBundledPack(id), dropped: false }));
}

/** A YAML file given to the page: its path (as dropped: `chengdu/pack.yaml`) and text. */
export interface DroppedFile {
  readonly path: string;
  readonly text: string;
}

/** What validating dropped files gave: the packs that validated, and every issue of those that did not. */
export interface DropResult {
  readonly packs: PackEntry[];
  readonly issues: Issue[];
  readonly warnings: Issue[];
  /** The dropped files' texts by path, to show the lines an issue points at. */
  readonly texts: ReadonlyMap<string, string>;
}

/** The `id:` of a pack file, read from its text without parsing it (parsing is validatePack's job). */
function packIdOf(file: DroppedFile): string | undefined {
  return /^id:\s*["']?([A-Za-z0-9-]+)["']?\s*(?:#.*)?$/m.exec(file.text)?.[1];
}

/** Pack files among the dropped ones: YAML files that are not scenario tests or calendars. */
function packFiles(files: readonly DroppedFile[]): DroppedFile[] {
  return files.filter(
    (f) => /\.ya?ml$/i.test(f.path) && !/(^|\/)tests\//.test(f.path) && !/(^|\/)calendars?\//.test(f.path),
  );
}

/**
 * Validates dropped pack files. A pack's `extends` is resolved among the dropped files first (by id), then
 * among the bundled packs, as `safetynet validate` resolves a sibling folder.
 */
export function validateDropped(files: readonly DroppedFile[]): DropResult {
  const candidates = packFiles(files);
  const byId = new Map<string, PackInput>();
  for (const f of candidates) {
    const id = packIdOf(f);
    if (id !== undefined && !byId.has(id)) byId.set(id, { text: f.text, file: f.path });
  }
  const resolveParent = (id: string): PolicyPack | PackInput | undefined =>
    byId.get(id) ?? ((bundledPackIds as readonly string[]).includes(id) ? getBundledPack(id) : undefined);
  const packs: PackEntry[] = [];
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  for (const f of candidates) {
    const r = validatePack({ text: f.text, file: f.path }, { resolveParent });
    if (r.ok) {
      packs.push({ key: `dropped:${r.value.id}`, pack: r.value, dropped: true, files: r.value.files });
      warnings.push(...r.warnings);
    } else {
      issues.push(...r.issues);
      warnings.push(...r.warnings);
    }
  }
  return {
    packs,
    issues: dedupe(issues),
    warnings: dedupe(warnings),
    texts: new Map(files.map((f) => [f.path, f.text])),
  };
}

/** A parent's issues come back once per child that extends it: show each once. */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.file}:${i.line}:${i.col}:${i.code}:${i.path.join('.')}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Reads the files of a drop (folders walked) or of a file input: only YAML files are kept. */
export async function readDrop(items: DataTransferItemList | FileList): Promise<DroppedFile[]> {
  const out: DroppedFile[] = [];
  if (items instanceof FileList) {
    for (const file of Array.from(items)) {
      const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
      if (/\.ya?ml$/i.test(path)) out.push({ path, text: await file.text() });
    }
    return out;
  }
  const entries = Array.from(items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) {
    // Some browsers (and synthetic drops) give files without entries. The list empties after the first await.
    const files = Array.from(items)
      .map((item) => item.getAsFile())
      .filter((f): f is File => !!f && /\.ya?ml$/i.test(f.name));
    for (const file of files) out.push({ path: file.name, text: await file.text() });
    return out;
  }
  for (const entry of entries) await walk(entry, '', out);
  return out;
}

async function walk(entry: FileSystemEntry, prefix: string, out: DroppedFile[]): Promise<void> {
  const path = `${prefix}${entry.name}`;
  if (entry.isFile) {
    if (!/\.ya?ml$/i.test(entry.name)) return;
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push({ path, text: await file.text() });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most 100 entries a call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, `${path}/`, out);
  }
}
