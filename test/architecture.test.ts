/**
 * The layers of docs/architecture.md, enforced: every import between folders of src/ points down, no
 * folder reaches past another folder's index, and the core uses no Node built-in (it runs in a browser).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. A folder may import folders of earlier layers only (and itself). */
const LAYERS: readonly (readonly string[])[] = [
  ['errors', 'version'],
  ['_lib', 'generated'],
  ['dates', 'money'],
  ['rules'],
  ['schema'],
  ['calendar'],
  ['pack'],
  // One generated entry per bundled pack (`safetynet-cn/packs/<id>`): the pack's data and nothing else.
  ['packs'],
  ['engine'],
  ['decision'],
  ['screen'],
  ['urgency'],
  ['sla'],
  ['diff'],
  ['analysis'],
  ['audit'],
  ['scenarios'],
  ['render'],
  // Writing, testing and reviewing packs (`safetynet-cn/authoring`): an entry that re-exports the views above.
  ['authoring'],
  // Interop with json-rules-engine (`safetynet-cn/json-rules-engine`): a view of the pack for teams that run it.
  ['interop'],
  ['node'],
  ['cli'],
];
/** Entry files at the root of src/ may import anything: the package entry, and the list of every issue code. */
const ENTRIES = new Set(['index', 'issue-codes']);
/** Folders that may use Node built-ins; everything else is the browser-safe core. */
const NODE_ONLY = new Set(['node', 'cli']);
/** Folders without an index of their own (generated data). */
const NO_INDEX = new Set(['generated', 'packs']);

const root = resolve('src');
const rank = new Map(LAYERS.flatMap((names, i) => names.map((n) => [n, i] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

interface Edge {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly target: string;
}

const folderOf = (path: string) =>
  relative(root, path)
    .split(sep)[0]!
    .replace(/\.(ts|js)$/, '');

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) out.push({ file: relative(root, file), from, to, target: relative(root, target) });
    }
  }
  return out;
}

describe('architecture', () => {
  const all = edges();

  it('knows every folder of src/', () => {
    const folders = readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory());
    expect(folders.filter((f) => !rank.has(f))).toEqual([]);
  });

  it('imports only point down the layers (which also rules out folder cycles)', () => {
    const upward = all
      .filter((e) => !ENTRIES.has(e.from))
      .filter((e) => !(rank.get(e.to)! < rank.get(e.from)!))
      .map((e) => `${e.file} → ${e.target}`);
    expect(upward).toEqual([]);
  });

  it('no folder reaches past another folder’s index', () => {
    const past = all
      // Single files at the root of src/ (version, the entries) are their own index.
      .filter((e) => !NO_INDEX.has(e.to) && e.to !== 'version' && !ENTRIES.has(e.to))
      .filter((e) => !/^[^/]+\/index\.(js|ts)$/.test(e.target))
      .map((e) => `${e.file} → ${e.target}`);
    expect(past).toEqual([]);
  });

  it('the core imports no Node built-in, so it runs in a browser', () => {
    const offenders = sourceFiles(root)
      .filter((f) => !NODE_ONLY.has(folderOf(f)) && !ENTRIES.has(folderOf(f)))
      .filter((f) =>
        /from\s+['"](node:|fs['"]|path['"]|crypto['"]|worker_threads|child_process)/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
