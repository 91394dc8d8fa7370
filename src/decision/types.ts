import type { ProgrammeStatus } from '../engine/index.js';
import type { PackNames, ReasonParameter, ResolveOptions } from '../pack/index.js';
import type { ActionKind, Category, DecisionFactValues } from '../schema/index.js';
import type { DecisionLanguage, LocalizedText } from './localize.js';

export type { ProgrammeStatus } from '../engine/index.js';
export type { ReasonParameter } from '../pack/index.js';

/**
 * One test of a rule, as a caseworker reads it: "income per person 1133.33 < standard 1160.00". Texts are in
 * the languages the decision was asked in (`L`: both by default).
 */
export interface Reason<L extends DecisionLanguage = 'both'> {
  /** `<programme>.<fact>.<operator>`, stable for machines. */
  readonly code: string;
  readonly text: LocalizedText<L>;
  readonly fact: string;
  readonly operator: string;
  /** The fact's value as decimal text (money in yuan, 2 decimals), or null when unknown. */
  readonly left: string | boolean | readonly string[] | null;
  readonly right: string | boolean | readonly string[] | null;
  readonly result: boolean | null;
  /** For numeric comparisons: right − left, in the fact's unit (yuan for money). */
  readonly margin?: string;
  /** The margin in words: how far the value is from flipping this test. */
  readonly distance?: LocalizedText<L>;
  readonly parameter?: ReasonParameter;
  /** Path of the leaf inside the programme's condition, e.g. ['all', 0]. */
  readonly path: readonly (string | number)[];
}

/** A cited document, as a decision shows it. */
export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly issuer: string;
  readonly number?: string;
  readonly date: string;
}

/**
 * The verdict on one programme; `P` is the pack's programme ids when the pack is typed, `L` the languages of
 * its texts.
 */
export interface ProgrammeResult<P extends string = string, L extends DecisionLanguage = 'both'> {
  readonly id: P;
  readonly name: LocalizedText<L>;
  readonly category: string;
  readonly status: ProgrammeStatus;
  readonly reasons: readonly Reason<L>[];
  /** For programmes judged per member: each member's status (index into household.members). */
  readonly members?: readonly { readonly index: number; readonly id?: string; readonly status: ProgrammeStatus }[];
  readonly source?: SourceRef;
  /** Not applicable because a stronger programme took precedence (the pack's `precededBy`). */
  readonly precededBy?: { readonly programme: string; readonly category: string };
  /** Household programmes: the members assessed apart (special poverty), left out of the tests. */
  readonly assessedWithout?: readonly number[];
}

/** Where the category comes from: the strongest eligible programme, and for member programmes, whom it covers. */
export interface DecisionOutcome<L extends DecisionLanguage = 'both'> {
  readonly programme: string;
  readonly name: LocalizedText<L>;
  readonly category: Category;
  readonly members?: readonly number[];
}

/** What the decision asks a caseworker to do next. */
export interface DecisionAction<L extends DecisionLanguage = 'both'> {
  readonly kind: ActionKind;
  readonly programme?: string;
  readonly department?: { readonly id: string; readonly name: LocalizedText<L> };
  /** For `monitor` (visits of the difficulty tier) and `review` (re-checks): the cycle and the next due day. */
  readonly cycle?: { readonly id: string; readonly name: LocalizedText<L>; readonly nextDue: string };
  /** For `review`: the pack's review rule. */
  readonly review?: string;
  /** For `transition`: the pack's transition id. */
  readonly transition?: string;
  /** Members the action concerns (indexes), for per-member programmes and transitions. */
  readonly members?: readonly number[];
  readonly text: LocalizedText<L>;
}

/** A fact that, if supplied, would settle undetermined programmes. */
export interface MissingFact<F extends string = string, L extends DecisionLanguage = 'both'> {
  readonly fact: F;
  readonly label: LocalizedText<L>;
  /** Programmes it would help settle, most first. */
  readonly programmes: readonly string[];
  /** The household fields to fill in, e.g. `members[1].incomes`: what to ask. */
  readonly inputs: readonly string[];
}

/** A money test within the pack's near-threshold margin: the basis of key-concern and edge-watch lists. */
export interface NearThresholdEntry<L extends DecisionLanguage = 'both'> {
  readonly programme: string;
  readonly fact: string;
  /** The pack figure compared with. */
  readonly parameter: string;
  /** right − left in yuan, exact to the fen shown. */
  readonly margin: string;
  readonly text: LocalizedText<L>;
}

/** A note on how the decision was made: unverified, provisional or what-if figures, cases decided. */
export interface DecisionNote<L extends DecisionLanguage = 'both'> {
  readonly code: string;
  readonly text: LocalizedText<L>;
  readonly parameter?: string;
}

/**
 * Household facts as a decision shows them: decimal text (money in yuan, 2 decimals), null when unknown; with a
 * typed pack, only the facts its rules read.
 */
export type DecisionFacts<F extends string = string> = Pick<DecisionFactValues, F & keyof DecisionFactValues>;

/**
 * An explained, serialisable decision for one household on one date. With a typed pack (`N`, see
 * `PackNames`), programme ids and fact names are the pack's own unions; its texts are in the languages asked
 * for (`L`: both by default; see {@link EvaluateOptions.lang}).
 */
export interface Decision<N extends PackNames = PackNames, L extends DecisionLanguage = 'both'> {
  readonly packId: string;
  readonly packVersion: string;
  /** SHA-256 of the resolved pack (`sha256:<hex>`): what a stored decision was made with. */
  readonly packDigest: string;
  readonly sdkVersion: string;
  readonly asOf: string;
  readonly householdId?: string;
  /** The strongest category the household is eligible for ('none' if none). */
  readonly category: Category;
  /** The programme the category comes from (e.g. single-person coverage for a `dibao` category). */
  readonly outcome?: DecisionOutcome<L>;
  /** False when a stronger programme is undetermined, so the category may still change. */
  readonly categoryCertain: boolean;
  readonly tier?: { readonly id: string; readonly name: LocalizedText<L> };
  /** Derived facts as decimal text (money in yuan, 2 decimals), null when unknown. */
  readonly facts: DecisionFacts<N['facts']>;
  readonly programmes: readonly ProgrammeResult<N['programmes'], L>[];
  readonly actions: readonly DecisionAction<L>[];
  readonly missing: readonly MissingFact<N['facts'], L>[];
  /** Threshold tests within the pack's near-threshold margin: the basis of key-concern and edge-watch lists. */
  readonly nearThreshold: readonly NearThresholdEntry<L>[];
  /** The options that shaped the decision (what-if overrides, last known values, known-at date, languages). */
  readonly options: DecisionOptions;
  /** Figures used that are unverified, provisional or overridden; programmes decided by cases. */
  readonly notes: readonly DecisionNote<L>[];
}

/** The options a decision was made with, as it records them (only those that were set). */
export interface DecisionOptions {
  readonly overrides?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  readonly lastKnown?: boolean;
  readonly knownAt?: string;
  /** The languages of the texts, when not both. */
  readonly lang?: 'zh' | 'en';
}

/** What-if values by parameter key: decimal text, or one per zone or hukou type. */
export type Overrides<K extends string = string> = { readonly [P in K]?: string | Readonly<Record<string, string>> };

/**
 * Options of `evaluate`; with a typed pack (`N`), an override of a parameter the pack lacks is a type error.
 * `L` is the languages asked for.
 */
export interface EvaluateOptions<N extends PackNames = PackNames, L extends DecisionLanguage = DecisionLanguage>
  extends Omit<ResolveOptions, 'overrides'> {
  /** The date the decision is made for (YYYY-MM-DD): parameters in force then, ages on that day. */
  readonly asOf: string;
  /** Replace parameter values (decimal text, or per zone) — "what if the standard were 1200?". */
  readonly overrides?: Overrides<N['parameters']>;
  /**
   * The languages of every text (reasons, actions, missing facts, notes, names): `'zh'`, `'en'` or `'both'`
   * (default). One language builds only its texts: a decision for an English-only service costs less.
   */
  readonly lang?: L;
}
