import type { ParseArgsConfig } from 'node:util';
import { isIsoDay } from '../dates/index.js';
import { SafetynetError } from '../errors/index.js';
import { diffCommand } from './diff-command.js';
import { evaluateCommand } from './evaluate-command.js';
import type { CliIo } from './io.js';
import { parseOverrides } from './overrides.js';
import { replayCommand } from './replay-command.js';
import { schemaCommand } from './schema-command.js';
import { screenCommand } from './screen-command.js';
import { slaCommand } from './sla-command.js';
import { testCommand } from './test-command.js';
import { validateCommand } from './validate-command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The flags `parseArgs` read for a command. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** A subcommand of `safetynet`: its help, its flags, and what it runs. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly examples: readonly string[];
  readonly options: Options;
  run(args: string[], values: Values, io: CliIo): number | Promise<number>;
}

/** The subcommands, in the order `--help` lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = {
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
      if (v.today !== undefined && !isIsoDay(v.today)) return badFlag('--today must be YYYY-MM-DD');
      if (v.today !== undefined) io = { ...io, today: v.today as string };
      const format = v.json ? 'json' : ((v.format as string | undefined) ?? 'text');
      if (!['text', 'json', 'github'].includes(format)) return badFlag(`--format must be text, json or github`);
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
      if (lang !== 'zh' && lang !== 'en') return badFlag('--lang must be zh or en');
      if (v['known-at'] !== undefined && !isIsoDay(v['known-at'])) return badFlag('--known-at must be YYYY-MM-DD');
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
        return badFlag('--examples must be a whole number');
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
        return badFlag('--workers must be a whole number of at least 1');
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
    summary: 'deadlines: of a report (urgency class), of a case (procedure stages), or a caseload at a glance',
    usage:
      'safetynet sla --pack <id|dir> (--received <ISO> (--class <id> | <report.json|->) | --procedure <id> --events <case.json> | --reports <reports.jsonl> | --cases <cases.jsonl>) [--at <ISO>] [--calendar <file>] [--uncovered-years refuse|weekends-only] [--all] [--lang zh|en] [--json]',
    examples: [
      'safetynet sla --pack zhongshan --received 2024-09-30T17:30:00+08:00 --class emergency',
      'safetynet sla --pack zhongshan --received 2024-09-30T17:30:00+08:00 report.json --at 2024-09-30T18:20:00+08:00',
      'safetynet sla --pack chongqing-yongchuan --procedure dibao-review --events examples/cases/yongchuan-dibao.json --at 2024-11-12T09:00:00+08:00',
      'safetynet sla --pack zhongshan --reports examples/caseload/zhongshan-reports.jsonl --cases examples/caseload/zhongshan-cases.jsonl --at 2024-10-09T09:00:00+08:00',
      'safetynet sla --pack zhongshan --received 2026-12-31T10:00:00+08:00 --class emergency --uncovered-years weekends-only',
      'safetynet sla --pack zhongshan --received 2026-12-31T10:00:00+08:00 --class emergency --calendar my-calendar-with-2027.yaml',
    ],
    options: {
      pack: { type: 'string', short: 'p' },
      received: { type: 'string' },
      class: { type: 'string' },
      now: { type: 'string' },
      at: { type: 'string' },
      procedure: { type: 'string' },
      events: { type: 'string' },
      reports: { type: 'string' },
      cases: { type: 'string' },
      calendar: { type: 'string' },
      'uncovered-years': { type: 'string' },
      all: { type: 'boolean' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
    run(args, v, io) {
      const lang = (v.lang as string | undefined) ?? 'zh';
      if (lang !== 'zh' && lang !== 'en') return badFlag('--lang must be zh or en');
      if (v.at !== undefined && v.now !== undefined) return badFlag('--at and --now are the same flag: give one');
      const at = (v.at ?? v.now) as string | undefined;
      const text = (name: string) => (v[name] !== undefined ? { [name]: v[name] as string } : {});
      return slaCommand(
        args,
        {
          ...text('pack'),
          ...text('received'),
          ...text('class'),
          ...(at !== undefined ? { at } : {}),
          ...text('procedure'),
          ...text('events'),
          ...text('reports'),
          ...text('cases'),
          ...text('calendar'),
          ...(v['uncovered-years'] !== undefined ? { uncoveredYears: v['uncovered-years'] as string } : {}),
          all: !!v.all,
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

/** A wrong flag value: the dispatcher prints the message with the command's help and exits 2. */
function badFlag(message: string): never {
  throw new SafetynetError('usage', message);
}
