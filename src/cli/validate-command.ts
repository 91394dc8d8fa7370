import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, type Issue } from '../errors/index.js';
import { getBundledPack } from '../pack/bundled.js';
import { readPackFile } from '../pack/load.js';
import { validatePack } from '../pack/validate.js';
import type { CliIo } from './io.js';

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
    else for (const d of readdirSync(p).sort()) if (existsSync(join(p, d, 'pack.yaml'))) out.push(join(p, d, 'pack.yaml'));
  }
  return out;
}

/** `safetynet validate [paths…] [--strict] [--json]`: every problem of every pack at once. Returns the exit code. */
export function validateCommand(paths: readonly string[], flags: { strict: boolean; json: boolean }, io: CliIo): number {
  const files = findPackFiles(paths.length ? paths : ['policies']);
  const report: { file: string; ok: boolean; issues: Issue[]; warnings: Issue[] }[] = [];
  for (const file of files) {
    const input = readPackFile(file);
    const r = validatePack(input, {
      today: io.today,
      resolveParent(id) {
        const sibling = join(file, '..', '..', id, 'pack.yaml');
        if (existsSync(sibling)) return readPackFile(sibling);
        try {
          return getBundledPack(id);
        } catch {
          return undefined;
        }
      },
    });
    const issues = r.ok ? [] : [...r.issues];
    const warnings = [...r.warnings].filter((w) => w.file === undefined || w.file === input.file);
    report.push({ file: input.file ?? file, ok: r.ok && !(flags.strict && warnings.length), issues, warnings });
  }
  const failed = report.filter((r) => !r.ok).length;
  if (flags.json) {
    io.out(JSON.stringify({ ok: failed === 0, strict: flags.strict, files: report }, null, 2));
  } else {
    for (const r of report) {
      io.out(`${r.ok ? '✓' : '✗'} ${r.file}${r.issues.length ? ` — ${r.issues.length} error(s)` : ''}${r.warnings.length ? ` — ${r.warnings.length} warning(s)` : ''}`);
      for (const i of [...r.issues, ...r.warnings]) io.out('  ' + formatIssue(i));
    }
    io.out(`${report.length} pack(s), ${failed} failed${flags.strict ? ' (strict: warnings fail)' : ''}`);
  }
  return failed ? 1 : 0;
}
