import { readFileSync } from 'node:fs';
import { formatIssue } from '../errors/index.js';
import { discoverPolicies } from '../node/index.js';
import { runScenarios, validateScenarioFile, type ScenarioResult } from '../scenarios/index.js';
import type { CliIo } from './io.js';
import { validatePackFile } from './pack-arg.js';

type PackResult = ScenarioResult & { pack: string };

/** A pack or scenario file that could not be run, with why. */
interface Broken {
  file: string;
  issues: string[];
}

/**
 * `safetynet test [paths…] [--json]`: runs every scenario of every pack found; prints expected vs actual
 * for each failure and a closing "N passed, N failed" line. Exit 1 when anything failed or a pack is invalid.
 */
export function testCommand(paths: readonly string[], flags: { json: boolean }, io: CliIo): number {
  const { results, broken } = runAll(paths.length ? paths : ['policies']);
  const failed = results.filter((r) => !r.ok);
  const passed = results.length - failed.length;
  if (flags.json) {
    const ok = failed.length === 0 && broken.length === 0;
    const shown = results.map(({ decision: _decision, ...r }) => r);
    io.out(JSON.stringify({ ok, passed, failed: failed.length, broken, results: shown }, null, 2));
  } else {
    printFailures(broken, failed, io);
    io.out(`${passed} passed, ${failed.length + broken.length} failed`);
  }
  return failed.length || broken.length ? 1 : 0;
}

/** Runs the scenario files of every pack found under the paths. */
function runAll(paths: readonly string[]): { results: PackResult[]; broken: Broken[] } {
  const results: PackResult[] = [];
  const broken: Broken[] = [];
  for (const { packFile, scenarioFiles } of discoverPolicies(paths)) {
    const r = validatePackFile(packFile);
    if (!r.ok) {
      broken.push({ file: r.file, issues: r.issues.map(formatIssue) });
      continue;
    }
    for (const file of scenarioFiles) {
      const parsed = validateScenarioFile(readFileSync(file, 'utf8'), file);
      if (!parsed.ok) broken.push({ file, issues: parsed.issues.map(formatIssue) });
      else for (const res of runScenarios(r.value, parsed.value, file)) results.push({ ...res, pack: r.value.id });
    }
  }
  return { results, broken };
}

function printFailures(broken: readonly Broken[], failed: readonly PackResult[], io: CliIo): void {
  for (const b of broken) {
    io.out(io.paint('red', `✗ ${b.file}: cannot run`));
    for (const line of b.issues) io.out(`    ${line}`);
  }
  for (const f of failed) {
    io.out(io.paint('red', `✗ ${f.file ?? ''}${f.line ? `:${f.line}` : ''}  [${f.pack}] ${f.name}`));
    if (f.error) io.out(`    ${f.error.message.split('\n').join('\n    ')}`);
    for (const x of f.failures) {
      const expected = io.paint('green', JSON.stringify(x.expected));
      // A list of reasons or codes reads better one per line.
      if (Array.isArray(x.actual) && x.actual.length > 3) {
        io.out(`    ${x.field}: expected ${expected}, got:`);
        for (const a of x.actual) io.out(`      ${io.paint('red', String(a))}`);
      } else io.out(`    ${x.field}: expected ${expected}, got ${io.paint('red', JSON.stringify(x.actual))}`);
    }
  }
}
