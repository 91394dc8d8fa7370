import { renderCaseDeadlines, renderCaseload, renderSla } from '../render/index.js';
import { SafetynetError } from '../errors/index.js';
import {
  computeCaseDeadlines,
  computeSla,
  slaStatus,
  summarizeCaseload,
  type UncoveredYearsOptions,
} from '../sla/index.js';
import type { CliIo } from './io.js';
import { readJsonArg } from './json-arg.js';
import { notePack } from './notice.js';
import { resolvePackArg } from './pack-arg.js';
import { readCalendarArg, readCaseArg, readJsonLines, toCaseloadReport, uncoveredYearsArg } from './sla-inputs.js';

/** The flags of `safetynet sla`. */
export interface SlaFlags {
  readonly pack?: string;
  readonly received?: string;
  readonly class?: string;
  /** `--at` (or its older name `--now`): the moment deadlines are judged at. */
  readonly at?: string;
  readonly procedure?: string;
  readonly events?: string;
  readonly reports?: string;
  readonly cases?: string;
  readonly calendar?: string;
  readonly uncoveredYears?: string;
  readonly all: boolean;
  readonly json: boolean;
  readonly lang: 'zh' | 'en';
}

const USAGE =
  'usage: safetynet sla --pack <id|dir> (--received <ISO> (--class <id> | <report.json|->) | --procedure <id> --events <file> | --reports <file.jsonl> | --cases <file.jsonl>) [--at <ISO>]';

/**
 * `safetynet sla`: the deadlines of one report (`--received`/a report file), of one case under a procedure
 * (`--procedure --events`), or a caseload at a glance (`--reports`, `--cases`); `--at` judges where they stand.
 */
export function slaCommand(args: readonly string[], flags: SlaFlags, io: CliIo): number {
  if (!flags.pack) return usage(io);
  const caseload = flags.reports !== undefined || flags.cases !== undefined;
  const oneCase = flags.procedure !== undefined || flags.events !== undefined;
  const report = args.length > 0 || flags.received !== undefined;
  if ([caseload, oneCase, report].filter(Boolean).length !== 1 || args.length > 1) return usage(io);
  if (oneCase && !flags.events) return usage(io);
  const uncovered = uncoveredYearsArg(flags.uncoveredYears);
  if (flags.uncoveredYears !== undefined && !uncovered) {
    throw new SafetynetError('usage', '--uncovered-years must be refuse or weekends-only');
  }
  const arg = resolvePackArg(flags.pack);
  const pack = arg.pack;
  notePack(io, arg);
  const options: UncoveredYearsOptions = {
    ...(flags.calendar ? { calendar: readCalendarArg(flags.calendar, io) } : {}),
    ...(uncovered ? { uncoveredYears: uncovered } : {}),
  };
  if (caseload) {
    const reports = flags.reports ? readJsonLines(flags.reports, io).map(toCaseloadReport) : [];
    const cases = flags.cases ? readJsonLines(flags.cases, io) : [];
    const day = summarizeCaseload(pack, { reports, cases }, { ...options, at: flags.at ?? io.now });
    io.out(flags.json ? JSON.stringify(day, null, 2) : renderCaseload(day, { lang: flags.lang, all: flags.all }));
    return day.errors.length ? 1 : 0; // the others are judged; exit 1 says some input needs fixing
  }
  if (oneCase) {
    const input = readCaseArg(flags.events!, flags.procedure, io);
    const d = computeCaseDeadlines(pack, input, { ...options, at: flags.at ?? io.now });
    io.out(flags.json ? JSON.stringify(d, null, 2) : renderCaseDeadlines(d, { lang: flags.lang }));
    return 0;
  }
  const fromFile = args[0] !== undefined ? (readJsonArg(args[0], io) as Record<string, unknown>) : {};
  const input = { ...fromFile, ...(flags.received ? { receivedAt: flags.received } : {}) };
  const sla = computeSla(pack, input, { ...options, ...(flags.class ? { urgency: flags.class } : {}) });
  const status = flags.at
    ? slaStatus(sla, {}, flags.at, options.calendar ? { calendar: options.calendar } : {})
    : undefined;
  io.out(
    flags.json
      ? JSON.stringify(status ? { ...sla, status } : sla, null, 2)
      : renderSla(sla, { lang: flags.lang, ...(status ? { status } : {}) }),
  );
  return 0;
}

function usage(io: CliIo): number {
  io.err(USAGE);
  return 2;
}
