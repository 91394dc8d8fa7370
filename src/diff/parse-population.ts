import type { Issue, MessageArgs } from '../errors/index.js';
import { diffIssue, type DIFF_MESSAGES } from './messages.js';
import type { PopulationRecord } from './types.js';

/** Columns of the flat CSV population format (one household per row). */
export const CSV_COLUMNS = [
  'id',
  'district',
  'hukou',
  'size',
  'income',
  'property_test_passed',
  'medical',
  'education',
  'deposits',
] as const;

/**
 * Reads a population: JSON Lines (one household JSON per line, with an optional `id`) or a flat CSV with
 * the columns of {@link CSV_COLUMNS} (income is the household's total monthly income; members' ages are not
 * in the CSV, so age-based programmes stay undetermined). Blank lines are skipped; a bad line is an issue
 * with its line number, and the other lines are still read.
 *
 * @example
 * const { records, issues } = parsePopulation(readFileSync('population.jsonl', 'utf8'), 'jsonl');
 */
export function parsePopulation(
  text: string,
  format: 'jsonl' | 'csv',
  file?: string,
): { records: PopulationRecord[]; issues: Issue[] } {
  return format === 'csv' ? parseCsv(text, file) : parseJsonl(text, file);
}

/** What a population file gave: the records, and an issue for each line that could not be read. */
type ParsedPopulation = { records: PopulationRecord[]; issues: Issue[] };

/** An issue of a population file at a line (the file and the line say where; there is no field path). */
function lineIssue(code: keyof typeof DIFF_MESSAGES, line: number, args: MessageArgs, file: string | undefined): Issue {
  return { ...diffIssue(code, [], { line, ...args }), line, col: 1, ...(file !== undefined ? { file } : {}) };
}

function parseJsonl(text: string, file?: string): ParsedPopulation {
  const records: PopulationRecord[] = [];
  const issues: Issue[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line) as unknown;
      const id =
        value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
          ? (value as { id: string }).id
          : `line ${i + 1}`;
      records.push({ id, household: value });
    } catch (e) {
      issues.push(lineIssue('population_bad_json', i + 1, { error: (e as Error).message }, file));
    }
  });
  return { records, issues };
}

/** Splits one CSV line (RFC 4180 quoting). */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/** Columns a CSV may leave out: the household is then judged without them. */
const OPTIONAL_COLUMNS: readonly string[] = ['district', 'hukou', 'deposits'];

function parseCsv(text: string, file?: string): ParsedPopulation {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const missing = CSV_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c) && !header.includes(c));
  if (missing.length) return { records: [], issues: [lineIssue('population_csv_columns', 1, { missing }, file)] };
  const records: PopulationRecord[] = [];
  const issues: Issue[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const row = readCsvRow(header, splitCsvLine(line));
    const size = Number(row('size'));
    if (!Number.isInteger(size) || size < 1 || size > 50) {
      issues.push(lineIssue('population_bad_size', i + 2, {}, file));
      return;
    }
    records.push({ id: row('id') ?? `line ${i + 2}`, household: householdOfRow(row, size) });
  });
  return { records, issues };
}

/** A CSV cell by column name; `undefined` when the column is absent or the cell empty. */
type CsvRow = (column: string) => string | undefined;

function readCsvRow(header: readonly string[], cells: readonly string[]): CsvRow {
  return (column) => {
    const i = header.indexOf(column);
    return i >= 0 && cells[i] !== undefined && cells[i] !== '' ? cells[i] : undefined;
  };
}

/**
 * The household of a CSV row: amounts stay the decimal text of the file (household validation reads them
 * exactly); the whole income goes to the first member, the other members have none.
 */
function householdOfRow(row: CsvRow, size: number): unknown {
  const passed = row('property_test_passed');
  const medical = row('medical');
  const education = row('education');
  const deposits = row('deposits');
  return {
    ...(row('district') ? { district: row('district') } : {}),
    ...(row('hukou') ? { hukou: row('hukou') } : {}),
    ...(passed !== undefined ? { propertyTestPassed: passed === 'true' || passed === '1' || passed === 'yes' } : {}),
    ...(medical !== undefined || education !== undefined
      ? { expenditure: { ...(medical ? { medical } : {}), ...(education ? { education } : {}) } }
      : {}),
    ...(deposits !== undefined ? { assets: { deposits } } : {}),
    members: Array.from({ length: size }, (_, k) => ({
      incomes: k === 0 ? [{ type: 'wage', monthly: row('income') ?? '0' }] : [],
    })),
  };
}
