import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from './helpers/child-env.js';

// examples/policy-repo is a city's policy repository; its scripts/ci.sh is what its GitHub workflow runs. Here it runs
// end to end on a temporary git repository: commit 1 = the example as shipped, commit 2 = next year's standard with a
// scenario for it, commit 3 = a typo in a rule. The CLI is this repository's build (the temp repo has no node_modules).

const CLI = resolve('dist/cli.js');
const EXAMPLE = resolve('examples/policy-repo');
const PACK = 'policies/chengdu/pack.yaml';
const SCENARIOS = 'policies/chengdu/tests/dibao.yaml';

const env = childEnv({
  GITHUB_ACTIONS: '', // the script picks --format github itself inside Actions; here each case says what it wants
  SAFETYNET_BIN: `${process.execPath} ${CLI}`,
  TODAY: '2026-11-25', // staleness warnings depend on "today"
});
delete env.AS_OF;
delete env.STRICT;
delete env.FORMAT;
delete env.BASE;
delete env.OUT;

describe('examples/policy-repo: scripts/ci.sh on a temporary git repository', () => {
  let repo = '';
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
  const ci = (extra: Record<string, string> = {}) => {
    const r = spawnSync('bash', ['scripts/ci.sh'], { cwd: repo, encoding: 'utf8', env: { ...env, ...extra } });
    const out = join(repo, extra.OUT ?? 'safetynet-report.md');
    return {
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      report: existsSync(out) ? readFileSync(out, 'utf8') : '',
    };
  };
  const edit = (file: string, f: (text: string) => string) => {
    const path = join(repo, file);
    const before = readFileSync(path, 'utf8');
    const after = f(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
  };

  beforeAll(() => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    repo = mkdtempSync(join(tmpdir(), 'sn-policy-repo-'));
    cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !/[\\/](node_modules|safetynet-report\.md)$/.test(src) });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'Chengdu pack');
    // commit 2: next year's standard (a made-up notice, unverified) and a scenario for it
    edit(PACK, (t) =>
      t
        .replace(
          /^ {2}cd-2018-discovery:$/m,
          [
            '  cd-2027:',
            '    title: 成都市2027年城乡最低生活保障标准（测试用，虚构）',
            '    issuer: 成都市民政局',
            '    date: 2026-12-28',
            '    verified: false',
            '    note: A made-up notice for the CI test.',
            '  cd-2018-discovery:',
          ].join('\n'),
        )
        .replace(
          /^( {6}- \{ from: 2026-01-01, value: \{ A: "1120", B: "1120" \}, source: cd-2026 \})$/m,
          '$1\n      - { from: 2027-01-01, value: { A: "1150", B: "1150" }, source: cd-2027, published: 2026-12-28 }',
        ),
    );
    edit(
      SCENARIOS,
      (t) =>
        t.trimEnd() +
        '\n\n' +
        [
          '- name: "2027-01-01 标准提高到 1150，人均 1130 — 低保 / the 2027 standard 1150 — 1130 per person: dibao"',
          '  asOf: 2027-01-01',
          '  household: { district: jianyang, propertyTestPassed: true, members: [ { birthDate: 1980-01-01, disability: null, severeIllness: false, incomes: [ { type: wage, monthly: "1130" } ] } ] }',
          '  expect:',
          '    category: dibao',
          '    reasons: [ "1130.00 < dibao standard 1150.00" ]',
        ].join('\n') +
        '\n',
    );
    git('commit', '-qam', 'Chengdu 2027 standard');
  });

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('a pull request adding the 2027 standard: validate, test and diff pass; the report has the change and its effect', () => {
    const r = ci({ BASE: 'HEAD~1' });
    expect(r.stderr).not.toMatch(/command not found|No such file|unbound variable|syntax error/);
    expect(r.code).toBe(0);
    // validate: no error; the unverified 2027 figure is a warning, which does not fail the check
    expect(r.stdout).toContain(`✓ ${PACK} — 1 warning(s)`);
    expect(r.stdout).toMatch(/figure_unverified|未经核实/);
    expect(r.stdout).toContain('2 file(s) checked: 0 error(s), 1 warning(s)');
    // test: every scenario, including the new one
    const scenarios = readFileSync(join(repo, SCENARIOS), 'utf8').match(/^- name:/gm)!.length;
    expect(scenarios).toBe(17);
    expect(r.stdout).toMatch(new RegExp(`^${scenarios} passed, 0 failed$`, 'm'));
    // diff: the parameter row, evaluated on the day the change applies
    expect(r.report.startsWith('<!-- safetynet-policy-ci -->')).toBe(true);
    expect(r.report).toContain('| validate | ✅ 2 file(s) checked: 0 error(s), 1 warning(s) |');
    expect(r.report).toContain(`| test | ✅ ${scenarios} passed, 0 failed |`);
    expect(r.report).toContain('| diff | `policies/chengdu` (as of 2027-01-01) |');
    expect(r.report).toContain('| `dibao.standard` | 2027-01-01 | — | A 1150 / B 1150 |');
    // population impact, against an independent recount of the sample: per person in [1120, 1150) flips edge → dibao
    const sample = readFileSync(join(repo, 'population/sample.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { members: { incomes: { monthly: string }[] }[] });
    const fen = (s: string) => {
      const [y, f = ''] = s.split('.');
      return Number(y) * 100 + Number(`${f}00`.slice(0, 2));
    };
    const flips = sample.filter((h) => {
      const total = h.members.reduce((n, m) => n + m.incomes.reduce((k, i) => k + fen(i.monthly), 0), 0);
      return total >= 112000 * h.members.length && total < 115000 * h.members.length;
    }).length;
    expect(flips).toBeGreaterThan(0);
    expect(r.report).toContain(`**${flips}** of ${sample.length} households change category`);
    expect(r.report).toContain(`| edge→dibao | ${flips} |`);
  });

  it('nothing changed under policies/: passes and says so', () => {
    const r = ci({ BASE: 'HEAD', OUT: 'same.md' });
    expect(r.code).toBe(0);
    expect(r.report).toContain('No pack under policies/ changed');
    expect(r.report).toContain('| diff | — |');
  });

  it('a changed visit cycle (uncommitted) shows in the diff; a comment-only change gets the note for the reviewer', () => {
    edit(PACK, (t) => t.replace('every: { months: 3 }', 'every: { months: 6 }'));
    try {
      const r = ci({ BASE: 'HEAD', OUT: 'cycle.md' });
      expect(r.code).toBe(0);
      expect(r.report).toContain('cycles `quarterly`: changed');
      expect(r.report).not.toContain('changed in ways this comparison does not cover');
    } finally {
      git('checkout', '--', PACK);
    }
    edit(PACK, (t) => t.replace('\nzones:', "\n# a reviewer's comment\nzones:"));
    try {
      const r = ci({ BASE: 'HEAD', OUT: 'comment.md' });
      expect(r.code).toBe(0);
      expect(r.report).toContain('No change to the pack itself');
      expect(r.report).toContain('`policies/chengdu/pack.yaml` changed in ways this comparison does not cover');
    } finally {
      git('checkout', '--', PACK);
    }
  });

  it('STRICT=1 makes the unverified-figure warning fail the check', () => {
    const r = ci({ BASE: 'HEAD', STRICT: '1', FORMAT: 'github', OUT: 'strict.md' }); // no pack changed: validate and test only
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${PACK},line=\\d+,col=\\d+,title=figure_unverified::`, 'm'));
    expect(r.report).toContain('| validate | ❌');
  });

  it('a typo in a rule (commit 3): exit 1, an annotation on the file and line, the report says what broke', () => {
    edit(PACK, (t) => t.replace('fact: hasSevereIllness', 'fact: hasSevereIlness'));
    git('commit', '-qam', 'typo');
    const line =
      readFileSync(join(repo, PACK), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('hasSevereIlness')) + 1;
    expect(line).toBeGreaterThan(0);
    const r = ci({ BASE: 'HEAD~1', FORMAT: 'github' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`^::error file=${PACK},line=${line},col=\\d+,title=rule_unknown_fact::.*hasSevereIlness`, 'm'),
    );
    expect(r.stdout).toMatch(/^0 passed, 1 failed$/m);
    expect(r.report).toContain('| validate | ❌ 2 file(s), 1 error(s), 1 warning(s) |');
    expect(r.report).toContain('| test | ❌ 0 passed, 1 failed |');
    expect(r.report).toContain('| diff | `policies/chengdu` ❌ |');
    expect(r.report).toContain(`${PACK}:${line}:`); // annotations made readable for the comment
    expect(r.report).toContain('did you mean "hasSevereIllness"');
  });
});

describe('docs/ci.md', () => {
  it('shows the example workflow as it is', () => {
    const doc = readFileSync('docs/ci.md', 'utf8');
    const workflow = readFileSync(join(EXAMPLE, '.github/workflows/policy-ci.yml'), 'utf8');
    expect(doc).toContain(`\`\`\`yaml\n${workflow}\`\`\``);
  });
});
