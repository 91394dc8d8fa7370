/**
 * Screening: the engine's verdicts over a population, as warnings of missed and wrong assistance,
 * transitions and edge-watch — the active-discovery view.
 */
export { mergeScreenSummaries } from './merge-summaries.js';
export { SCREEN_MESSAGES, screenIssue } from './messages.js';
export { createScreener, screen } from './screen.js';
export { screenWarnings } from './warnings.js';
export type {
  Screener,
  ScreenError,
  ScreenItem,
  ScreenOptions,
  ScreenResult,
  ScreenSummary,
  ScreenWarning,
  ScreenWarningKind,
} from './types.js';
