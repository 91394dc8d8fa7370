/**
 * Urgency: which class a report of someone in difficulty falls in (emergency / urgent / ordinary, as the
 * pack defines them), decided by the pack's rules on the report's facts, or set explicitly.
 */
export { classifyParsed, classifyUrgency } from './classifyUrgency.js';
export { parseReport, validateReport, type ValidateReportResult } from '../schema/index.js';
export type { ClassifyUrgencyOptions, MissingReportFact, UrgencyClassification, UrgencyMatch } from './types.js';
