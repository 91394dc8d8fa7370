export { createScreener, screen } from './screen.js';
export type {
  ScreenError,
  Screener,
  ScreenItem,
  ScreenOptions,
  ScreenResult,
  ScreenSummary,
  ScreenWarning,
  ScreenWarningKind,
} from './screen.js';
