import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve('dist/cli.js');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('safetynet screen', () => {
  it('streams households with warnings as JSON lines and ends with the counts', () => {
    const r = run([
      'screen',
      '--pack',
      'chengdu',
      '--as-of',
      '2023-06-01',
      '--workers',
      '1',
      'examples/population.jsonl',
    ]);
    expect(r.code).toBe(0);
    const items = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(items.length).toBeGreaterThan(100);
    expect(items[0].id).toBe('cd-0001');
    expect(r.stderr).toMatch(/^300 households screened in [\d.]+ s: \d+ with warnings — missed \d+/m);
  });

  it('gives the same output, in file order, with worker threads', () => {
    const one = run([
      'screen',
      '--pack',
      'chengdu',
      '--as-of',
      '2023-06-01',
      '--workers',
      '1',
      'examples/population.jsonl',
    ]);
    const two = run([
      'screen',
      '--pack',
      'chengdu',
      '--as-of',
      '2023-06-01',
      '--workers',
      '2',
      'examples/population.jsonl',
    ]);
    const three = run([
      'screen',
      '--pack',
      'chengdu',
      '--as-of',
      '2023-06-01',
      '--workers',
      '3',
      'examples/population.jsonl',
    ]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
  });

  it('--json prints the summary; invalid lines are counted and named, never fatal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-screen-'));
    const lines = readFileSync('examples/population.jsonl', 'utf8').trim().split('\n').slice(0, 20);
    lines.splice(
      5,
      0,
      '{not json',
      JSON.stringify({ id: 'neg', members: [{ incomes: [{ type: 'wage', monthly: '-1' }] }] }),
      '',
    );
    writeFileSync(join(dir, 'pop.jsonl'), `${lines.join('\n')}\n`);
    const r = run([
      'screen',
      '--pack',
      'chengdu',
      '--as-of',
      '2023-06-01',
      '--json',
      '--out',
      join(dir, 'items.jsonl'),
      join(dir, 'pop.jsonl'),
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.households).toBe(22);
    expect(report.summary.errors).toBe(2);
    expect(report.errors.map((e: { id: string }) => e.id)).toEqual(['line 6', 'neg']);
    expect(readFileSync(join(dir, 'items.jsonl'), 'utf8').trim().split('\n').length).toBe(report.summary.withWarnings);
  });

  it('reads standard input', () => {
    const input = readFileSync('examples/population.jsonl', 'utf8').split('\n').slice(0, 3).join('\n');
    const r = run(['screen', '--pack', 'chengdu', '--as-of', '2023-06-01', '--json', '-'], input);
    expect(JSON.parse(r.stdout).summary.households).toBe(3);
  });

  it('usage errors', () => {
    expect(run(['screen', 'examples/population.jsonl']).code).toBe(2);
    expect(run(['screen', '--pack', 'chengdu', '--workers', '0', 'examples/population.jsonl']).code).toBe(2);
  });
});
