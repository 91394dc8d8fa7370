import type { ResolveOptions } from '../pack/index.js';

/**
 * The shapes of a pack diff: what changed in the pack itself, and what the change does to a population of
 * households and a set of reports.
 */

/** A dated entry of a parameter as text: `"870"`, `A 870 / B 820`, `unknown`, `1.5 × dibao.standard`. */
export type EntryText = string;

/** How one parameter changed between two packs. */
export interface ParameterChange {
  readonly key: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** Entries by their `from` date: old and new text (absent when the entry is new or removed). */
  readonly entries: readonly {
    readonly from: string;
    readonly old?: EntryText;
    readonly new?: EntryText;
    /** The cited source of each side: `id` or `id (unverified)`. */
    readonly oldSource?: string;
    readonly newSource?: string;
  }[];
}

/** A change to another part of a pack, compared by id: zones, cycles, tiers, referrals, transitions, sources. */
export interface SectionChange {
  readonly section: 'zones' | 'cycles' | 'tiers' | 'referrals' | 'transitions' | 'sources' | 'income' | 'procedures';
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly old?: string;
  readonly new?: string;
}

/** How a programme's definition changed. */
export interface ProgrammeChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The fields that differ: eligible, when, actions, rank, enabled, category, subject, source. */
  readonly fields: readonly string[];
}

/** How an urgency class's limits changed. */
export interface UrgencyChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly firstResponse?: { readonly old?: string; readonly new?: string };
  readonly disposal?: { readonly old?: string; readonly new?: string };
  readonly priority?: { readonly old?: number; readonly new?: number };
}

/** A household whose outcome differs between the two packs. */
export interface OutcomeFlip {
  readonly id: string;
  readonly oldCategory: string;
  readonly newCategory: string;
  /** Programmes whose status changed: id -> "old→new". */
  readonly programmes: Readonly<Record<string, string>>;
}

/** What a change does to a population. */
export interface PopulationImpact {
  readonly households: number;
  /** Households whose category changed. */
  readonly categoryChanged: number;
  /** Households with at least one programme status changed (a superset of the above). */
  readonly statusChanged: number;
  /** "old→new" category transitions with their counts, e.g. `{ "edge→dibao": 12 }`. */
  readonly transitions: Readonly<Record<string, number>>;
  /** Per programme, "old→new" status transitions with counts. */
  readonly programmes: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Category counts before and after. */
  readonly categories: {
    readonly old: Readonly<Record<string, number>>;
    readonly new: Readonly<Record<string, number>>;
  };
  /** Up to `maxExamples` flipped households. */
  readonly examples: readonly OutcomeFlip[];
  /** Households that could not be evaluated (invalid input), with the first issue. */
  readonly errors: readonly { readonly id: string; readonly code: string; readonly message: string }[];
}

/** A report whose urgency class or deadlines differ between the two packs. */
export interface DeadlineFlip {
  readonly id: string;
  readonly old: { readonly class: string; readonly firstResponseDue?: string; readonly disposalDue?: string };
  readonly new: { readonly class: string; readonly firstResponseDue?: string; readonly disposalDue?: string };
}

/** A report with a deadline that needs a year the calendar does not cover, on either side: not compared. */
export interface DeadlineBeyondCalendar {
  readonly id: string;
  /** The years the calendar lacks, ascending. */
  readonly years: readonly number[];
}

/** What a change does to the deadlines of a set of reports. */
export interface DeadlineImpact {
  readonly reports: number;
  readonly classChanged: number;
  readonly firstResponseChanged: number;
  readonly disposalChanged: number;
  /** "old→new" class transitions with counts. */
  readonly transitions: Readonly<Record<string, number>>;
  readonly examples: readonly DeadlineFlip[];
  readonly errors: readonly { readonly id: string; readonly code: string; readonly message: string }[];
  /**
   * Reports with a deadline that could not be computed on one side or both (it needs a year the calendar does
   * not cover): that deadline is not counted as changed or unchanged.
   */
  readonly beyondCalendar: readonly DeadlineBeyondCalendar[];
}

/** The difference between two packs (or two dates of one pack), and its effect on a population. */
export interface PackDiff {
  readonly old: { readonly id: string; readonly version: string; readonly asOf?: string };
  readonly new: { readonly id: string; readonly version: string; readonly asOf?: string };
  readonly parameters: readonly ParameterChange[];
  readonly programmes: readonly ProgrammeChange[];
  readonly urgency: readonly UrgencyChange[];
  readonly sections: readonly SectionChange[];
  /** What-if values applied to the new side. */
  readonly overrides?: ResolveOptions['overrides'];
  readonly population?: PopulationImpact;
  readonly deadlines?: DeadlineImpact;
}

/** A household of a population, with an id for the report. */
export interface PopulationRecord {
  readonly id: string;
  readonly household: unknown;
}

/** Options of `diffPacks` (from `safetynet-cn/authoring`). */
export interface DiffOptions {
  /** Households to evaluate with both packs. */
  readonly population?: Iterable<PopulationRecord>;
  /** Date for the old pack's decisions (required with a population). */
  readonly asOf?: string;
  /** Date for the new pack's decisions; defaults to `asOf` (compare one pack at two dates by passing both). */
  readonly newAsOf?: string;
  /** What-if values applied to the new side only: "how many families does a standard of 1200 add?". */
  readonly overrides?: ResolveOptions['overrides'];
  readonly lastKnown?: boolean;
  /** How many flipped households (and reports) to list (default 10). */
  readonly maxExamples?: number;
  /** Reports (`{ id, report }`) whose urgency class and deadlines are computed with both packs. */
  readonly reports?: Iterable<{ readonly id: string; readonly report: unknown }>;
}
