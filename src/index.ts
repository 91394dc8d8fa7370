/**
 * safetynet — social-assistance policy as versioned, tested data.
 *
 * Load a city's policy pack, decide who is eligible for what and why, screen a population for missed and
 * wrong assistance, and compute deadlines on the official working-day calendar. Everything here is pure,
 * synchronous and free of Node built-ins (it runs in a browser); reading packs from disk is in
 * `safetynet-cn/node`; writing, testing and reviewing packs (scenario tests, rule analysis, version diffs, the
 * policy book, JSON Schemas) in `safetynet-cn/authoring`. Nothing in a pack is executed.
 *
 * @packageDocumentation
 */

// Packs: the bundled ones, your own (validated), figures in force on a date, digests.
export { bundledPackIds, getBundledCalendar, getBundledPack, packDigest, packs } from './pack/index.js';
export { calendarOf, resolveParameter, resolveParameters, validatePack } from './pack/index.js';
export type {
  BundledPack,
  BundledPackId,
  BundledPackNames,
  FactName,
  PackChange,
  PackInput,
  PackNames,
  PackParameter,
  PackProgramme,
  PolicyPack,
  ReasonParameter,
  ResolvedParameter,
  ResolvedStatus,
  ResolveOptions,
  ValidatePackOptions,
  ValidatePackResult,
} from './pack/index.js';

// Decisions.
export { evaluate, evaluateCompact } from './decision/index.js';
export type {
  CompactAction,
  CompactDecision,
  CompactProgramme,
  Decision,
  DecisionAction,
  DecisionFacts,
  DecisionLanguage,
  DecisionNote,
  DecisionOptions,
  DecisionOutcome,
  EvaluateCompactOptions,
  EvaluateOptions,
  LocalizedText,
  MissingFact,
  NearThresholdEntry,
  Overrides,
  ProgrammeResult,
  ProgrammeStatus,
  Reason,
  SourceRef,
} from './decision/index.js';
export { renderDecision, type RenderOptions } from './render/index.js';
// The policy book, pack types and a diff in Markdown are in `safetynet-cn/authoring` (their types are here).
export type {
  BookLanguage,
  ConditionTextOptions,
  ListItem,
  PackTypesOptions,
  PolicyBookOptions,
} from './render/index.js';
export { RESULT_WORDS } from './render/index.js';
export { renderSla, type RenderSlaOptions } from './render/index.js';
export {
  renderCaseDeadlines,
  renderCaseload,
  type RenderCaseloadOptions,
  type RenderCaseOptions,
} from './render/index.js';

// Screening a population.
export { createScreener, mergeScreenSummaries, screen } from './screen/index.js';
export type {
  Screener,
  ScreenError,
  ScreenItem,
  ScreenOptions,
  ScreenResult,
  ScreenSummary,
  ScreenWarning,
  ScreenWarningKind,
} from './screen/index.js';

// Comparing pack versions: `diffPacks`, `parsePopulation` and `CSV_COLUMNS` are in `safetynet-cn/authoring`.
export type { CsvCellKind, CsvColumn } from './diff/index.js';
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
} from './diff/index.js';

// Urgency classes, deadlines, reviews.
export { classifyUrgency } from './urgency/index.js';
export type {
  ClassifyUrgencyOptions,
  MissingReportFact,
  UrgencyClassification,
  UrgencyMatch,
} from './urgency/index.js';
export {
  addOfficeHours,
  computeCaseDeadlines,
  computeSla,
  nextReviews,
  slaStatus,
  STAGE_STATE_ORDER,
  summarizeCaseload,
} from './sla/index.js';
export type {
  CaseDeadlines,
  Caseload,
  CaseloadError,
  CaseloadItem,
  CaseloadReport,
  ComputeCaseDeadlinesOptions,
  StageDeadline,
  StageLimit,
  StagePause,
  StageState,
  SummarizeCaseloadOptions,
  UncoveredYears,
  UncoveredYearsOptions,
  ComputeSlaOptions,
  NextReviewsOptions,
  OfficeHours,
  ReviewDue,
  Sla,
  SlaDeadlineStatus,
  SlaEvents,
  SlaLimit,
  SlaLimitName,
  SlaNote,
  SlaState,
  SlaStatusOptions,
  SlaStatusResult,
} from './sla/index.js';

// The working-day calendar.
export {
  addClockDuration,
  addReviewPeriod,
  addWorkingDays,
  coversDay,
  dayKind,
  endOfLocalDay,
  formatInZone,
  isHoliday,
  isWorkingDay,
  localDay,
  parseCalendar,
  parseIsoDuration,
  validateCalendar,
  withWeekendFallback,
  workingDaysDeadline,
} from './calendar/index.js';
export type {
  CalendarHoliday,
  CalendarSource,
  DayInfo,
  DayKind,
  FallbackCalendar,
  IsoDuration,
  CalendarInput,
  ValidateCalendarOptions,
  Weekday,
  WorkingCalendar,
  WorkingDaysDeadlineOptions,
} from './calendar/index.js';

// Audit. Rule analysis and scenario tests are in `safetynet-cn/authoring` (their types are here).
export { replay, type ReplayDifference, type ReplayResult } from './audit/index.js';
export type { AnalyzePackOptions } from './analysis/index.js';
export type { LocatedScenario, ScenarioFailure, ScenarioResult } from './scenarios/index.js';

// Input validation, schemas and the vocabulary rules may use.
export {
  parseCase,
  parseHousehold,
  parseReport,
  validateCase,
  validateHousehold,
  validateReport,
} from './schema/index.js';
export {
  calendarFileSchema,
  caseSchema,
  householdSchema,
  memberSchema,
  policyPackSchema,
  reportSchema,
  scenarioFileSchema,
} from './schema/index.js';
export {
  ACTION_KINDS,
  CATEGORIES,
  COVERAGE_KINDS,
  FACT_CATALOG,
  getFactDefinition,
  INCOME_TYPES,
  PARAMETER_UNITS,
  REPORT_CHANNELS,
  SITUATIONS,
  WEEKDAYS,
} from './schema/index.js';
export type {
  ActionKind,
  CalendarFile,
  CaseEventInput,
  CaseInput,
  CaseParsed,
  Category,
  FactDefinition,
  FactKind,
  FactScope,
  Household,
  HouseholdParsed,
  IncomeType,
  Member,
  ParameterUnit,
  PolicyPackFile,
  ProcedureDef,
  ProcedureLimitDef,
  ProcedureStageDef,
  Report,
  ReportChannel,
  ReportParsed,
  Scenario,
  ScenarioExpect,
  ValidateReportResult,
} from './schema/index.js';

// Errors: one base class, stable codes, every issue with its path.
export {
  CalendarError,
  formatIssue,
  formatPath,
  InputError,
  PackError,
  ParameterError,
  SafetynetError,
} from './errors/index.js';
export type { Bilingual, Issue, Severity } from './errors/index.js';
export type { IssueCode } from './issue-codes.js';
export { isIsoDay } from './dates/index.js';
export { VERSION } from './version.js';
