import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands.js';
import { childEnv } from './helpers/child-env.js';

// Every command the README shows, and every example of every command's --help, runs as written in a fresh clone of
// this repository (so a file they name must be committed). `npx safetynet` is this repository's build; `npm ci` links
// this checkout's node_modules (the registry is not asked). The few commands not run are listed with the reason.
const CLI = resolve('dist/cli.js');
const env = childEnv();

/** The README's shell commands this test does not run, and why. */
const NOT_RUN: Readonly<Record<string, string>> = {
  'npm install safetynet-cn':
    'installs from the npm registry; test/authoring-guide.test.ts installs the packed tarball',
  'npm ci && npm test': 'the whole suite, this test included',
  'npm run explorer': 'a server that runs until stopped; test/explorer.test.ts builds and serves the page to Chromium',
  'npm run explorer:build': 'built as this by test/explorer.test.ts, then driven in headless Chromium',
};

/** A command of a README block, with the output shown under it (for `$ ` lines). */
interface Shown {
  readonly command: string;
  readonly output: readonly string[];
}

/** Every command line of the README's sh blocks (a `$ ` line with the output under it), without trailing comments. */
function readmeCommands(): Shown[] {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.split('\n'));
  const out: Shown[] = [];
  for (const lines of blocks) {
    const prompted = lines.some((l) => l.startsWith('$ '));
    lines.forEach((line, i) => {
      if (prompted && !line.startsWith('$ ')) return; // output
      const m = /^(\$ )?(.*?)(\s{2,}#.*)?$/.exec(line)!;
      if (!m[2]!.trim()) return;
      const output: string[] = [];
      if (m[1])
        for (let j = i + 1; j < lines.length && lines[j] && !lines[j]!.startsWith('$ '); j++) output.push(lines[j]!);
      out.push({ command: m[2]!.trim(), output });
    });
  }
  return out;
}

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a shell command in a directory, `npx safetynet` and `safetynet` being this repository's build. */
async function run(cwd: string, command: string): Promise<Ran> {
  const cli = JSON.stringify(CLI);
  const modules = JSON.stringify(resolve('node_modules'));
  const shim =
    `npx() { if [ "$1" = safetynet ]; then shift; node ${cli} "$@"; else command npx "$@"; fi; }\n` +
    `safetynet() { node ${cli} "$@"; }\n` +
    `npm() { if [ "$1" = ci ]; then ln -sfn ${modules} node_modules; else command npm "$@"; fi; }\n`;
  try {
    const r = await promisify(execFile)('bash', ['-c', `${shim}${command}`], {
      cwd,
      encoding: 'utf8',
      env,
      maxBuffer: 64 << 20,
    });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof x.code === 'number' ? x.code : null, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

/** Runs the jobs two at a time (each job's commands in order, in a clone of its own). */
async function inPairs<T>(jobs: readonly (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

function expectWorks(command: string, r: Ran): void {
  const allowed = /--strict/.test(command) ? [0, 1] : [0];
  expect.soft(allowed, `${command}\n${r.stderr}`).toContain(r.status);
  expect.soft(r.stderr, command).not.toMatch(/File not found|Unknown (command|option)|^usage|No pack "/m);
}

describe('the commands the README and --help show', () => {
  let origin = '';
  let n = 0;
  /** A fresh clone of the repository as committed, with `origin/main` (a CI checkout may lack the branch). */
  const freshClone = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sn-readme-')), `repo-${n++}`);
    execFileSync('git', ['clone', '-q', origin, dir], { env });
    const hasMain = spawnSync('git', ['rev-parse', '-q', '--verify', 'origin/main'], { cwd: dir, env }).status === 0;
    if (!hasMain) execFileSync('git', ['update-ref', 'refs/remotes/origin/main', 'HEAD'], { cwd: dir, env });
    return dir;
  };

  beforeAll(() => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    origin = process.cwd();
  });

  it('finds the commands in the README; those not run are there, with a reason', () => {
    const shown = readmeCommands().map((c) => c.command);
    const names = shown.filter((c) => c.startsWith('npx safetynet ')).map((c) => c.split(' ')[2]);
    for (const name of ['validate', 'test', 'evaluate', 'diff', 'screen', 'sla', 'replay', 'doc', 'facts', 'init'])
      expect(names).toContain(name);
    for (const command of Object.keys(NOT_RUN)) expect(shown).toContain(command);
  });

  it('runs every README command as written, with the output the README shows', { timeout: 600_000 }, async () => {
    const shown = readmeCommands();
    // The slow, independent ones (validate, test, the demo's build) each in a clone of their own; the rest in order
    // in one clone (a later command may read what an earlier one wrote).
    const alone = (c: Shown) => /^npx safetynet (validate|test) |^npm ci && npm run demo/.test(c.command);
    const results: (Ran | undefined)[] = [];
    const chain = async () => {
      const clone = freshClone();
      for (const [i, c] of shown.entries())
        if (!alone(c) && !(c.command in NOT_RUN)) results[i] = await run(clone, c.command);
    };
    const solo = shown.flatMap((c, i) =>
      alone(c) ? [async () => void (results[i] = await run(freshClone(), c.command))] : [],
    );
    await inPairs([chain, ...solo]);
    shown.forEach(({ command, output }, i) => {
      const r = results[i];
      if (!r) return;
      expectWorks(command, r);
      // The demo's own output comes first: the build it runs prints nothing when it succeeds.
      if (command.includes('npm run demo'))
        expect.soft(r.stdout, command).not.toMatch(/^(wrote |embedded |CLI |ESM |CJS |DTS |Build success)/m);
      const said = `${r.stderr}\n${r.stdout}`.replace(/in \d+\.\d s/g, 'in 0.0 s');
      for (const line of output) expect.soft(said, command).toContain(line.replace(/in \d+\.\d s/g, 'in 0.0 s'));
    });
  });

  it('runs every example of every command’s --help', { timeout: 300_000 }, async () => {
    const jobs = Object.entries(COMMANDS).map(([name, command]) => async () => {
      expect.soft(command.examples.length, name).toBeGreaterThan(0);
      // An example the README shows too has run already.
      const inReadme = new Set(readmeCommands().map((c) => c.command.replace(/^npx /, '')));
      const clone = freshClone();
      const results: [string, Ran][] = [];
      for (const example of command.examples)
        if (!inReadme.has(example)) results.push([example, await run(clone, example)]);
      return results;
    });
    for (const [example, r] of (await inPairs(jobs)).flat()) expectWorks(example, r);
  });
});
