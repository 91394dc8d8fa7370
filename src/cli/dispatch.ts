import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatIssue, SafetynetError } from '../errors/index.js';
import { VERSION } from '../version.js';
import { diffCommand } from './diff-command.js';
import { evaluateCommand } from './evaluate-command.js';
import type { CliIo } from './io.js';
import { replayCommand } from './replay-command.js';
import { schemaCommand } from './schema-command.js';
import { screenCommand } from './screen-command.js';
import { slaCommand } from './sla-command.js';
import { testCommand } from './test-command.js';
import { validateCommand } from './validate-command.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | string[] | undefined>;

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly examples: readonly string[];
  readonly options: Options;
  run(args: string[], values: Values, io: CliIo): number | Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  validate: {
    summary: 'validate packs and their scenario files; every problem at once, with file:line:col',
    usage:
      'safetynet validate [paths…] [--strict] [--today YYYY-MM-DD] [--no-analyze] [--json | --format text|json|github]',
    examples: [
      'safetynet validate policies/',
      'safetynet validate policies/chengdu --strict',
      'safetynet validate policies/ --format github',
    ],
    options: {
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      format: { type: 'string' },
      today: { type: 'string' },
      'no-analyze': { type: 'boolean' },
    },
    run(args, v, io) {
      if (v.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.today as string))
        return usageError(io, 'validate', '--today must be YYYY-MM-DD');
      if (v.today !== undefined) io = { ...io, today: v.today as string };
      const format = v.json ? 'json' : ((v.format as string | undefined) ?? 'text');
      if (!['text', 'json', 'github'].includes(format))
        return usageError(io, 'validate', `--format must be text, json or github`);
      return validateCommand(
        args,
        { strict: !!v.strict, format: format as 'text' | 'json' | 'github', analyze: !v['no-analyze'] },
        io,
      );
    },
  },
  test: {
    summary: 'run the scenario tests of packs (policies/<pack>/tests/*.yaml)',
    usage: 'safetynet test [paths…] [--json]',
    examples: ['safetynet test policies/', 'safetynet test policies/zhongshan --json'],
    options: { json: { type: 'boolean' } },
    run: (args, v, io) => testCommand(args, { json: !!v.json }, io),
  },
  evaluate: {
    summary: 'decide one household: programmes, reasons, actions',
    usage:
      'safetynet evaluate --pack <id|dir> [--as-of YYYY-MM-DD] [--lang zh|en] [--json] [--trace] [--last-known] [--known-at YYYY-MM-DD] [--set key=value]… <household.json|->',
    examples: [
      'safetynet evaluate --pack zhongshan --as-of 2022-06-01 examples/households/zhongshan-medical.json',
      'cat household.json | safetynet evaluate --pack chengdu --as-of 2023-03-01 --lang en -',
      'safetynet evaluate --pack chengdu --set dibao.standard=A:950,B:900 household.json',
    ],
    options: {
      pack: { type: 'string', short: 'p' },
      'as-of': { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      trace: { type: 'boolean' },
      'last-known': { type: 'boolean' },
      'known-at': { type: 'string' },
      set: { type: 'string', multiple: true },
    },
    run(args, v, io) {
      const lang = (v.lang as string | undefined) ?? 'zh';
      if (lang !== 'zh' && lang !== 'en') return usageError(io, 'evaluate', '--lang must be zh or en');
      if (v['known-at'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v['known-at'] as string))
        return usageError(io, 'evaluate', '--known-at must be YYYY-MM-DD');
      return evaluateCommand(
        args,
        {
          ...(v.pack ? { pack: v.pack as string } : {}),
          ...(v['as-of'] ? { asOf: v['as-of'] as string } : {}),
          lang,
          json: !!v.json,
          trace: !!v.trace,
          lastKnown: !!v['last-known'],
          ...(v['known-at'] ? { knownAt: v['known-at'] as string } : {}),
          overrides: parseOverrides((v.set as string[] | undefined) ?? []),
        },
        io,
      );
    },
  },
  diff: {
    summary: 'what changed between two packs (or two git revisions, or two dates) and which outcomes flip',
    usage:
      'safetynet diff <old> <new> [--population file.jsonl|file.csv] [--reports reports.jsonl] [--as-of YYYY-MM-DD] [--new-as-of YYYY-MM-DD] [--set key=value]… [--json]',
    examples: [
      'safetynet diff origin/main:policies/chengdu policies/chengdu --population population.jsonl --as-of 2023-06-01',
      'safetynet diff chengdu chengdu --population examples/population.jsonl --as-of 2022-06-01 --new-as-of 2023-06-01',
      'safetynet diff chengdu chengdu --population examples/population.jsonl --as-of 2023-06-01 --set dibao.standard=A:950,B:900',
    ],
    options: {
      population: { type: 'string' },
      reports: { type: 'string' },
      'as-of': { type: 'string' },
      'new-as-of': { type: 'string' },
      set: { type: 'string', multiple: true },
      'last-known': { type: 'boolean' },
      examples: { type: 'string' },
      json: { type: 'boolean' },
    },
    run(args, v, io) {
      const examples = v.examples !== undefined ? Number(v.examples) : undefined;
      if (examples !== undefined && !(Number.isInteger(examples) && examples >= 0))
        return usageError(io, 'diff', '--examples must be a whole number');
      return diffCommand(
        args,
        {
          ...(v.population ? { population: v.population as string } : {}),
          ...(v.reports ? { reports: v.reports as string } : {}),
          ...(v['as-of'] ? { asOf: v['as-of'] as string } : {}),
          ...(v['new-as-of'] ? { newAsOf: v['new-as-of'] as string } : {}),
          json: !!v.json,
          overrides: parseOverrides((v.set as string[] | undefined) ?? []),
          lastKnown: !!v['last-known'],
          ...(examples !== undefined ? { examples } : {}),
        },
        io,
      );
    },
  },
  screen: {
    summary: 'screen a population: missed and wrong assistance, transitions, households near a threshold',
    usage:
      'safetynet screen --pack <id|dir> [--as-of YYYY-MM-DD] [--workers N] [--out items.jsonl] [--json] [--set key=value]… <population.jsonl|->',
    examples: [
      'safetynet screen --pack chengdu --as-of 2023-06-01 examples/population.jsonl > warnings.jsonl',
      'safetynet screen --pack chongqing-yongchuan --as-of 2024-01-01 --json --out warnings.jsonl population.jsonl',
    ],
    options: {
      pack: { type: 'string', short: 'p' },
      'as-of': { type: 'string' },
      workers: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      set: { type: 'string', multiple: true },
      'last-known': { type: 'boolean' },
    },
    run(args, v, io) {
      const workers = v.workers !== undefined ? Number(v.workers) : undefined;
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
        return usageError(io, 'screen', '--workers must be a whole number of at least 1');
      return screenCommand(
        args,
        {
          ...(v.pack ? { pack: v.pack as string } : {}),
          ...(v['as-of'] ? { asOf: v['as-of'] as string } : {}),
          ...(workers !== undefined ? { workers } : {}),
          ...(v.out ? { out: v.out as string } : {}),
          json: !!v.json,
          overrides: parseOverrides((v.set as string[] | undefined) ?? []),
          lastKnown: !!v['last-known'],
        },
        io,
      );
    },
  },
  sla: {
    summary: 'the urgency class and deadlines of a report, on the working-day calendar',
    usage:
      'safetynet sla --pack <id|dir> --received <ISO timestamp> (--class <id> | <report.json|->) [--now <ISO>] [--lang zh|en] [--json]',
    examples: [
      'safetynet sla --pack zhongshan --received 2024-09-30T17:30:00+08:00 --class emergency',
      'safetynet sla --pack zhongshan --received 2024-09-30T17:30:00+08:00 report.json --now 2024-09-30T18:20:00+08:00',
    ],
    options: {
      pack: { type: 'string', short: 'p' },
      received: { type: 'string' },
      class: { type: 'string' },
      now: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
    run(args, v, io) {
      const lang = (v.lang as string | undefined) ?? 'zh';
      if (lang !== 'zh' && lang !== 'en') return usageError(io, 'sla', '--lang must be zh or en');
      return slaCommand(
        args,
        {
          ...(v.pack ? { pack: v.pack as string } : {}),
          ...(v.received ? { received: v.received as string } : {}),
          ...(v.class ? { class: v.class as string } : {}),
          ...(v.now ? { now: v.now as string } : {}),
          json: !!v.json,
          lang,
        },
        io,
      );
    },
  },
  replay: {
    summary: 'check that a stored decision still reproduces, and if not, what changed',
    usage: 'safetynet replay --pack <id|dir> [--json] <decision.json> <household.json>',
    examples: ['safetynet replay --pack zhongshan decision.json household.json'],
    options: { pack: { type: 'string', short: 'p' }, json: { type: 'boolean' } },
    run: (args, v, io) => replayCommand(args, { ...(v.pack ? { pack: v.pack as string } : {}), json: !!v.json }, io),
  },
  schema: {
    summary: 'print a JSON Schema (pack, household, calendar, scenarios, report)',
    usage: 'safetynet schema <pack|household|calendar|scenarios|report>',
    examples: ['safetynet schema pack > pack.schema.json'],
    options: {},
    run: (args, _v, io) => schemaCommand(args, io),
  },
};

/**
 * `--set key=value` (what-if overrides). A zoned value is written `A:950,B:900`.
 * Returned as decimal text, validated by the library.
 */
function parseOverrides(sets: readonly string[]): Record<string, string | Record<string, string>> {
  const out: Record<string, string | Record<string, string>> = {};
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new SafetynetError('usage', `--set expects key=value, got "${s}"`);
    out[s.slice(0, eq)] = overrideValue(s.slice(eq + 1));
  }
  return out;
}

/** `A:950,B:900` -> { A: '950', B: '900' }; a plain value stays text. */
export function overrideValue(text: string): string | Record<string, string> {
  if (!text.includes(':')) return text;
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [zone, value] = part.split(':');
    if (!zone || value === undefined)
      throw new SafetynetError('usage', `--set zoned values are written A:950,B:900, got "${text}"`);
    out[zone.trim()] = value.trim();
  }
  return out;
}

function helpText(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `safetynet ${VERSION} — social-assistance policy packs: validate, test, decide`,
    '',
    'Usage: safetynet <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`),
    '',
    'Examples:',
    '  safetynet validate policies/',
    '  safetynet test policies/',
    '  safetynet evaluate --pack zhongshan --as-of 2022-06-01 household.json',
    '',
    'Run "safetynet <command> --help" for a command’s options and examples.',
    'Exit codes: 0 ok, 1 validation or test failure (or bad input), 2 usage error.',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  return [
    `safetynet ${name} — ${c.summary}`,
    '',
    `Usage: ${c.usage}`,
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
  ].join('\n');
}

function usageError(io: CliIo, name: string | undefined, message: string): number {
  io.err(`${message}\n\n${name ? commandHelp(name) : helpText()}`);
  return 2;
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError(io, undefined, 'No command given.');
  if (first === '--version' || first === '-v') {
    io.out(VERSION);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(rest[0] && COMMANDS[rest[0]] ? commandHelp(rest[0]) : helpText());
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) return usageError(io, undefined, `Unknown command "${first}".`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usageError(io, first, (e as Error).message);
  }
  if (parsed.values.help) {
    io.out(commandHelp(first));
    return 0;
  }
  try {
    return await command.run(parsed.positionals, parsed.values as Values, io);
  } catch (e) {
    if (e instanceof SafetynetError) {
      if (e.code === 'usage') return usageError(io, first, e.message);
      io.err(
        e.issues.length
          ? `${e.message.split('\n')[0]}\n${e.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`
          : e.message,
      );
      return 1;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      io.err(`File not found: ${(e as NodeJS.ErrnoException).path ?? ''}`);
      return 1;
    }
    throw e;
  }
}
