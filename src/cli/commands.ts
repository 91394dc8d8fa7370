import { isIsoDay } from '../dates/index.js';
import { SafetynetError } from '../errors/index.js';
import { docCommand } from './doc-command.js';
import { initCommand } from './init-command.js';
import { FLAGS, type FlagSpecs, type Values } from './flags.js';
import type { CliIo } from './io.js';
import { parseOverrides } from './overrides.js';
import { typesCommand } from './types-command.js';
import { factsCommand, operatorsCommand, parametersCommand } from './vocabulary-commands.js';

export type { Values } from './flags.js';

/** A subcommand of `safetynet`: its help, its flags, and what it runs. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly examples: readonly string[];
  /** The flags, with what `--help` says about each (`--help` itself is added). */
  readonly options: FlagSpecs;
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
      strict: { type: 'boolean', description: 'warnings (unverified or stale figures, rule findings) fail too' },
      json: { type: 'boolean', description: 'print the report as JSON (same as --format json)' },
      format: {
        type: 'string',
        value: '<text|json|github>',
        description: 'text, JSON, or GitHub Actions annotations on the changed lines',
        default: 'text',
      },
      today: {
        type: 'string',
        value: '<YYYY-MM-DD>',
        description: 'the day staleness is judged on (a yearly figure missing for its year)',
        default: 'today in Asia/Shanghai',
      },
      'no-analyze': { type: 'boolean', description: 'skip the rule-set analysis (conditions never true, ties)' },
    },
    async run(args, v, io) {
      if (v.today !== undefined && !isIsoDay(v.today)) return badFlag('--today must be YYYY-MM-DD');
      if (v.today !== undefined) io = { ...io, today: v.today as string };
      const format = v.json ? 'json' : ((v.format as string | undefined) ?? 'text');
      if (!['text', 'json', 'github'].includes(format)) return badFlag(`--format must be text, json or github`);
      return (await import('./validate-command.js')).validateCommand(
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
    options: { json: { type: 'boolean', description: 'print every result as JSON' } },
    run: async (args, v, io) => (await import('./test-command.js')).testCommand(args, { json: !!v.json }, io),
  },
  evaluate: {
    summary: 'decide one household: programmes, reasons, actions',
    usage:
      'safetynet evaluate --pack <id|dir> [--as-of YYYY-MM-DD] [--lang zh|en] [--json] [--trace] [--last-known] [--known-at YYYY-MM-DD] [--set key=value]… <household.json|->',
    examples: [
      'safetynet evaluate --pack zhongshan --as-of 2022-08-03 examples/households/zhongshan-medical-family.json',
      'cat examples/households/hotline-partial.json | safetynet evaluate --pack chengdu --as-of 2023-03-01 --lang en -',
      'safetynet evaluate --pack chengdu --as-of 2023-06-01 --set dibao.standard=A:950,B:900 examples/households/chengdu-wenjiang-2022.json',
      'safetynet evaluate --pack zhongshan --as-of 2022-08-03 --json examples/households/zhongshan-medical-family.json > decision.json',
    ],
    options: {
      pack: FLAGS.pack,
      'as-of': FLAGS.asOf,
      lang: FLAGS.lang,
      json: { type: 'boolean', description: 'print the decision as JSON (what replay reads)' },
      trace: { type: 'boolean', description: 'show every test of every rule, met or not' },
      'last-known': FLAGS.lastKnown,
      'known-at': {
        type: 'string',
        value: '<YYYY-MM-DD>',
        description: 'decide with what was published by that day',
      },
      set: FLAGS.set,
    },
    async run(args, v, io) {
      const lang = (v.lang as string | undefined) ?? 'zh';
      if (lang !== 'zh' && lang !== 'en') return badFlag('--lang must be zh or en');
      if (v['known-at'] !== undefined && !isIsoDay(v['known-at'])) return badFlag('--known-at must be YYYY-MM-DD');
      return (await import('./evaluate-command.js')).evaluateCommand(
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
      'safetynet diff origin/main:policies/chengdu policies/chengdu --population examples/population.jsonl --as-of 2023-06-01',
      'safetynet diff chengdu chengdu --population examples/population.jsonl --as-of 2022-06-01 --new-as-of 2023-06-01',
      'safetynet diff chengdu chengdu --population examples/population.jsonl --as-of 2023-06-01 --set dibao.standard=A:950,B:900',
    ],
    options: {
      population: {
        type: 'string',
        value: '<file.jsonl|file.csv>',
        description: 'households to decide with both packs: JSON Lines, or a CSV with one row per member',
      },
      reports: {
        type: 'string',
        value: '<reports.jsonl>',
        description: 'reports whose urgency class or deadlines may change',
      },
      'as-of': { ...FLAGS.asOf, description: 'the date the households are decided on (both packs)' },
      'new-as-of': {
        type: 'string',
        value: '<YYYY-MM-DD>',
        description: 'decide with the new pack on another date (compare one pack on two dates)',
        default: 'the --as-of date',
      },
      set: { ...FLAGS.set, description: 'what-if value for the new side (repeatable); zoned: key=A:950,B:900' },
      'last-known': FLAGS.lastKnown,
      examples: { type: 'string', value: '<n>', description: 'example households shown per change', default: '5' },
      json: { type: 'boolean', description: 'print the diff as JSON instead of Markdown' },
    },
    async run(args, v, io) {
      const examples = v.examples !== undefined ? Number(v.examples) : undefined;
      if (examples !== undefined && !(Number.isInteger(examples) && examples >= 0))
        return badFlag('--examples must be a whole number');
      return (await import('./diff-command.js')).diffCommand(
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
      'safetynet screen --pack chengdu --as-of 2024-01-01 --json --out warnings.jsonl examples/population.jsonl',
    ],
    options: {
      pack: FLAGS.pack,
      'as-of': FLAGS.asOf,
      workers: {
        type: 'string',
        value: '<n>',
        description: 'worker threads for a large file',
        default: 'the number of cores, for files over 4 MB',
      },
      out: {
        type: 'string',
        value: '<items.jsonl>',
        description: 'write the households with warnings to this file instead of standard output',
      },
      json: {
        type: 'boolean',
        description: 'the summary as JSON: the last line of the output, or all of it with --out',
      },
      set: FLAGS.set,
      'last-known': FLAGS.lastKnown,
    },
    async run(args, v, io) {
      const workers = v.workers !== undefined ? Number(v.workers) : undefined;
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
        return badFlag('--workers must be a whole number of at least 1');
      return (await import('./screen-command.js')).screenCommand(
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
      'safetynet sla --pack zhongshan examples/reports/hotline-fire.json --at 2024-09-30T18:20:00+08:00',
      'safetynet sla --pack chongqing-yongchuan --procedure dibao-review --events examples/cases/yongchuan-dibao.json --at 2024-11-12T09:00:00+08:00',
      'safetynet sla --pack zhongshan --reports examples/caseload/zhongshan-reports.jsonl --at 2024-10-09T09:30:00+08:00',
      'safetynet sla --pack zhongshan --received 2026-12-31T10:00:00+08:00 --class emergency --uncovered-years weekends-only',
    ],
    options: {
      pack: FLAGS.pack,
      received: {
        type: 'string',
        value: '<ISO timestamp>',
        description:
          'when the report was received, with its offset: 2024-09-30T17:30:00+08:00 (else the report file says)',
      },
      class: {
        type: 'string',
        value: '<id>',
        description: 'the urgency class, when it is known (else it is classified from the report file)',
      },
      at: { type: 'string', value: '<ISO timestamp>', description: 'say where each deadline stands at this instant' },
      now: { type: 'string', value: '<ISO timestamp>', description: 'the same as --at' },
      procedure: {
        type: 'string',
        value: '<id>',
        description: 'a procedure of the pack (dibao-review, ...): the stage deadlines of the case in --events',
      },
      events: {
        type: 'string',
        value: '<case.json>',
        description: "the case's events (received, accepted, decided ...)",
      },
      reports: { type: 'string', value: '<reports.jsonl>', description: 'a caseload of reports, one JSON per line' },
      cases: {
        type: 'string',
        value: '<cases.jsonl>',
        description: 'a caseload of procedure cases, one JSON per line',
      },
      calendar: {
        type: 'string',
        value: '<file>',
        description: 'a working-day calendar file of your own (e.g. with next year), validated like the bundled one',
      },
      'uncovered-years': {
        type: 'string',
        value: 'refuse|weekends-only',
        description: 'for a year the calendar does not cover: no deadline (refuse, the default) or a provisional one',
      },
      all: { type: 'boolean', description: 'list every case of a caseload, not only those breached or at risk' },
      lang: FLAGS.lang,
      json: FLAGS.json,
    },
    async run(args, v, io) {
      const lang = (v.lang as string | undefined) ?? 'zh';
      if (lang !== 'zh' && lang !== 'en') return badFlag('--lang must be zh or en');
      if (v.at !== undefined && v.now !== undefined) return badFlag('--at and --now are the same flag: give one');
      const at = (v.at ?? v.now) as string | undefined;
      const text = (name: string) => (v[name] !== undefined ? { [name]: v[name] as string } : {});
      return (await import('./sla-command.js')).slaCommand(
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
    examples: [
      'safetynet evaluate --pack zhongshan --as-of 2022-08-03 --json examples/households/zhongshan-medical-family.json > decision.json',
      'safetynet replay --pack zhongshan decision.json examples/households/zhongshan-medical-family.json',
    ],
    options: { pack: FLAGS.pack, json: FLAGS.json },
    run: async (args, v, io) =>
      (await import('./replay-command.js')).replayCommand(
        args,
        { ...(v.pack ? { pack: v.pack as string } : {}), json: !!v.json },
        io,
      ),
  },
  schema: {
    summary: 'print a JSON Schema (pack, household, calendar, scenarios, report)',
    usage: 'safetynet schema <pack|household|calendar|scenarios|report>',
    examples: ['safetynet schema pack > pack.schema.json'],
    options: {},
    run: async (args, _v, io) => (await import('./schema-command.js')).schemaCommand(args, io),
  },
  init: initCommand,
  doc: docCommand,
  facts: factsCommand,
  operators: operatorsCommand,
  parameters: parametersCommand,
  types: typesCommand,
};

/** A wrong flag value: the dispatcher prints the message with the command's help and exits 2. */
function badFlag(message: string): never {
  throw new SafetynetError('usage', message);
}
