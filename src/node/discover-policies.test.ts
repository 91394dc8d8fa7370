import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPolicies } from './discover-policies.js';

/** policies/{b,a}/pack.yaml with tests, a directory without a pack, and a pack without tests. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'sn-discover-'));
  const file = (path: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'id: x\n');
  };
  file('policies/b/pack.yaml');
  file('policies/b/tests/z.yaml');
  file('policies/b/tests/a.yml');
  file('policies/b/tests/notes.md');
  file('policies/a/pack.yaml');
  file('policies/calendars/cn-mainland.yaml');
  file('policies/c/pack.yaml');
  mkdirSync(join(root, 'policies/c/tests/nested.yaml'), { recursive: true });
  return root;
}

describe('discoverPolicies', () => {
  const root = tree();
  const p = (path: string) => join(root, path);

  it('finds the packs of a policies directory in name order, each with its sorted scenario files', () => {
    expect(discoverPolicies([p('policies')])).toEqual([
      { packFile: p('policies/a/pack.yaml'), scenarioFiles: [] },
      {
        packFile: p('policies/b/pack.yaml'),
        scenarioFiles: [p('policies/b/tests/a.yml'), p('policies/b/tests/z.yaml')],
      },
      { packFile: p('policies/c/pack.yaml'), scenarioFiles: [] }, // a directory named like a scenario file is not one
    ]);
  });

  it('takes a pack directory or a pack file as it is, keeping the order of the paths', () => {
    const found = discoverPolicies([p('policies/b'), p('policies/a/pack.yaml')]);
    expect(found.map((d) => d.packFile)).toEqual([p('policies/b/pack.yaml'), p('policies/a/pack.yaml')]);
    expect(found[0]!.scenarioFiles).toHaveLength(2);
  });

  it('returns a path that does not exist as a pack of its own, for the validator to report', () => {
    expect(discoverPolicies([p('policies/nowhere')])).toEqual([{ packFile: p('policies/nowhere'), scenarioFiles: [] }]);
  });

  it('returns a directory without packs as its pack.yaml (so that validating it reports it), and nothing for no paths', () => {
    expect(discoverPolicies([p('policies/calendars')]).map((d) => d.packFile)).toEqual([
      p('policies/calendars/pack.yaml'),
    ]);
    expect(discoverPolicies([])).toEqual([]);
  });
});
