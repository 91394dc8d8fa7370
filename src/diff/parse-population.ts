import type { Issue } from '../errors/index.js';
import { lineIssue, parseCsvPopulation, type ParsedPopulation } from './population-csv.js';
import type { PopulationRecord } from './types.js';

/**
 * Reads a population: JSON Lines (one household JSON per line, with an optional `id`), or a CSV with one row
 * per member and the columns of {@link CSV_COLUMNS} (birth dates included, so age-based programmes are decided).
 * Blank lines are skipped; a bad line or cell is an issue with its line number, and the rest is still read.
 * The CLI's `--population` reads files through it.
 *
 * @param text - the file's text
 * @param format - `jsonl` or `csv`
 * @param file - the file name to put on issues
 * @returns the records (households with their ids) and the issues
 * @example
 * const { records, issues } = parsePopulation(readFileSync('population.csv', 'utf8'), 'csv', 'population.csv');
 * issues.forEach((i) => console.error(formatIssue(i)));
 */
export function parsePopulation(
  text: string,
  format: 'jsonl' | 'csv',
  file?: string,
): { records: PopulationRecord[]; issues: Issue[] } {
  return format === 'csv' ? parseCsvPopulation(text, file) : parseJsonl(text, file);
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
