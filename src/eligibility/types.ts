import type { Bilingual } from '../errors/index.js';
import type { ResolveOptions } from '../pack/resolve.js';
import type { Category } from '../schema/pack.js';

/** The status of one programme for one household. */
export type ProgrammeStatus = 'eligible' | 'ineligible' | 'undetermined' | 'not-applicable';

/** A parameter a reason compared with, and where its figure comes from. */
export interface ReasonParameter {
  readonly key: string;
  /** Decimal text of the value used (the household's zone's value for zoned parameters). */
  readonly value: string | null;
  readonly from: string;
  readonly status: 'known' | 'unknown' | 'provisional' | 'override' | 'not-in-force';
  readonly verified: boolean;
  readonly source?: {
    readonly id: string;
    readonly title: string;
    readonly issuer: string;
    readonly number?: string;
    readonly date: string;
  };
}

/** One test of a rule, as a caseworker reads it: "income per person 1133.33 < standard 1160.00". */
export interface Reason {
  /** `<programme>.<fact>.<operator>`, stable for machines. */
  readonly code: string;
  readonly text: Bilingual;
  readonly fact: string;
  readonly operator: string;
  /** The fact's value as decimal text (money in yuan, 2 decimals), or null when unknown. */
  readonly left: string | boolean | readonly string[] | null;
  readonly right: string | boolean | readonly string[] | null;
  readonly result: boolean | null;
  /** For numeric comparisons: right − left, in the fact's unit (yuan for money). */
  readonly margin?: string;
  /** The margin in words: how far the value is from flipping this test. */
  readonly distance?: Bilingual;
  readonly parameter?: ReasonParameter;
  /** Path of the leaf inside the programme's condition, e.g. ['all', 0]. */
  readonly path: readonly (string | number)[];
}

/** The verdict on one programme. */
export interface ProgrammeResult {
  readonly id: string;
  readonly name: Bilingual;
  readonly category: string;
  readonly status: ProgrammeStatus;
  readonly reasons: readonly Reason[];
  /** For programmes judged per member: each member's status (index into household.members). */
  readonly members?: readonly { readonly index: number; readonly id?: string; readonly status: ProgrammeStatus }[];
  readonly source?: ReasonParameter['source'];
}

/** What the decision asks a caseworker to do next. */
export interface DecisionAction {
  readonly kind:
    | 'grant'
    | 'assist-first-approve-later'
    | 'refer'
    | 'monitor'
    | 'key-concern-list'
    | 'inform'
    | 'centralized-care'
    | 'material-and-service';
  readonly programme?: string;
  readonly department?: { readonly id: string; readonly name: Bilingual };
  readonly cycle?: { readonly id: string; readonly name: Bilingual; readonly nextDue: string };
  /** Members the action concerns (indexes), for per-member programmes. */
  readonly members?: readonly number[];
  readonly text: Bilingual;
}

/** A fact that, if supplied, would settle undetermined programmes. */
export interface MissingFact {
  readonly fact: string;
  readonly label: Bilingual;
  /** Programmes it would help settle, most first. */
  readonly programmes: readonly string[];
  /** The household fields to fill in, e.g. `members[1].incomes`: what to ask. */
  readonly inputs: readonly string[];
}

/** An explained, serialisable decision for one household on one date. */
export interface Decision {
  readonly packId: string;
  readonly packVersion: string;
  /** SHA-256 of the resolved pack (`sha256:<hex>`): what a stored decision was made with. */
  readonly packDigest: string;
  readonly sdkVersion: string;
  readonly asOf: string;
  readonly householdId?: string;
  /** The strongest category the household is eligible for ('none' if none). */
  readonly category: Category;
  /** False when a stronger programme is undetermined, so the category may still change. */
  readonly categoryCertain: boolean;
  readonly tier?: { readonly id: string; readonly name: Bilingual };
  /** Derived facts as decimal text (money in yuan, 2 decimals), null when unknown. */
  readonly facts: Readonly<Record<string, string | boolean | readonly string[] | null>>;
  readonly programmes: readonly ProgrammeResult[];
  readonly actions: readonly DecisionAction[];
  readonly missing: readonly MissingFact[];
  /** Threshold tests within the pack's near-threshold margin: the basis of key-concern and edge-watch lists. */
  readonly nearThreshold: readonly {
    readonly programme: string;
    readonly fact: string;
    readonly margin: string;
    readonly text: Bilingual;
  }[];
  /** The options that shaped the decision (what-if overrides, last known values, known-at date). */
  readonly options: {
    readonly overrides?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
    readonly lastKnown?: boolean;
    readonly knownAt?: string;
  };
  /** Figures used that are unverified, provisional or overridden. */
  readonly notes: readonly { readonly code: string; readonly text: Bilingual; readonly parameter?: string }[];
}

/** Options of `evaluate`. */
export interface EvaluateOptions extends ResolveOptions {
  /** The date the decision is made for (YYYY-MM-DD): parameters in force then, ages on that day. */
  readonly asOf: string;
}
