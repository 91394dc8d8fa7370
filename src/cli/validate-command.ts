import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, formatPath, type Issue } from '../errors/index.js';
import { validateScenarioFile } from '../scenarios/index.js';
import { validateHousehold } from '../schema/index.js';
import type { CliIo } from './io.js';
import { validatePackFile } from './pack-arg.js';

/** Finds pack files under the given paths: a pack.yaml, a pack directory, or a policies directory. */
export function findPackFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      out.push(p); // reported as not found by the validator
      continue;
    }
    if (!statSync(p).isDirectory()) out.push(p);
    else if (existsSync(join(p, 'pack.yaml'))) out.push(join(p, 'pack.yaml'));
    else
      for (const d of readdirSync(p).sort()) if (existsSync(join(p, d, 'pack.yaml'))) out.push(join(p, d, 'pack.yaml'));
  }
  return out;
}

/** The scenario files of a pack file (`<pack dir>/tests/*.yaml`). */
export function scenarioFilesOf(packFile: string): string[] {
  const dir = join(packFile, '..', 'tests');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

interface FileReport {
  file: string;
  ok: boolean;
  issues: Issue[];
  warnings: Issue[];
}

/**
 * `safetynet validate [paths…] [--strict] [--json|--format github]`: every pack and every scenario file,
 * every problem at once, grouped per file. Returns the exit code (1 on any error, or any warning with --strict).
 */
export function validateCommand(
  paths: readonly string[],
  flags: { strict: boolean; format: 'text' | 'json' | 'github'; analyze: boolean },
  io: CliIo,
): number {
  const report: FileReport[] = [];
  for (const file of findPackFiles(paths.length ? paths : ['policies'])) {
    const r = validatePackFile(file, io.today, flags.analyze);
    const warnings = [...r.warnings].filter((w) => w.file === undefined || w.file === r.file);
    const issues = r.ok ? [] : [...r.issues];
    report.push({ file: r.file, ok: issues.length === 0 && !(flags.strict && warnings.length), issues, warnings });
    for (const sf of scenarioFilesOf(file)) report.push(checkScenarioFile(sf));
  }
  const failed = report.filter((r) => !r.ok).length;
  const errors = report.reduce((n, r) => n + r.issues.length, 0);
  const warnings = report.reduce((n, r) => n + r.warnings.length, 0);
  if (flags.format === 'json') {
    io.out(JSON.stringify({ ok: failed === 0, strict: flags.strict, errors, warnings, files: report }, null, 2));
  } else if (flags.format === 'github') {
    for (const r of report) {
      for (const i of [...r.issues, ...r.warnings]) {
        const where = [
          `file=${i.file ?? r.file}`,
          ...(i.line ? [`line=${i.line}`, `col=${i.col ?? 1}`] : []),
          `title=${i.code}`,
        ].join(',');
        io.out(
          `::${i.severity === 'error' || flags.strict ? 'error' : 'warning'} ${where}::${escapeGithub(`${formatPath(i.path)}: ${i.message.zh} / ${i.message.en}`)}`,
        );
      }
    }
    io.out(`${report.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
  } else {
    for (const r of report) {
      io.out(
        `${r.ok ? io.paint('green', '✓') : io.paint('red', '✗')} ${r.file}${r.issues.length ? ` — ${r.issues.length} error(s)` : ''}${r.warnings.length ? ` — ${r.warnings.length} warning(s)` : ''}`,
      );
      for (const i of r.issues) io.out(`  ${io.paint('red', formatIssue(i))}`);
      for (const i of r.warnings) io.out(`  ${io.paint('yellow', formatIssue(i))}`);
    }
    io.out(
      `${report.length} file(s) checked: ${errors} error(s), ${warnings} warning(s)${flags.strict ? ' (--strict: warnings fail)' : ''}`,
    );
  }
  return failed ? 1 : 0;
}

function checkScenarioFile(file: string): FileReport {
  const parsed = validateScenarioFile(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) return { file, ok: false, issues: [...parsed.issues], warnings: [] };
  const issues: Issue[] = [];
  parsed.value.forEach((s, i) => {
    const h = validateHousehold(s.household);
    if (!h.ok)
      for (const issue of h.issues)
        issues.push({ ...issue, file, path: [i, 'household', ...issue.path], ...(s.line ? { line: s.line } : {}) });
  });
  return { file, ok: issues.length === 0, issues, warnings: [] };
}

function escapeGithub(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
