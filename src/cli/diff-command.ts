import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { diffPacks } from '../diff/index.js';
import { parsePopulation } from '../diff/index.js';
import { renderDiffMarkdown } from '../render/index.js';
import { PackError, formatIssue } from '../errors/index.js';
import { getBundledPack } from '../pack/index.js';
import type { PolicyPack } from '../pack/index.js';
import { validatePack, type PackInput } from '../pack/index.js';
import type { CliIo } from './io.js';
import { packFromArg } from './pack-arg.js';

/** Reads a file at a git revision (`git show <rev>:./<path>`), or undefined if it is not there. */
function gitShow(rev: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${rev}:./${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * A pack argument of `diff`: `<rev>:<dir>` (a git revision of a pack directory, its parent read from the same
 * revision), a directory or file, or a bundled pack id.
 */
export function packAtRevisionOrPath(arg: string): PolicyPack {
  const m = /^([^:]+):(.+)$/.exec(arg);
  if (m && !existsSync(arg)) {
    const [, rev, rawDir] = m as unknown as [string, string, string];
    const dir = rawDir.replace(/\/pack\.yaml$/, '').replace(/\/$/, '');
    const read = (d: string): PackInput | undefined => {
      const text = gitShow(rev, `${d}/pack.yaml`);
      return text === undefined ? undefined : { text, file: `${rev}:${d}/pack.yaml` };
    };
    const input = read(dir);
    if (!input) throw new PackError('pack_not_found', `No pack at ${rev}:${dir}/pack.yaml`);
    const r = validatePack(input, {
      resolveParent: (id) => {
        const sibling = read(posix.join(posix.dirname(dir), id));
        if (sibling) return sibling;
        try {
          return getBundledPack(id);
        } catch {
          return undefined;
        }
      },
    });
    if (!r.ok) throw new PackError('pack_invalid', `Policy pack ${input.file} is invalid`, r.issues);
    return r.value;
  }
  return packFromArg(arg);
}

/** `safetynet diff <old> <new> [--population f] [--as-of d] [--new-as-of d] [--set k=v] [--json|--format markdown|text]`. */
export function diffCommand(
  args: readonly string[],
  flags: {
    population?: string;
    reports?: string;
    asOf?: string;
    newAsOf?: string;
    json: boolean;
    overrides: Record<string, string | Record<string, string>>;
    lastKnown: boolean;
    examples?: number;
  },
  io: CliIo,
): number {
  if (args.length !== 2) {
    io.err(
      'usage: safetynet diff <old> <new> [--population file.jsonl|csv] [--as-of YYYY-MM-DD] [--new-as-of YYYY-MM-DD]',
    );
    return 2;
  }
  const oldPack = packAtRevisionOrPath(args[0]!);
  const newPack = packAtRevisionOrPath(args[1]!);
  let population: { id: string; household: unknown }[] | undefined;
  if (flags.population) {
    const format = flags.population.endsWith('.csv') ? 'csv' : 'jsonl';
    const text = flags.population === '-' ? io.readStdin() : readFileSync(flags.population, 'utf8');
    const parsed = parsePopulation(text, format, flags.population);
    for (const i of parsed.issues) io.err(formatIssue(i));
    population = parsed.records;
    io.progress(`evaluating ${population.length} households…`);
  }
  let reports: { id: string; report: unknown }[] | undefined;
  if (flags.reports) {
    const parsed = parsePopulation(readFileSync(flags.reports, 'utf8'), 'jsonl', flags.reports);
    for (const i of parsed.issues) io.err(formatIssue(i));
    reports = parsed.records.map((r) => ({ id: r.id, report: r.household }));
  }
  const diff = diffPacks(oldPack, newPack, {
    ...(reports ? { reports } : {}),
    ...(population ? { population, asOf: flags.asOf ?? io.today } : flags.asOf ? { asOf: flags.asOf } : {}),
    ...(flags.newAsOf ? { newAsOf: flags.newAsOf } : {}),
    ...(Object.keys(flags.overrides).length ? { overrides: flags.overrides } : {}),
    ...(flags.lastKnown ? { lastKnown: true } : {}),
    ...(flags.examples !== undefined ? { maxExamples: flags.examples } : {}),
  });
  io.progress('');
  io.out(flags.json ? JSON.stringify(diff, null, 2) : renderDiffMarkdown(diff));
  return 0;
}
