import { readFileSync } from 'node:fs';
import { formatIssue, formatPath, type Issue } from '../errors/index.js';
import { discoverPolicies } from '../node/index.js';
import type { PolicyPack } from '../pack/index.js';
import { checkScenarioExpectations, checkScenarioHouseholds, validateScenarioFile } from '../scenarios/index.js';
import type { CliIo } from './io.js';
import { validatePackFile } from './pack-arg.js';

interface FileReport {
  file: string;
  ok: boolean;
  issues: Issue[];
  warnings: Issue[];
}

interface ValidateFlags {
  strict: boolean;
  format: 'text' | 'json' | 'github';
  analyze: boolean;
}

/**
 * `safetynet validate [paths…] [--strict] [--json|--format github]`: every pack and every scenario file,
 * every problem at once, grouped per file. Returns the exit code (1 on any error, or any warning with --strict).
 */
export function validateCommand(paths: readonly string[], flags: ValidateFlags, io: CliIo): number {
  const report: FileReport[] = [];
  for (const { packFile, scenarioFiles } of discoverPolicies(paths.length ? paths : ['policies'])) {
    const r = validatePackFile(packFile, io.today, flags.analyze);
    // The parent's own warnings are reported with the parent, not with each pack that extends it.
    const warnings = [...r.warnings].filter((w) => w.file === undefined || w.file === r.file);
    const issues = r.ok ? [] : [...r.issues];
    report.push({ file: r.file, ok: issues.length === 0 && !(flags.strict && warnings.length), issues, warnings });
    for (const file of scenarioFiles) report.push(checkScenarioFile(file, r.ok ? r.value : undefined));
  }
  const failed = report.filter((r) => !r.ok).length;
  if (flags.format === 'json') io.out(JSON.stringify(jsonReport(report, flags.strict), null, 2));
  else if (flags.format === 'github') printGithub(report, flags.strict, io);
  else printText(report, flags.strict, io);
  return failed ? 1 : 0;
}

/** A scenario file: its shape, its households, and the names its expectations use (against the pack when valid). */
function checkScenarioFile(file: string, pack: PolicyPack | undefined): FileReport {
  const parsed = validateScenarioFile(readFileSync(file, 'utf8'), file);
  const issues = parsed.ok
    ? [...checkScenarioHouseholds(parsed.value, file), ...checkScenarioExpectations(parsed.value, pack, file)]
    : [...parsed.issues];
  return { file, ok: issues.length === 0, issues, warnings: [] };
}

function counts(report: readonly FileReport[]): { errors: number; warnings: number } {
  return {
    errors: report.reduce((n, r) => n + r.issues.length, 0),
    warnings: report.reduce((n, r) => n + r.warnings.length, 0),
  };
}

function jsonReport(report: FileReport[], strict: boolean) {
  return { ok: report.every((r) => r.ok), strict, ...counts(report), files: report };
}

/** GitHub Actions workflow commands: one annotation per issue, on its file and line. */
function printGithub(report: readonly FileReport[], strict: boolean, io: CliIo): void {
  for (const r of report) {
    for (const i of [...r.issues, ...r.warnings]) {
      const where = [
        `file=${i.file ?? r.file}`,
        ...(i.line ? [`line=${i.line}`, `col=${i.col ?? 1}`] : []),
        `title=${i.code}`,
      ].join(',');
      const text = escapeGithub(`${formatPath(i.path)}: ${i.message.zh} / ${i.message.en}`);
      io.out(`::${i.severity === 'error' || strict ? 'error' : 'warning'} ${where}::${text}`);
    }
  }
  const { errors, warnings } = counts(report);
  io.out(`${report.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
}

function printText(report: readonly FileReport[], strict: boolean, io: CliIo): void {
  for (const r of report) {
    const mark = r.ok ? io.paint('green', '✓') : io.paint('red', '✗');
    const errorCount = r.issues.length ? ` — ${r.issues.length} error(s)` : '';
    const warningCount = r.warnings.length ? ` — ${r.warnings.length} warning(s)` : '';
    io.out(`${mark} ${r.file}${errorCount}${warningCount}`);
    for (const i of r.issues) io.out(`  ${io.paint('red', formatIssue(i))}`);
    for (const i of r.warnings) io.out(`  ${io.paint('yellow', formatIssue(i))}`);
  }
  const { errors, warnings } = counts(report);
  io.out(
    `${report.length} file(s) checked: ${errors} error(s), ${warnings} warning(s)${strict ? ' (--strict: warnings fail)' : ''}`,
  );
}

function escapeGithub(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
