import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../pack/index.js';
import { readPackFile, validatePackFile } from './load.js';

const TODAY = '2026-11-26';

/** A policies directory with cn and chengdu, chengdu's text changed by `edit`. */
function policies(edit: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'sn-roots-'));
  for (const id of ['cn', 'chengdu']) cpSync(resolve('policies', id, 'pack.yaml'), join(dir, id, 'pack.yaml'));
  const chengdu = join(dir, 'chengdu', 'pack.yaml');
  writeFileSync(chengdu, edit(readFileSync(chengdu, 'utf8')));
  return dir;
}

/** What validating chengdu gives when its parent is validated from its text each time (no root kept). */
function fromTexts(dir: string) {
  return validatePack(readPackFile(join(dir, 'chengdu', 'pack.yaml')), {
    id: 'chengdu',
    today: TODAY,
    resolveParent: (id) => readPackFile(join(dir, id, 'pack.yaml')),
  });
}

describe('a root pack validated once per process', () => {
  it('gives a pack extending it the same result as validating the root from its text, the first time and after', () => {
    const dir = policies();
    const expected = fromTexts(dir);
    expect(expected.ok).toBe(true);
    for (let i = 0; i < 2; i++) {
      const { file: _file, ...r } = validatePackFile(join(dir, 'chengdu', 'pack.yaml'), { today: TODAY });
      expect(r).toEqual(expected);
    }
  });

  it('keeps the root’s warnings, in front, in the result of a pack that fails', () => {
    const dir = policies((t) => t.replace(/^version: .*$/m, 'version: not-a-version'));
    const expected = fromTexts(dir);
    expect(expected.ok).toBe(false);
    expect(expected.warnings.some((w) => w.file?.endsWith(join('cn', 'pack.yaml')))).toBe(true);
    validatePackFile(join(dir, 'cn', 'pack.yaml'), { today: TODAY });
    for (let i = 0; i < 2; i++) {
      const { file: _file, ...r } = validatePackFile(join(dir, 'chengdu', 'pack.yaml'), { today: TODAY });
      expect(r).toEqual(expected);
    }
  });

  it('reads a root whose text changed again: its new problems are reported with the pack extending it', () => {
    const dir = policies();
    expect(validatePackFile(join(dir, 'chengdu', 'pack.yaml'), { today: TODAY }).ok).toBe(true);
    const cn = join(dir, 'cn', 'pack.yaml');
    writeFileSync(cn, readFileSync(cn, 'utf8').replace(/^version: .*$/m, 'version: not-a-version'));
    const r = validatePackFile(join(dir, 'chengdu', 'pack.yaml'), { today: TODAY });
    expect(r.ok).toBe(false);
    expect(
      r.ok ? [] : r.issues.map((i) => [i.file?.endsWith(join('cn', 'pack.yaml')), i.path.join('.')]),
    ).toContainEqual([true, 'version']);
    expect(r).toEqual({ ...fromTexts(dir), file: r.file });
  });
});
