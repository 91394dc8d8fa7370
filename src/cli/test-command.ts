import { readFileSync } from 'node:fs';
import { formatIssue } from '../errors/index.js';
import { validateScenarioFile, runScenarios, type ScenarioResult } from '../scenarios/index.js';
import type { CliIo } from './io.js';
import { validatePackFile } from './pack-arg.js';
import { findPackFiles, scenarioFilesOf } from './validate-command.js';

/**
 * `safetynet test [paths…] [--json]`: runs every scenario of every pack found; prints expected vs actual
 * for each failure and a closing "N passed, N failed" line. Exit 1 when anything failed or a pack is invalid.
 */
export function testCommand(paths: readonly string[], flags: { json: boolean }, io: CliIo): number {
  const results: (ScenarioResult & { pack: string })[] = [];
  const broken: { file: string; issues: string[] }[] = [];
  for (const packFile of findPackFiles(paths.length ? paths : ['policies'])) {
    const r = validatePackFile(packFile);
    if (!r.ok) {
      broken.push({ file: r.file, issues: r.issues.map(formatIssue) });
      continue;
    }
    for (const file of scenarioFilesOf(packFile)) {
      const parsed = validateScenarioFile(readFileSync(file, 'utf8'), file);
      if (!parsed.ok) {
        broken.push({ file, issues: parsed.issues.map(formatIssue) });
        continue;
      }
      for (const res of runScenarios(r.value, parsed.value, file)) results.push({ ...res, pack: r.value.id });
    }
  }
  const failed = results.filter((r) => !r.ok);
  const passed = results.length - failed.length;
  if (flags.json) {
    io.out(
      JSON.stringify(
        {
          ok: failed.length === 0 && broken.length === 0,
          passed,
          failed: failed.length,
          broken,
          results: results.map(({ decision: _decision, ...r }) => r),
        },
        null,
        2,
      ),
    );
  } else {
    for (const b of broken) {
      io.out(io.paint('red', `✗ ${b.file}: cannot run`));
      for (const line of b.issues) io.out(`    ${line}`);
    }
    for (const f of failed) {
      io.out(io.paint('red', `✗ ${f.file ?? ''}${f.line ? `:${f.line}` : ''}  [${f.pack}] ${f.name}`));
      if (f.error) io.out(`    ${f.error.message.split('\n').join('\n    ')}`);
      for (const x of f.failures) {
        io.out(
          `    ${x.field}: expected ${io.paint('green', JSON.stringify(x.expected))}, got ${io.paint('red', JSON.stringify(x.actual))}`,
        );
      }
    }
    io.out(`${passed} passed, ${failed.length + broken.length} failed`);
  }
  return failed.length || broken.length ? 1 : 0;
}
