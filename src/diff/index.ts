export { diffPacks } from './diff-packs.js';
export type {
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
} from './diff-packs.js';
export { CSV_COLUMNS, parsePopulation } from './population.js';
