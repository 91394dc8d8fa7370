import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/helpers/errors.js';
import { InputError, PackError } from '../errors/index.js';
import { packDigest, packs, type PolicyPack } from '../pack/index.js';
import { loadPackAtRevision } from './load-at-revision.js';
import { loadPack } from './load.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });
const nearMargin = (pack: PolicyPack) => JSON.stringify(pack.parameters['monitoring.nearMargin']!.values);

/** A repository whose first commit has cn's near margin at 50 and whose second (and working tree) at 60. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sn-revision-'));
  for (const id of ['cn', 'chengdu']) cpSync(resolve('policies', id), join(dir, 'policies', id), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first');
  const cn = join(dir, 'policies/cn/pack.yaml');
  const text = readFileSync(cn, 'utf8');
  expect(text).toContain('value: "50", source: safetynet-setting');
  writeFileSync(cn, text.replace('value: "50", source: safetynet-setting', 'value: "60", source: safetynet-setting'));
  git(dir, 'commit', '-q', '-am', 'second');
  return dir;
}

describe('loadPackAtRevision', () => {
  const cwd = repository();

  it('reads a pack at a revision with its parent from the same revision', () => {
    const before = loadPackAtRevision('HEAD~1:policies/chengdu', { cwd });
    const after = loadPackAtRevision('HEAD:policies/chengdu/', { cwd });
    expect(before.id).toBe('chengdu');
    expect(before.lineage).toEqual(['chengdu', 'cn']);
    expect(nearMargin(before)).toContain('"50"');
    expect(nearMargin(after)).toContain('"60"');
    expect(packDigest(after)).toBe(packDigest(loadPack(join(cwd, 'policies/chengdu'))));
    expect(packDigest(loadPackAtRevision('HEAD~1:policies/chengdu/pack.yaml', { cwd }))).toBe(packDigest(before));
    expect(packDigest(before)).not.toBe(packDigest(after));
  });

  it('falls back on the given parents when the revision has no sibling parent', () => {
    rmSync(join(cwd, 'policies/cn'), { recursive: true });
    git(cwd, 'commit', '-q', '-am', 'cn moved away');
    const alone = () => loadPackAtRevision('HEAD:policies/chengdu', { cwd });
    const e = errorOf(alone);
    expect(e).toBeInstanceOf(PackError);
    expect(e.code).toBe('pack_invalid');
    expect(e.issues.map((i) => i.code)).toContain('pack_parent_not_found');
    expect(e.issues[0]!.file).toBe('HEAD:policies/chengdu/pack.yaml');
    expect(loadPackAtRevision('HEAD:policies/chengdu', { cwd, parents: packs }).lineage).toEqual(['chengdu', 'cn']);
  });

  it('says when git has no pack there, and refuses what is not <revision>:<directory>', () => {
    for (const spec of ['no-such-revision:policies/chengdu', 'HEAD:policies/nowhere']) {
      const e = errorOf(() => loadPackAtRevision(spec, { cwd }));
      expect(e).toBeInstanceOf(PackError);
      expect([e.code, e.issues[0]?.code]).toEqual(['pack_not_found', 'pack_revision_not_found']);
    }
    for (const spec of ['policies/chengdu', 'HEAD:', ':policies/chengdu', '--output=x:policies/chengdu']) {
      const e = errorOf(() => loadPackAtRevision(spec, { cwd }));
      expect(e).toBeInstanceOf(InputError);
      expect(e.code).toBe('pack_revision_spec_invalid');
    }
  });
});
