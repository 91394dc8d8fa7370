/**
 * The CLI as a policy officer meets it (#16): did-you-mean for commands, flags and pack ids; errors as JSON under
 * --json; the pack used, and a warning when a local policies/<id> differs from it; colours; progress; the vocabulary
 * commands, types, doc and init. These run the built CLI (dist/cli.js) as a process.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve('dist/cli.js');
const HOUSEHOLD = resolve('examples/households/zhongshan-medical-family.json');
const POPULATION = resolve('examples/population.jsonl');
const run = (args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env.FORCE_COLOR;
  delete env.SAFETYNET_PROGRESS;
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: options.cwd ?? process.cwd(), env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('mistakes get the name meant', () => {
  it('an unknown command, flag or pack id', () => {
    const command = run(['valdate', 'policies']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('did you mean "validate"');
    const flag = run(['validate', '--strct', 'policies']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('did you mean --strict');
    const pack = run(['evaluate', '--pack', 'chengdou', '--as-of', '2023-06-01', HOUSEHOLD]);
    expect(pack.code).toBe(1);
    expect(pack.stderr).toContain('did you mean "chengdu"');
  });

  it('under --json, errors are JSON on stderr with their code', () => {
    const usage = run(['validate', '--json', '--strct', 'policies']);
    expect(usage.code).toBe(2);
    expect(jsonLines(usage.stderr)).toContainEqual({
      error: expect.objectContaining({ code: 'usage', command: 'validate' }),
    });
    const pack = run(['evaluate', '--json', '--pack', 'chengdou', '--as-of', '2023-06-01', HOUSEHOLD]);
    const error = jsonLines(pack.stderr).find((l) => 'error' in l)!.error as { code: string; issues: unknown[] };
    expect(error.code).toBe('pack_not_found');
    expect(error.issues[0]).toMatchObject({ args: { suggestion: 'chengdu' } });
  });
});

describe('the pack used', () => {
  it('is stated on stderr: bundled (id, version) or the file, as JSON under --json', () => {
    const bundled = run(['evaluate', '--pack', 'chengdu', '--as-of', '2023-06-01', HOUSEHOLD]);
    expect(bundled.stderr).toMatch(/^pack: chengdu \d+\.\d+\.\d+ \(bundled with safetynet /m);
    const local = run(['evaluate', '--pack', 'policies/chengdu', '--as-of', '2023-06-01', HOUSEHOLD]);
    expect(local.stderr).toMatch(/^pack: chengdu \d+\.\d+\.\d+ .*policies\/chengdu/m);
    const json = run(['evaluate', '--json', '--pack', 'chengdu', '--as-of', '2023-06-01', HOUSEHOLD]);
    expect(jsonLines(json.stderr)[0]).toMatchObject({ pack: { id: 'chengdu', origin: 'bundled' } });
    expect(JSON.parse(json.stdout)).toHaveProperty('programmes');
  });

  it('a local policies/<id> that differs from the bundled pack is named, with how to use it', () => {
    const dir = tempDir('sn-shadow-');
    for (const id of ['cn', 'chengdu']) cpSync(`policies/${id}`, join(dir, 'policies', id), { recursive: true });
    const args = ['evaluate', '--pack', 'chengdu', '--as-of', '2023-06-01', HOUSEHOLD];
    expect(run(args, { cwd: dir }).stderr).not.toContain('differs');
    const file = join(dir, 'policies/chengdu/pack.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, 'version: 9.9.9'));
    expect(run(args, { cwd: dir }).stderr).toContain('policies/chengdu/pack.yaml differs from the bundled chengdu');
    const json = run([...args, '--json'], { cwd: dir });
    expect(jsonLines(json.stderr)).toContainEqual({
      warning: expect.objectContaining({ code: 'pack_differs_from_local' }),
    });
  });
});

describe('terminals', () => {
  it('colours: off when not a terminal, on with FORCE_COLOR, off with FORCE_COLOR=0', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is the point
    const ansi = /\u001b\[\d+m/;
    expect(run(['validate', 'policies/chengdu']).stdout).not.toMatch(ansi);
    expect(run(['validate', 'policies/chengdu'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(ansi);
    expect(run(['validate', 'policies/chengdu'], { env: { FORCE_COLOR: '0', NO_COLOR: '' } }).stdout).not.toMatch(ansi);
  });

  it('progress (done, rate, time left) for screen and diff --population, only on a terminal', () => {
    const screen = ['screen', '--pack', 'chengdu', '--as-of', '2023-06-01', POPULATION];
    const diff = [
      'diff',
      'chengdu',
      'chengdu',
      '--population',
      POPULATION,
      '--as-of',
      '2022-06-01',
      '--new-as-of',
      '2023-06-01',
    ];
    for (const args of [screen, diff]) {
      expect(run(args).stderr).not.toContain('\r');
      // SAFETYNET_PROGRESS=1 stands for a terminal on stderr.
      const shown = run(args, { env: { SAFETYNET_PROGRESS: '1' } }).stderr;
      expect(shown, args[0]).toMatch(/\r\S+: .*\d+\/s/);
    }
  });

  it('screen --json writes every household line to stdout and its notices as JSON to stderr', () => {
    const r = run(['screen', '--json', '--pack', 'chengdu', '--as-of', '2023-06-01', POPULATION]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(jsonLines(r.stderr)[0]).toMatchObject({ pack: { id: 'chengdu' } });
  });
});

describe('the vocabulary, types, doc and init', () => {
  it('facts, operators and parameters list names, types, units and descriptions (zh/en)', () => {
    const member = run(['facts', '--scope', 'member']).stdout;
    expect(member).toMatch(/^\s+age\s+number\s+years\s+年龄 \/ age/m);
    expect(member).not.toMatch(/^\s+incomePerPerson\s/m);
    const facts = JSON.parse(run(['facts', '--json']).stdout) as { name: string; label: { zh: string; en: string } }[];
    expect(facts.find((f) => f.name === 'incomePerPerson')?.label).toEqual({
      zh: expect.any(String),
      en: expect.any(String),
    });
    expect(run(['operators']).stdout).toMatch(/^\s+lessThan\s+number\s/m);
    const params = run(['parameters', 'chengdu', '--as-of', '2023-06-01']).stdout;
    expect(params).toMatch(/^\s+dibao\.standard\s+CNY\/person\/month\s+chengdu\s+A 910 · B 860/m);
  });

  it('types writes the declarations of a pack’s names; doc writes the book as Markdown or HTML', () => {
    const dir = tempDir('sn-files-');
    expect(run(['types', 'chengdu', '--out', join(dir, 'chengdu.d.ts')]).code).toBe(0);
    const types = readFileSync(join(dir, 'chengdu.d.ts'), 'utf8');
    expect(types).toContain('export interface ChengduPackNames');
    expect(types).toContain('"dibao.standard"');
    expect(run(['doc', 'chengdu', '--out', join(dir, 'book.md')]).code).toBe(0);
    expect(readFileSync(join(dir, 'book.md'), 'utf8')).toMatch(/^# 成都市 \/ Chengdu — 政策手册 \/ policy book/);
    expect(run(['doc', 'policies/zhongshan', '--html', '--out', join(dir, 'book.html')]).code).toBe(0);
    expect(readFileSync(join(dir, 'book.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('init writes a skeleton that validates and passes its scenario, and never overwrites', () => {
    const dir = tempDir('sn-init-');
    mkdirSync(join(dir, 'x'));
    const init = run(['init', 'xinyang', '--zh', '信阳市', '--en', 'Xinyang, a city: test', '--from', '2026-01-01'], {
      cwd: dir,
    });
    expect(init.code).toBe(0);
    expect(readFileSync(join(dir, 'policies/xinyang/pack.yaml'), 'utf8')).toContain('en: "Xinyang, a city: test"');
    expect(run(['validate', 'policies', '--today', '2026-06-01'], { cwd: dir }).code).toBe(0);
    expect(run(['test', 'policies'], { cwd: dir }).stdout).toMatch(/^1 passed, 0 failed$/m);
    const again = run(['init', 'xinyang'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
  });
});
