import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv } from './helpers/child-env.js';

const CLI = resolve('dist/cli.js');
const run = (args: string[], cwd = process.cwd()) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Independent recount: categories from the published figures, with exact integer arithmetic in fen. */
function recount(standardA: number, standardB: number, ipp: (h: Household) => [number, number]) {
  const A = ['wenjiang', 'jinjiang', 'wuhou', 'chenghua', 'shuangliu'];
  return (h: Household) => {
    const [total, size] = ipp(h);
    const std = (A.includes(h.district) ? standardA : standardB) * 100;
    if (total < std * size) return 'dibao';
    if (2 * total < 3 * std * size) return 'edge'; // income per person < 1.5 × standard
    return 'none';
  };
}

interface Household {
  id: string;
  district: string;
  members: { incomes: { monthly: string }[] }[];
}

describe('safetynet diff', () => {
  const population = readFileSync('examples/population.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Household);
  const fen = (h: Household): [number, number] => {
    let total = 0;
    for (const m of h.members)
      for (const inc of m.incomes) {
        const [y, f = ''] = inc.monthly.split('.');
        total += Number(y) * 100 + Number(`${f}00`.slice(0, 2));
      }
    return [total, h.members.length];
  };

  it('Chengdu as of 2022 vs 2023 (870 → 910 in zone A, 820 → 860 in zone B): flips match an independent recount', () => {
    const r = run([
      'diff',
      'chengdu',
      'chengdu',
      '--population',
      'examples/population.jsonl',
      '--as-of',
      '2022-06-01',
      '--new-as-of',
      '2023-06-01',
      '--json',
      '--examples',
      '1000',
    ]);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    const before = recount(870, 820, fen);
    const after = recount(910, 860, fen);
    const expected: Record<string, number> = {};
    const flipped: string[] = [];
    for (const h of population) {
      const a = before(h);
      const b = after(h);
      if (a !== b) {
        expected[`${a}→${b}`] = (expected[`${a}→${b}`] ?? 0) + 1;
        flipped.push(h.id);
      }
    }
    expect(flipped.length).toBeGreaterThan(10);
    expect(diff.population.transitions).toEqual(expected);
    expect(diff.population.categoryChanged).toBe(flipped.length);
    expect(
      diff.population.examples
        .map((e: { id: string }) => e.id)
        .filter((id: string) => flipped.includes(id))
        .sort(),
    ).toEqual(flipped.sort());
    // and the Markdown names the households that flip
    const md = run([
      'diff',
      'chengdu',
      'chengdu',
      '--population',
      'examples/population.jsonl',
      '--as-of',
      '2022-06-01',
      '--new-as-of',
      '2023-06-01',
    ]);
    expect(md.stdout).toContain(`**${flipped.length}** of ${population.length} households change category`);
    expect(md.stdout).toContain(flipped[0]);
  });

  it('a what-if of +40 yuan on the 2023 standard changes exactly the households a recount finds', () => {
    const r = run([
      'diff',
      'chengdu',
      'chengdu',
      '--population',
      'examples/population.jsonl',
      '--as-of',
      '2023-06-01',
      '--set',
      'dibao.standard=A:950,B:900',
      '--json',
      '--examples',
      '1000',
    ]);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    const old = recount(910, 860, fen);
    const neu = recount(950, 900, fen);
    const flipped = population
      .filter((h) => old(h) !== neu(h))
      .map((h) => h.id)
      .sort();
    expect(diff.population.categoryChanged).toBe(flipped.length);
    expect(diff.population.examples.map((e: { id: string }) => e.id).sort()).toEqual(flipped);
  });

  it('reports parameter changes between two git revisions of a pack directory, with old → new and date', () => {
    const repo = mkdtempSync(join(tmpdir(), 'sn-diff-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: childEnv(),
      });
    git('init', '-q');
    cpSync('policies/cn', join(repo, 'policies', 'cn'), { recursive: true });
    cpSync('policies/chengdu', join(repo, 'policies', 'chengdu'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'base');
    const file = join(repo, 'policies', 'chengdu', 'pack.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/A: "?1120"?/);
    writeFileSync(file, text.replace(/A: "?1120"?, B: "?1120"?/, 'A: "1150", B: "1130"'));
    git('commit', '-qam', 'raise 2026 standard');
    const r = run(['diff', 'HEAD~1:policies/chengdu', 'HEAD:policies/chengdu', '--json'], repo);
    // Under --json, standard error holds only JSON notices: which pack versions were compared.
    const notices = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(notices.map((n) => Object.keys(n)[0])).toEqual(['oldPack', 'newPack']);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    const std = diff.parameters.find((p: { key: string }) => p.key === 'dibao.standard');
    expect(std.entries).toEqual([
      {
        from: '2026-01-01',
        old: 'A 1120 / B 1120',
        new: 'A 1150 / B 1130',
        oldSource: 'cd-2026',
        newSource: 'cd-2026',
      },
    ]);
    const md = run(['diff', 'HEAD~1:policies/chengdu', 'policies/chengdu'], repo);
    expect(md.stdout).toContain('| `dibao.standard` | 2026-01-01 | A 1120 / B 1120 | A 1150 / B 1130 | cd-2026 |');
  });

  it('usage errors and missing revisions', () => {
    expect(run(['diff', 'chengdu']).code).toBe(2);
    expect(run(['diff', 'HEAD~999:policies/chengdu', 'chengdu']).code).toBe(1);
  });
});
