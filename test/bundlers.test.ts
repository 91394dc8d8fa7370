/**
 * A front-end developer's first try: a scratch Vite app and a scratch esbuild bundle (examples/bundlers) import
 * the package root as an installed package, and build without a warning; the esbuild bundle runs.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('examples/bundlers', () => {
  it('Vite and esbuild build the package root without warnings, and the bundle decides', () => {
    const r = spawnSync(process.execPath, ['examples/bundlers/check.mjs'], { encoding: 'utf8', timeout: 240_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^vite: built .*index-.*\.js — 0 warning\(s\)$/m);
    expect(r.stdout).toContain(
      'esbuild: {"category":"dibao","disposalDue":"2024-10-09T23:59:59.999+08:00"} — 0 warning(s)',
    );
  }, 300_000);
});
