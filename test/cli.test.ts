import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// These tests run the built CLI (dist/cli.js) as a process: `npm test` builds before running vitest.
const CLI = resolve('dist/cli.js');
const run = (args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('safetynet CLI', () => {
  it('--version and --help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
    for (const cmd of ['validate', 'test', 'evaluate', 'diff', 'screen', 'sla', 'replay', 'schema']) {
      const h = run([cmd, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain('Examples:');
      expect(h.stdout).toContain(`safetynet ${cmd}`);
    }
  });

  it('usage errors exit 2 and print help to stderr', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command');
    expect(run(['validate', '--no-such-flag']).code).toBe(2);
    expect(run([]).code).toBe(2);
  });

  it('validate passes on the bundled policies and prints no colour when not on a terminal', () => {
    const r = run(['validate', 'policies']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ policies/cn/pack.yaml');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('validate shows every error of a broken pack with its line, and --json parses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-cli-'));
    mkdirSync(join(dir, 'policies', 'broken'), { recursive: true });
    cpSync('test/fixtures/ten-mistakes.yaml', join(dir, 'policies', 'broken', 'pack.yaml'));
    const text = run(['validate', join(dir, 'policies')]);
    expect(text.code).toBe(1);
    const lines = text.stdout.split('\n').filter((l) => /pack\.yaml:\d+:\d+/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(12);
    expect(text.stdout).toMatch(/pack\.yaml:5:1 {2}colour {2}未知字段 "colour" \/ Unknown field "colour"/);
    const json = run(['validate', '--json', join(dir, 'policies')]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.ok).toBe(false);
    expect(parsed.errors).toBeGreaterThanOrEqual(12);
    expect(parsed.files[0].issues.every((i: { line?: number }) => typeof i.line === 'number')).toBe(true);
    const gh = run(['validate', '--format', 'github', join(dir, 'policies')]);
    expect(gh.stdout).toMatch(/^::error file=.*pack\.yaml,line=5,col=1,title=pack_unknown_key::colour: /m);
  });

  it('validate --strict fails on unverified figures', () => {
    expect(run(['validate', 'policies/cn']).code).toBe(0);
    expect(run(['validate', '--strict', 'policies/cn']).code).toBe(1);
  });

  it('test runs scenarios and closes with "N passed, N failed"; a failing scenario shows expected vs actual', () => {
    const ok = run(['test', 'policies/cn']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    const dir = mkdtempSync(join(tmpdir(), 'sn-cli-'));
    cpSync('policies/cn', join(dir, 'cn'), { recursive: true });
    writeFileSync(
      join(dir, 'cn', 'tests', 'wrong.yaml'),
      `- name: deliberately wrong\n  asOf: 2023-06-01\n  household: { members: [ { birthDate: 1980-01-01, incomes: [] } ] }\n  expect: { facts: { householdSize: "2" } }\n`,
    );
    const bad = run(['test', join(dir, 'cn')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('facts.householdSize: expected "2", got "1"');
    expect(bad.stdout).toMatch(/^\d+ passed, 1 failed$/m);
    const json = JSON.parse(run(['test', '--json', join(dir, 'cn')]).stdout);
    expect(json.failed).toBe(1);
  });

  it('evaluate reads a household from a file or stdin and explains the decision', () => {
    const household = JSON.stringify({
      propertyTestPassed: true,
      situations: ['fire'],
      members: [{ birthDate: '1980-01-01', incomes: [{ type: 'wage', monthly: '9000' }] }],
    });
    const en = run(['evaluate', '--pack', 'cn', '--as-of', '2023-06-01', '--lang', 'en', '-'], { input: household });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Temporary assistance (emergency) — eligible');
    expect(en.stdout).toContain('Assist first, approve later');
    const json = run(['evaluate', '--pack', 'cn', '--as-of', '2023-06-01', '--json', '-'], { input: household });
    expect(JSON.parse(json.stdout).packId).toBe('cn');
    const zh = run(['evaluate', '--pack', 'cn', '--as-of', '2023-06-01', '-'], { input: household });
    expect(zh.stdout).toContain('结论');
  });

  it('evaluate rejects a bad household with every problem (exit 1), and bad JSON', () => {
    const r = run(['evaluate', '--pack', 'cn', '--as-of', '2023-06-01', '-'], {
      input: JSON.stringify({ members: [{ incomes: [{ type: 'wage', monthly: '-1' }] }], colour: 1 }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('members[0].incomes[0].monthly');
    expect(r.stderr).toContain('colour');
    expect(run(['evaluate', '--pack', 'cn', '-'], { input: '{not json' }).code).toBe(1);
    expect(run(['evaluate', '--pack', 'no-such-pack', '-'], { input: '{}' }).code).toBe(1);
  });

  it('schema prints parseable JSON Schemas', () => {
    for (const name of ['pack', 'household', 'calendar', 'scenarios']) {
      const r = run(['schema', name]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).$schema).toContain('json-schema.org');
    }
    expect(run(['schema', 'nope']).code).toBe(2);
  });

  it('is executable through its shebang', () => {
    expect(execFileSync(CLI, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('staleness', () => {
  it('validate warns that Zhongshan has no known standard for the current year, and --strict fails', () => {
    const r = run(['validate', '--json', '--today', '2026-11-25', 'policies/zhongshan']);
    const report = JSON.parse(r.stdout);
    const stale = report.files[0].warnings.filter((w: { code: string }) => w.code === 'param_stale');
    expect(stale.map((w: { args: { parameter: string } }) => w.args.parameter)).toContain('dibao.standard');
    expect(stale[0].line).toBeGreaterThan(0);
    expect(run(['validate', '--strict', '--today', '2026-11-25', 'policies/zhongshan']).code).toBe(1);
    // in 2025 the 2025 figure is known: no staleness warning for the standard
    const in2025 = JSON.parse(run(['validate', '--json', '--today', '2025-11-25', 'policies/zhongshan']).stdout);
    expect(
      in2025.files[0].warnings.filter(
        (w: { code: string; args: { parameter: string } }) =>
          w.code === 'param_stale' && w.args.parameter === 'dibao.standard',
      ),
    ).toEqual([]);
  });
});

describe('replay', () => {
  it('exits 0 when a stored decision reproduces and 1 with the changed figure when it does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-replay-'));
    const household = {
      propertyTestPassed: true,
      members: [
        {
          birthDate: '1980-01-01',
          disability: null,
          labourCapacity: 'full',
          hasAbleSupporter: true,
          incomes: [{ type: 'wage', monthly: '1100' }],
        },
      ],
    };
    writeFileSync(join(dir, 'household.json'), JSON.stringify(household));
    const decision = run([
      'evaluate',
      '--pack',
      'zhongshan',
      '--as-of',
      '2022-06-01',
      '--json',
      join(dir, 'household.json'),
    ]);
    writeFileSync(join(dir, 'decision.json'), decision.stdout);
    const same = run(['replay', '--pack', 'zhongshan', join(dir, 'decision.json'), join(dir, 'household.json')]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('reproduces');
    cpSync('policies', join(dir, 'policies'), { recursive: true });
    const file = join(dir, 'policies', 'zhongshan', 'pack.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('value: "1160"');
    writeFileSync(file, text.replace('value: "1160"', 'value: "1160.01"'));
    const changed = run([
      'replay',
      '--pack',
      join(dir, 'policies', 'zhongshan'),
      '--json',
      join(dir, 'decision.json'),
      join(dir, 'household.json'),
    ]);
    expect(changed.code).toBe(1);
    const r = JSON.parse(changed.stdout);
    expect(r.differences).toContainEqual({ field: 'parameters.dibao.standard', stored: '1160', now: '1160.01' });
  });
});

describe('sla', () => {
  it('prints the deadlines of a report on the working-day calendar, with --json and --now', () => {
    const r = run([
      'sla',
      '--pack',
      'zhongshan',
      '--received',
      '2024-09-30T17:30:00+08:00',
      '--class',
      'emergency',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('first response due: 2024-09-30T18:30:00.000+08:00');
    expect(r.stdout).toContain('disposal due: 2024-10-09T23:59:59.999+08:00');
    const json = JSON.parse(
      run([
        'sla',
        '--pack',
        'zhongshan',
        '--received',
        '2024-09-30T17:30:00+08:00',
        '--class',
        'emergency',
        '--now',
        '2024-09-30T18:20:00+08:00',
        '--json',
      ]).stdout,
    );
    expect(json.status.firstResponse.state).toBe('at-risk');
    expect(json.packDigest).toMatch(/^sha256:/);
  });

  it('classifies a report file; a year the calendar does not cover leaves that deadline out, with what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-sla-'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ channel: 'hotline', lifeAtRisk: true }));
    const r = run([
      'sla',
      '--pack',
      'zhongshan',
      '--received',
      '2024-09-30T17:30:00+08:00',
      '--json',
      join(dir, 'report.json'),
    ]);
    expect(JSON.parse(r.stdout).class).toBe('emergency');
    const at2027 = ['sla', '--pack', 'zhongshan', '--received', '2026-12-30T10:00:00+08:00', '--class', 'emergency'];
    const y2027 = run([...at2027, '--lang', 'en']);
    expect(y2027.code).toBe(0);
    expect(y2027.stdout).toContain('first response due: 2026-12-30T11:00:00.000+08:00');
    expect(y2027.stdout).toContain('disposal due: (not computed');
    expect(y2027.stdout).toContain('→ Pass a calendar file');
    const provisional = run([...at2027, '--lang', 'en', '--uncovered-years', 'weekends-only']);
    expect(provisional.stdout).toContain('disposal due: 2027-01-01T23:59:59.999+08:00 (provisional)');
    expect(run([...at2027, '--uncovered-years', 'guess']).code).toBe(2);
    expect(run(['sla', '--pack', 'zhongshan', '--received', '2024-09-30 17:30', '--class', 'emergency']).code).toBe(1);
    expect(run(['sla', '--pack', 'zhongshan']).code).toBe(2);
  });

  it('--calendar: a calendar file of your own, validated like the bundled one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-cal-'));
    const bundled = readFileSync('policies/calendars/cn-mainland.yaml', 'utf8');
    // A made-up 2027 entry, for the test only: New Year's Day off on 2027-01-01.
    const fixture = `${bundled}\n  2027:\n    source: { title: test fixture, issuer: test, date: 2026-11-01, verified: false }\n    holidays:\n      - { name: { zh: 元旦, en: "New Year's Day" }, from: 2027-01-01, to: 2027-01-01 }\n`;
    writeFileSync(join(dir, 'with-2027.yaml'), fixture);
    const args = ['sla', '--pack', 'zhongshan', '--received', '2026-12-31T10:00:00+08:00', '--class', 'emergency'];
    const r = run([...args, '--calendar', join(dir, 'with-2027.yaml'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ disposalDue: '2027-01-05T23:59:59.999+08:00', provisional: false });
    writeFileSync(join(dir, 'broken.yaml'), fixture.replace('to: 2027-01-01', 'to: 2026-12-01'));
    const broken = run([...args, '--calendar', join(dir, 'broken.yaml')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+/);
  });

  it('--procedure --events: the stages of a case at a moment', () => {
    const r = run([
      'sla',
      '--pack',
      'chongqing-yongchuan',
      '--procedure',
      'dibao-review',
      '--events',
      'examples/cases/yongchuan-dibao.json',
      '--at',
      '2024-11-12T09:00:00+08:00',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('state: at-risk · next due: 2024-11-13T23:59:59.999+08:00 (district-opinion)');
    const json = run([
      'sla',
      '--pack',
      'chongqing-yongchuan',
      '--events',
      'examples/cases/yongchuan-dibao.json',
      '--at',
      '2024-11-12T09:00:00+08:00',
      '--json',
    ]);
    expect(JSON.parse(json.stdout).stages.map((s: { due: string }) => s.due)).toEqual([
      '2024-11-27T23:59:59.999+08:00',
      '2024-11-13T23:59:59.999+08:00',
    ]);
    const other = ['--pack', 'chongqing-yongchuan', '--procedure', 'warning-settlement'];
    expect(run(['sla', ...other, '--events', 'examples/cases/yongchuan-dibao.json']).code).toBe(2);
  });

  it('--reports and --cases: a caseload at a glance, text and JSON; an unjudgeable line exits 1', () => {
    const args = [
      'sla',
      '--pack',
      'zhongshan',
      '--reports',
      'examples/caseload/zhongshan-reports.jsonl',
      '--cases',
      'examples/caseload/zhongshan-cases.jsonl',
      '--at',
      '2024-10-09T20:00:00+08:00',
    ];
    const text = run([...args, '--lang', 'en']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('breached 3 · at-risk 2 · unknown 1 · on-time 1 · met 2');
    const json = JSON.parse(run([...args, '--json']).stdout);
    expect(json.items[0]).toMatchObject({ state: 'breached', id: 'zs-r-105' });
    expect(json.errors).toHaveLength(1);
    const reportsOnly = run(args.slice(0, 5).concat(['--at', '2024-10-09T20:00:00+08:00']));
    expect(reportsOnly.code).toBe(0);
  });

  it('Chengdu has urgency classes now: an immediate visit for sudden hardship', () => {
    const r = run(['sla', '--pack', 'chengdu', '--received', '2024-09-30T17:30:00+08:00', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('class: other reports (ordinary, default)');
    const sudden = run(['sla', '--pack', 'chengdu', '--received', '2024-09-30T17:30:00+08:00', '--class', 'sudden']);
    expect(sudden.stdout).toContain('2024-09-30T23:59:59.999+08:00');
  });
});

describe('validate: rule-set analysis', () => {
  it('reports a condition that can never be true and a tie of priority, as warnings with lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sn-analysis-'));
    mkdirSync(join(dir, 'policies', 'city'), { recursive: true });
    writeFileSync(
      join(dir, 'policies', 'city', 'pack.yaml'),
      `id: city
name: { zh: 城市, en: City }
version: 1.0.0
extends: cn
programmes:
  impossible:
    name: { zh: 不可能, en: Impossible }
    subject: member
    category: special-poverty
    rank: 1
    eligible:
      all:
        - { fact: age, operator: greaterThanInclusive, value: 60 }
        - { fact: age, operator: lessThan, value: 16 }
urgency:
  classes:
    a: { name: { zh: 甲, en: A }, priority: 1, when: { all: [ { fact: lifeAtRisk, operator: equal, value: true } ] } }
    b: { name: { zh: 乙, en: B }, priority: 1, when: { all: [ { fact: channel, operator: equal, value: hotline } ] } }
`,
    );
    const r = JSON.parse(run(['validate', '--json', join(dir, 'policies')]).stdout);
    const codes = r.files[0].warnings.map((w: { code: string; line?: number }) => [w.code, typeof w.line]);
    expect(codes).toContainEqual(['rule_never_true', 'number']);
    expect(codes).toContainEqual(['urgency_overlap_same_priority', 'number']);
    expect(r.ok).toBe(true); // warnings, not errors
    const off = JSON.parse(run(['validate', '--json', '--no-analyze', join(dir, 'policies')]).stdout);
    expect(off.files[0].warnings.map((w: { code: string }) => w.code)).not.toContain('rule_never_true');
  });
});
