/**
 * Deadlines: the first-response and disposal deadlines of a report on the working-day calendar, where
 * they stand at a given moment, and follow-up review dates by difficulty tier.
 */
export { addOfficeHours } from './addOfficeHours.js';
export { computeSla } from './computeSla.js';
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
} from './types.js';
