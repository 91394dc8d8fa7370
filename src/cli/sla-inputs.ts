import { parseCalendar, type WorkingCalendar } from '../calendar/index.js';
import { formatIssue, InputError } from '../errors/index.js';
import { schemaIssue } from '../schema/index.js';
import type { CaseloadReport, UncoveredYears } from '../sla/index.js';
import { type CliIo, readTextFile } from './io.js';
import { readJsonArg } from './json-arg.js';

/** `--calendar <file>`: a calendar file of the user's, YAML or JSON, validated like the bundled one. */
export function readCalendarArg(file: string, io: CliIo): WorkingCalendar {
  const text = file === '-' ? io.readStdin() : readTextFile(file);
  return parseCalendar({ text, file }); // YAML is a superset of JSON: both are read the same way
}

/** `--uncovered-years refuse|weekends-only`. */
export function uncoveredYearsArg(value: string | undefined): UncoveredYears | undefined {
  if (value === undefined || value === 'refuse' || value === 'weekends-only') return value;
  return undefined;
}

/** The lines of a JSONL file as values; a line that is not JSON is reported on stderr and skipped. */
export function readJsonLines(file: string, io: CliIo): unknown[] {
  const text = file === '-' ? io.readStdin() : readTextFile(file);
  const out: unknown[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      const issue = { ...schemaIssue('json_invalid', [], { reason: (e as Error).message }), file, line: i + 1 };
      io.err(formatIssue(issue));
    }
  });
  return out;
}

/** A reports JSONL line: a report, or `{ report, events }` with what has happened on it. */
export function toCaseloadReport(value: unknown): CaseloadReport {
  if (typeof value === 'object' && value !== null && 'report' in value) {
    const { report, events } = value as { report: unknown; events?: CaseloadReport['events'] };
    return { report, ...(events ? { events } : {}) };
  }
  return { report: value };
}

/**
 * `--events <file>`: `{ id?, procedure?, events: [...] }` or just the list of events; `--procedure` fills in or
 * must agree with the file's procedure.
 */
export function readCaseArg(file: string, procedure: string | undefined, io: CliIo): unknown {
  const value = readJsonArg(file, io);
  const base = Array.isArray(value) ? { events: value } : (value as Record<string, unknown>);
  const inFile = typeof base?.procedure === 'string' ? base.procedure : undefined;
  if (procedure && inFile && procedure !== inFile) {
    throw new InputError('usage', `--procedure ${procedure} but ${file} is a case of ${inFile}`);
  }
  return { ...base, ...(procedure ? { procedure } : {}) };
}
