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

  it('--json prints the summary; invalid lines are counted and named by line, and the run exits 1', () => {
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
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.households).toBe(22);
    expect(report.summary.errors).toBe(2);
    expect(report.errors.map((e: { id: string; line: number }) => [e.id, e.line])).toEqual([
      ['line 6', 6],
      ['neg', 7],
    ]);
    expect(readFileSync(join(dir, 'items.jsonl'), 'utf8').trim().split('\n').length).toBe(report.summary.withWarnings);
  });

  it('writes every valid household before it exits 1 for invalid lines, and names them in the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-screen-'));
    const lines = readFileSync('examples/population.jsonl', 'utf8').trim().split('\n').slice(0, 4);
    writeFileSync(join(dir, 'pop.jsonl'), [lines[0], '{oops', lines[1], '', lines[2]].join('\n'));
    const r = run(['screen', '--pack', 'chengdu', '--as-of', '2023-06-01', '--workers', '2', join(dir, 'pop.jsonl')]);
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['cd-0001', 'cd-0002', 'cd-0003']);
    expect(r.stderr).toMatch(/^4 households screened in [\d.]+ s: 3 with warnings .*; 1 invalid$/m);
    expect(r.stderr).toMatch(/^ {2}invalid line 2: /m);
  });

  it('reads standard input', () => {
    const input = readFileSync('examples/population.jsonl', 'utf8').split('\n').slice(0, 3).join('\n');
    const r = run(['screen', '--pack', 'chengdu', '--as-of', '2023-06-01', '--json', '-'], input);
    // Without --out, the households with warnings come first and the summary is the last JSON line.
    const lines = r.stdout.trim().split('\n');
    expect(JSON.parse(lines.at(-1)!).summary.households).toBe(3);
    expect(lines.slice(0, -1).every((l) => typeof JSON.parse(l).id === 'string')).toBe(true);
  });

  it('usage errors', () => {
    expect(run(['screen', 'examples/population.jsonl']).code).toBe(2);
    expect(run(['screen', '--pack', 'chengdu', '--workers', '0', 'examples/population.jsonl']).code).toBe(2);
  });
});

/**
 * Issue #12: files that crashed the workers, or were split between them in ways that lost lines. Each gives
 * exactly what one thread gives (the lines written, the counts and the invalid lines), with any worker count.
 */
describe('safetynet screen splits any file among workers without losing a line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sn-split-'));
  const population = readFileSync('examples/population.jsonl', 'utf8').trim().split('\n');
  // [content, the worker count compared with one thread]; CRLF, byte-order marks and any cut are in
  // test/screen-split.test.ts (the same code, without starting a process per case).
  const files: Record<string, [string, number]> = {
    'five lines, 8 workers': [`${population.slice(0, 5).join('\n')}\n`, 8],
    'an empty file': ['', 2],
    'one line without an ending': [population[0]!, 2],
    'CR only': [population.slice(0, 5).join('\r'), 2],
    'an 18 MB JSON array on one line': [JSON.stringify(Array.from({ length: 2_300_000 }, (_, i) => i)), 2],
  };
  const screenOf = (file: string, workers: number) => {
    const out = join(dir, `out-${workers}.jsonl`);
    const r = run([
      'screen',
      '--pack',
      'chengdu',
      '--as-of',
      '2023-06-01',
      '--workers',
      String(workers),
      '--json',
      '--out',
      out,
      file,
    ]);
    const report = JSON.parse(r.stdout);
    return { code: r.code, items: readFileSync(out, 'utf8'), summary: report.summary, errors: report.errors };
  };

  for (const [name, [content, workers]] of Object.entries(files)) {
    it(name, () => {
      const file = join(dir, 'population.jsonl');
      writeFileSync(file, content);
      const one = screenOf(file, 1);
      expect(screenOf(file, workers)).toEqual(one);
      if (name.startsWith('five') || name === 'CR only') expect(one.summary.households).toBe(5);
      if (name.includes('MB')) expect(one.errors[0].code).toBe('population_line_too_long');
    });
  }

  it('reads a 120 MB line as one invalid record with its number, and screens the rest', () => {
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, `${population[0]}\n{"id":"x","note":"${'a'.repeat(120 << 20)}"}\n${population[1]}\n`);
    const r = screenOf(file, 2);
    expect(r.code).toBe(1);
    expect(r.summary.households).toBe(3);
    expect(r.errors.map((e: { id: string; line: number; code: string }) => [e.id, e.line, e.code])).toEqual([
      ['line 2', 2, 'population_line_too_long'],
    ]);
    expect(r.items.trim().split('\n').length).toBe(2);
  }, 60_000);
});
