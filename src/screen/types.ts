import type { Bilingual } from '../errors/index.js';
import type { ResolveOptions } from '../pack/index.js';

/** What screening warns about. */
export type ScreenWarningKind =
  /** Eligible for a programme the household (or member) does not receive. */
  | 'missed'
  /** Receives a programme it is no longer eligible for. */
  | 'wrong'
  /** A member should move to another benefit (the pack's `screening.transitions`). */
  | 'transition'
  /** Within the pack's near-threshold margin of a stronger programme: watch. */
  | 'edge-watch';

/** One warning about one household. */
export interface ScreenWarning {
  readonly kind: ScreenWarningKind;
  readonly programme?: string;
  readonly category?: string;
  readonly transition?: string;
  /** Index of the member concerned, for member programmes and transitions. */
  readonly member?: number;
  /** For edge-watch: the exact distance to the threshold (yuan, right − left). */
  readonly margin?: string;
  readonly text: Bilingual;
}

/** The screening verdict on one household. */
export interface ScreenItem {
  readonly id: string;
  readonly category: string;
  readonly categoryCertain: boolean;
  readonly warnings: readonly ScreenWarning[];
}

/** A household that could not be screened (invalid input). */
export interface ScreenError {
  readonly id: string;
  readonly code: string;
  readonly message: string;
}

/** Counts over a screened population. */
export interface ScreenSummary {
  readonly households: number;
  readonly withWarnings: number;
  readonly warnings: Readonly<Record<ScreenWarningKind, number>>;
  readonly categories: Readonly<Record<string, number>>;
  readonly uncertain: number;
  readonly errors: number;
}

/** Options of {@link screen} and {@link createScreener}. */
export interface ScreenOptions extends ResolveOptions {
  readonly asOf: string;
}

/** Screens one record at a time and keeps the counts: the streaming form of `screen`. */
export interface Screener {
  /** Screens one household; invalid input comes back as a {@link ScreenError}, never thrown. */
  screen(id: string, household: unknown): ScreenItem | ScreenError;
  summary(): ScreenSummary;
}

/** The result of screening a whole population in memory. */
export interface ScreenResult {
  readonly summary: ScreenSummary;
  /** Households with at least one warning. */
  readonly items: readonly ScreenItem[];
  readonly errors: readonly ScreenError[];
}
