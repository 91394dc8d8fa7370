/**
 * The vocabulary: zod schemas of packs, households, reports, calendars and scenarios; the fact catalogue
 * and enums; input validation (`validateHousehold`, `validateReport`); JSON Schema export.
 */
export * from './pack.js';
export * from './primitives.js';
export * from './file-primitives.js';
export * from './procedure.js';
export { jsonSchemas } from './all-json-schemas.js';
export { checkCalendarFile, MAX_HOLIDAY_DAYS, type CalendarCheckCode, type RawIssue } from './calendar-check.js';
export { calendarFileSchema, type CalendarFile, type CalendarYearFile } from './calendar.js';
export { WEEKDAYS, type Weekday } from './weekdays.js';
export {
  COVERAGE_KINDS,
  getReportScopeFact,
  REPORT_CHANNELS,
  REPORT_SCOPE_FACTS,
  SITUATIONS,
  type DecisionFactValues,
  type FactDefinition,
  type FactDisplay,
  type HouseholdFactName,
  type TypedFactDefinition,
  type FactKind,
  type FactScope,
} from './facts.js';
export { FACT_CATALOG, getFactDefinition } from './fact-catalog.js';
export { isValidHouseholdFast } from './household-fast-check.js';
export {
  DISABILITY_KINDS,
  householdSchema,
  incomeSchema,
  INCOME_TYPES,
  memberSchema,
  moneyInput,
  RELATIONS,
  SCHOOL_LEVELS,
  SUPPORT_PAYERS,
  supporterSchema,
  type Household,
  type HouseholdParsed,
  type IncomeType,
  type Member,
} from './household.js';
export { packJsonSchema } from './json-schema.js';
export { caseEventSchema, caseSchema, type CaseEventInput, type CaseInput, type CaseParsed } from './case.js';
export { parseCase, validateCase } from './validate-case.js';
export {
  instantText,
  instantTextWith,
  reportSchema,
  type Report,
  type ReportChannel,
  type ReportParsed,
} from './report.js';
export {
  scenarioExpectSchema,
  scenarioFileSchema,
  scenarioSchema,
  type Scenario,
  type ScenarioExpect,
} from './scenario.js';
export { parseHousehold, validateHousehold } from './validate-household.js';
export { parseReport, validateReport, type ValidateReportResult } from './validate-report.js';
export { fromZodIssues } from './zod-issues.js';
export { schemaKeysAt } from './schema-keys.js';
export {
  CALENDAR_DOCUMENT,
  PACK_DOCUMENT,
  SCENARIO_DOCUMENT,
  type SchemaDocument,
} from './document-messages.js';
export {
  isSchemaRefinementCode,
  SCHEMA_MESSAGES,
  schemaIssue,
  type SchemaPrefix,
  type SchemaRefinementCode,
  type SchemaShapeCode,
} from './messages.js';
export { inputPath, salvageData, type Salvaged } from './salvage.js';
