import type { Issue } from '../errors/index.js';
import type { PopulationRecord } from './diff-packs.js';

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

function lineIssue(code: string, line: number, zh: string, en: string, file?: string): Issue {
  return {
    code,
    severity: 'error',
    path: [],
    message: { zh, en },
    line,
    col: 1,
    ...(file !== undefined ? { file } : {}),
  };
}

function parseJsonl(text: string, file?: string): { records: PopulationRecord[]; issues: Issue[] } {
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
      issues.push(
        lineIssue(
          'population_bad_json',
          i + 1,
          `第 ${i + 1} 行不是有效的 JSON`,
          `Line ${i + 1} is not valid JSON: ${(e as Error).message}`,
          file,
        ),
      );
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

function parseCsv(text: string, file?: string): { records: PopulationRecord[]; issues: Issue[] } {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const issues: Issue[] = [];
  const missing = CSV_COLUMNS.filter(
    (c) => c !== 'district' && c !== 'hukou' && c !== 'deposits' && !header.includes(c),
  );
  if (missing.length) {
    return {
      records: [],
      issues: [
        lineIssue(
          'population_csv_columns',
          1,
          `CSV 缺少列：${missing.join(', ')}`,
          `CSV is missing columns: ${missing.join(', ')}`,
          file,
        ),
      ],
    };
  }
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    return i >= 0 && row[i] !== undefined && row[i] !== '' ? row[i] : undefined;
  };
  const records: PopulationRecord[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const row = splitCsvLine(line);
    const size = Number(col(row, 'size'));
    if (!Number.isInteger(size) || size < 1 || size > 50) {
      issues.push(
        lineIssue(
          'population_bad_size',
          i + 2,
          `第 ${i + 2} 行家庭人口数无效`,
          `Line ${i + 2}: size must be a whole number from 1 to 50`,
          file,
        ),
      );
      return;
    }
    const passed = col(row, 'property_test_passed');
    const medical = col(row, 'medical');
    const education = col(row, 'education');
    const deposits = col(row, 'deposits');
    const household = {
      ...(col(row, 'district') ? { district: col(row, 'district') } : {}),
      ...(col(row, 'hukou') ? { hukou: col(row, 'hukou') } : {}),
      ...(passed !== undefined ? { propertyTestPassed: passed === 'true' || passed === '1' || passed === 'yes' } : {}),
      ...(medical !== undefined || education !== undefined
        ? { expenditure: { ...(medical ? { medical } : {}), ...(education ? { education } : {}) } }
        : {}),
      ...(deposits !== undefined ? { assets: { deposits } } : {}),
      members: Array.from({ length: size }, (_, k) => ({
        incomes: k === 0 ? [{ type: 'wage', monthly: col(row, 'income') ?? '0' }] : [],
      })),
    };
    records.push({ id: col(row, 'id') ?? `line ${i + 2}`, household });
  });
  return { records, issues };
}
