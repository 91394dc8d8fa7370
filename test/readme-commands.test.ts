import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands.js';

// Every command the README shows, and every example of every command's --help, runs as written in a fresh clone of
// this repository (so a file they name must be committed). `npx safetynet` is this repository's build.
const CLI = resolve('dist/cli.js');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NO_COLOR: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
};
delete env.FORCE_COLOR;

/** A command of a README block, with the output shown under it (for `$ ` lines). */
interface Shown {
  readonly command: string;
  readonly output: readonly string[];
}

/** The `npx safetynet …` lines of the README's sh blocks, without their trailing comments. */
function readmeCommands(): Shown[] {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.split('\n'));
  const out: Shown[] = [];
  for (const lines of blocks) {
    lines.forEach((line, i) => {
      const m = /^(\$ )?(npx safetynet .*?)(\s{2,}#.*)?$/.exec(line);
      if (!m) return;
      const output: string[] = [];
      if (m[1])
        for (let j = i + 1; j < lines.length && lines[j] && !lines[j]!.startsWith('$ '); j++) output.push(lines[j]!);
      out.push({ command: m[2]!, output });
    });
  }
  return out;
}

describe('the commands the README and --help show', () => {
  let clone = '';
  const run = (command: string) => {
    const shim = `npx() { if [ "$1" = safetynet ]; then shift; node ${JSON.stringify(CLI)} "$@"; else command npx "$@"; fi; }\nsafetynet() { node ${JSON.stringify(CLI)} "$@"; }\n`;
    return spawnSync('bash', ['-c', `${shim}${command}`], { cwd: clone, encoding: 'utf8', env });
  };
  const expectWorks = (command: string, r: ReturnType<typeof run>) => {
    const allowed = /--strict/.test(command) ? [0, 1] : [0];
    expect(allowed, `${command}\n${r.stderr}`).toContain(r.status);
    expect(r.stderr, command).not.toMatch(/File not found|Unknown (command|option)|^usage|No pack "/m);
  };

  beforeAll(() => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    clone = join(mkdtempSync(join(tmpdir(), 'sn-readme-')), 'repo');
    execFileSync('git', ['clone', '-q', process.cwd(), clone], { env });
    // `origin/main` as a clone of the project has it (a CI checkout may lack the branch).
    const hasMain = spawnSync('git', ['rev-parse', '-q', '--verify', 'origin/main'], { cwd: clone, env }).status === 0;
    if (!hasMain) execFileSync('git', ['update-ref', 'refs/remotes/origin/main', 'HEAD'], { cwd: clone, env });
  });

  it('finds the commands in the README', () => {
    const commands = readmeCommands().map((c) => c.command.split(' ')[2]);
    for (const name of ['validate', 'test', 'evaluate', 'diff', 'screen', 'sla', 'replay', 'doc', 'facts', 'init'])
      expect(commands).toContain(name);
  });

  it('runs every README command as written, with the output the README shows', () => {
    for (const { command, output } of readmeCommands()) {
      const r = run(command);
      expectWorks(command, r);
      const said = `${r.stderr}\n${r.stdout}`.replace(/in \d+\.\d s/g, 'in 0.0 s');
      for (const line of output) expect(said, command).toContain(line.replace(/in \d+\.\d s/g, 'in 0.0 s'));
    }
  });

  it('runs every example of every command’s --help', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(command.examples.length, name).toBeGreaterThan(0);
      for (const example of command.examples) expectWorks(example, run(example));
    }
  });
});
