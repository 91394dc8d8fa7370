/**
 * Deadlines: the first-response and disposal deadlines of a report on the working-day calendar, the stage
 * deadlines of a case under a procedure, where they stand at a given moment, a caseload at a glance, and
 * follow-up review dates by difficulty tier.
 */
export { addOfficeHours } from './addOfficeHours.js';
export { computeCaseDeadlines, STAGE_STATE_ORDER } from './computeCaseDeadlines.js';
export { computeSla } from './computeSla.js';
export { summarizeCaseload } from './summarizeCaseload.js';
export { SLA_MESSAGES, type SlaIssueCode } from './messages.js';
export type {
  CaseDeadlines,
  Caseload,
  CaseloadError,
  CaseloadItem,
  CaseloadReport,
  ComputeCaseDeadlinesOptions,
  SummarizeCaseloadOptions,
  StageDeadline,
  StageLimit,
  StagePause,
  StageState,
} from './case-types.js';
export { nextReviews } from './nextReviews.js';
export { slaStatus } from './slaStatus.js';
export type {
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
  UncoveredYears,
  UncoveredYearsOptions,
} from './types.js';
