// The browser build of csv-parse: it brings its own Buffer, so the core still runs outside Node.
import { parse } from 'csv-parse/browser/esm/sync';
import type { Issue, MessageArgs } from '../errors/index.js';
import { suggestName } from '../rules/index.js';
import { diffIssue, type DIFF_MESSAGES } from './messages.js';
import { CSV_COLUMNS, type CsvColumn } from './population-csv-columns.js';
import type { PopulationRecord } from './types.js';

/** What a population file gave: the records, and an issue for each line (or cell) that could not be read. */
export interface ParsedPopulation {
  readonly records: PopulationRecord[];
  readonly issues: Issue[];
}

/** A row of cells and the line it starts on. */
interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

/** Reads one cell of the current row by column name: trimmed text, `undefined` when absent or empty. */
type Cell = (column: string) => string | undefined;

/** Reports an issue of the current row. */
type Report = (code: keyof typeof DIFF_MESSAGES, args: MessageArgs) => void;

/** A household being assembled from its rows. */
interface Draft {
  readonly id: string;
  readonly household: Record<string, unknown> & { members: Record<string, unknown>[] };
  /** The household columns set so far, with the value and the line it came from. */
  readonly seen: Map<string, string>;
}

const BY_NAME = new Map(CSV_COLUMNS.map((c) => [c.name, c]));
const YES = new Set(['true', '1', '是']);
const NO = new Set(['false', '0', '否']);

/**
 * Reads a population CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks; a UTF-8 byte-order
 * mark is skipped) with the columns of {@link CSV_COLUMNS}, one row per member. Every problem is an issue at
 * its line — an unknown column (with the column meant), a malformed row, a yes/no cell that is neither, a
 * household value that differs between its rows — and the rest of the file is still read.
 *
 * @param text - the file's text
 * @param file - the file name to put on issues
 * @returns the households in order of their first row, and the issues
 */
export function parseCsvPopulation(text: string, file?: string): ParsedPopulation {
  const { rows, issues } = readRows(text, file);
  const header = rows.shift();
  if (!header) return { records: [], issues };
  const columns = readHeader(header, issues, file);
  if (!columns) return { records: [], issues };
  const drafts = new Map<string, Draft>();
  for (const row of rows) {
    const report: Report = (code, args) => issues.push(lineIssue(code, row.line, args, file));
    const cell: Cell = (name) => {
      const i = columns.get(name);
      const v = i === undefined ? undefined : row.cells[i];
      return v === undefined || v === '' ? undefined : v;
    };
    addRow(drafts, cell, report);
  }
  return { records: [...drafts.values()].map((d) => ({ id: d.id, household: d.household })), issues };
}

/** An issue of a population file at a line (the file and the line say where; there is no field path). */
export function lineIssue(
  code: keyof typeof DIFF_MESSAGES,
  line: number,
  args: MessageArgs,
  file: string | undefined,
): Issue {
  return { ...diffIssue(code, [], { line, ...args }), line, col: 1, ...(file !== undefined ? { file } : {}) };
}

/** The rows of the file with the line each starts on; malformed rows become issues. */
function readRows(text: string, file: string | undefined): { rows: Row[]; issues: Issue[] } {
  const lineAt = lineFinder(text);
  const rows: Row[] = [];
  const issues: Issue[] = [];
  let end = 0; // byte offset where the last row read ended
  parse(text, {
    bom: true,
    trim: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[], context: { bytes: number }) => {
      rows.push({ cells: record, line: lineAt(end) });
      end = context.bytes;
      return null; // kept here, in order, with its line
    },
    on_skip: (error) => {
      const detail = (error as Error & { code?: string }).code ?? (error as Error).message;
      const line = lineAt(end);
      // A quote left open swallows the rest of the file: one issue at the row where it opened says so.
      if (!issues.some((i) => i.code === 'population_csv_syntax' && i.line === line))
        issues.push(lineIssue('population_csv_syntax', line, { detail }, file));
      end = (error as Error & { bytes?: number }).bytes ?? end;
    },
  });
  return { rows, issues };
}

/** The 1-based line of the first non-blank byte at or after a UTF-8 byte offset of the text. */
function lineFinder(text: string): (offset: number) => number {
  const bytes = new TextEncoder().encode(text);
  const newlines: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) newlines.push(i);
  return (offset) => {
    let at = offset;
    while (at < bytes.length && (bytes[at] === 10 || bytes[at] === 13)) at++;
    // Binary search: how many newlines lie before `at`.
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** Column positions by name; unknown columns are reported (with the name meant), missing required ones fail. */
function readHeader(header: Row, issues: Issue[], file: string | undefined): Map<string, number> | undefined {
  const columns = new Map<string, number>();
  header.cells.forEach((name, i) => {
    if (BY_NAME.has(name)) columns.set(name, i);
    else {
      const suggestion = suggestName(name, BY_NAME.keys());
      const args = { column: name, ...(suggestion ? { suggestion } : {}) };
      issues.push(lineIssue('population_csv_unknown_column', header.line, args, file));
    }
  });
  const missing = CSV_COLUMNS.filter((c) => c.required && !columns.has(c.name)).map((c) => c.name);
  if (!missing.length) return columns;
  issues.push(lineIssue('population_csv_columns', header.line, { missing }, file));
  return undefined;
}

/** Adds a row's member to its household, setting the household columns on its first row. */
function addRow(drafts: Map<string, Draft>, cell: Cell, report: Report): void {
  const id = cell('household');
  if (id === undefined) {
    report('population_csv_bad_value', { column: 'household', value: '', expected: 'id' });
    return;
  }
  let draft = drafts.get(id);
  if (!draft) {
    draft = { id, household: { id, members: [] }, seen: new Map() };
    drafts.set(id, draft);
  }
  for (const column of CSV_COLUMNS) if (column.level === 'household') setHouseholdCell(draft, column, cell, report);
  draft.household.members.push(memberOf(cell, report));
}

/** One household column of a row: set from the first row that has it; a different value later is an issue. */
function setHouseholdCell(draft: Draft, column: CsvColumn, cell: Cell, report: Report): void {
  const text = cell(column.name);
  if (text === undefined || column.name === 'household') return;
  const first = draft.seen.get(column.name);
  if (first !== undefined) {
    if (first !== text)
      report('population_csv_conflict', { column: column.name, household: draft.id, first, value: text });
    return;
  }
  draft.seen.set(column.name, text);
  const value = readCell(column, text, report);
  if (value === undefined) return;
  const h = draft.household;
  const [head, tail] = column.field.split('.') as [string, string | undefined];
  if (tail === undefined) h[head] = value;
  else h[head] = { ...((h[head] as Record<string, unknown> | undefined) ?? {}), [tail]: value };
}

/** The member of a row: only the cells given (an empty cell is unknown). */
function memberOf(cell: Cell, report: Report): Record<string, unknown> {
  const read = (name: string) => {
    const text = cell(name);
    return text === undefined ? undefined : readCell(BY_NAME.get(name)!, text, report);
  };
  const income = read('income') as string | undefined;
  const grade = read('disability_grade') as number | undefined;
  const kind = read('disability_kind') as string | undefined;
  if (grade !== undefined && grade > 0 && kind === undefined)
    report('population_csv_bad_value', { column: 'disability_kind', value: '', expected: 'kind' });
  const member: Record<string, unknown> = {
    id: read('member'),
    relation: read('relation'),
    birthDate: read('birth_date'),
    incomes: income === undefined ? undefined : /^0+(\.0+)?$/.test(income) ? [] : [{ type: 'wage', monthly: income }],
    disability: grade === undefined ? undefined : grade === 0 ? null : { grade, kind },
    severeIllness: read('severe_illness'),
    labourCapacity: read('labour_capacity'),
    inSchool: read('in_school'),
    hasAbleSupporter: read('has_able_supporter'),
  };
  for (const k of Object.keys(member)) if (member[k] === undefined) delete member[k];
  return member;
}

/** A cell as its column's kind: a strict yes/no, a whole number, a list; money, dates and text stay text. */
function readCell(column: CsvColumn, text: string, report: Report): unknown {
  const bad = (expected: string) => {
    report('population_csv_bad_value', { column: column.name, value: text, expected });
    return undefined;
  };
  switch (column.kind) {
    case 'boolean': {
      const lower = text.toLowerCase();
      return YES.has(lower) ? true : NO.has(lower) ? false : bad('boolean');
    }
    case 'integer':
      return /^\d{1,3}$/.test(text) ? Number(text) : bad('integer');
    case 'list':
      return text
        .split(/[;；|]/)
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return text;
  }
}
