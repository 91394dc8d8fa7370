/**
 * What `npm publish` would ship (`npm pack --dry-run --json`, after the build): the built code, types, the packs,
 * schemas, guides, licence and changelog — and no tests, fixtures, scenario files, sources, source maps or other
 * build leftovers. Every file the `exports` map and `bin` point to is in it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface PackResult {
  readonly name: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
};

function dryRun(): PackResult {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as PackResult[])[0]!;
}

/** Every file path an export condition or the bin points to (`*` patterns expanded against the packed files). */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

describe('the published package', () => {
  const packed = dryRun();
  const paths = packed.files.map((f) => f.path);

  it('is named safetynet-cn and ships the safetynet command', () => {
    expect(packed.name).toBe('safetynet-cn');
    expect(pkg.bin).toEqual({ safetynet: './dist/cli.js' });
  });

  it('ships the build, types, packs, calendar, schemas, guides, licence and changelog', () => {
    for (const file of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/node/index.js',
      'dist/node-esm/index.js',
      'dist/node-esm/packs/chengdu.js',
      'dist/authoring/index.js',
      'dist/authoring.cjs',
      'dist/interop/index.js',
      'dist/packs/chengdu.js',
      'dist/packs/chengdu.cjs',
      'dist/packs/chengdu.d.ts',
      'dist/cli.js',
      'dist/node-esm/cli-main.js',
      'dist/node-esm/screen-worker.js',
      'policies/cn/pack.yaml',
      'policies/chengdu/CHANGELOG.md',
      'policies/calendars/cn-mainland.yaml',
      'schema/pack.schema.json',
      'docs/ci.md',
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
      'package.json',
    ]) {
      expect(paths, file).toContain(file);
    }
  });

  it('ships no tests, fixtures, scenario files, sources, source maps or build leftovers', () => {
    const junk = paths.filter(
      (p) =>
        /(^|\/)(test|tests|fixtures|__tests__|coverage|bench|node_modules|src)\//.test(p) ||
        /\.(test|spec)\.[cm]?[jt]s$/.test(p) ||
        /\.(map|tsbuildinfo|log|tgz)$/.test(p) ||
        /^(examples|api|scripts|\.ci|\.github)\//.test(p) ||
        /^docs\/api\//.test(p) ||
        /(^|\/)\.DS_Store$/.test(p),
    );
    expect(junk).toEqual([]);
  });

  it('contains every file that exports and bin point to', () => {
    const wanted = [...targets(pkg.exports), ...targets(pkg.bin)];
    const missing = wanted.filter((target) => {
      if (!target.includes('*')) return !paths.includes(target);
      const [before, after] = target.split('*') as [string, string];
      return !paths.some((p) => p.startsWith(before) && p.endsWith(after));
    });
    expect(missing).toEqual([]);
  });

  // Three builds (ES modules one per file for bundlers, bundled ESM for Node, CommonJS); the embedded packs (≈ 150 KB
  // of JSON) twice: the Node ESM build imports the per-file build's (`#generated/*`). Was 1 MB packed / 4 MB unpacked
  // with source maps; 836 KB before the declarations spelt IssueCode out and the Node builds dropped their layout.
  it('stays small (tarball under 800 KB)', () => {
    console.log(
      `npm pack: ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked, ${paths.length} files`,
    );
    expect(packed.size).toBeLessThan(800 * 1024);
  });
});
