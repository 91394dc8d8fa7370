/**
 * Pack diffs: what changed between two packs (or one pack on two dates), and what the change does to a
 * population of households and to the deadlines of a set of reports.
 */
export { diffPacks } from './diff-packs.js';
export type {
  DeadlineBeyondCalendar,
  DeadlineFlip,
  DeadlineImpact,
  DiffOptions,
  EntryText,
  OutcomeFlip,
  PackDiff,
  ParameterChange,
  PopulationImpact,
  PopulationRecord,
  ProgrammeChange,
  SectionChange,
  UrgencyChange,
} from './types.js';
export { parsePopulation } from './parse-population.js';
export { CSV_COLUMNS, type CsvCellKind, type CsvColumn } from './population-csv-columns.js';
export { DIFF_MESSAGES, diffIssue } from './messages.js';
