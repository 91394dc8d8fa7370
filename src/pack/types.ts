import type { Bilingual, Issue } from '../errors/index.js';
import type {
  CycleDef,
  IncomeRulesDef,
  TransitionDef,
  ParameterDef,
  ProcedureDef,
  ProgrammeDef,
  ReferralDef,
  ReviewDef,
  SupportersDef,
  SourceDef,
  TierDef,
  UrgencyDef,
} from '../schema/index.js';

/** A parameter as it stands after `extends`: its definition and the pack that defined it. */
export interface PackParameter extends ParameterDef {
  readonly key: string;
  readonly definedIn: string;
  /** Set when the parent pack declared this parameter with another unit (a validation error). */
  readonly parentUnit?: string;
}

/** A programme after `extends`, with its id and the pack that defined it. */
export interface PackProgramme extends ProgrammeDef {
  readonly id: string;
  readonly definedIn: string;
}

/** One change in a pack's changelog. */
export interface PackChange {
  readonly version: string;
  readonly date: string;
  readonly summary: Bilingual;
}

/**
 * The names of one pack, for TypeScript: its programme ids, parameter keys, zones and the facts a decision
 * shows. `safetynet types <pack>` writes them for a pack; the bundled packs ship theirs, so
 * `packs.chengdu.parameters['dibao.standrd']` or `evaluate(packs.chengdu, h, { asOf, overrides: { 'dibao.standrd': '1' } })`
 * is a type error. A pack without them (`loadPack(dir)`) has plain strings, and every name is accepted.
 *
 * @example
 * interface CityNames { programmes: 'dibao' | 'edge'; parameters: 'dibao.standard'; zones: never; facts: 'incomePerPerson' }
 * const city = loadPack('policies/city') as PolicyPack<CityNames>;
 */
export interface PackNames {
  readonly programmes: string;
  readonly parameters: string;
  readonly zones: string;
  readonly facts: string;
}

/** Carries a pack's {@link PackNames} in its type only (no such property exists at run time). */
declare const packNames: unique symbol;

/**
 * A validated, immutable policy pack with its parents merged in (`extends`).
 * Everything a decision needs is here; nothing in it is executable. `N` names its programmes, parameters,
 * zones and facts for TypeScript (see {@link PackNames}); by default every name is a string.
 */
export interface PolicyPack<N extends PackNames = PackNames> {
  /** The pack's names, for type inference only: never set. */
  readonly [packNames]?: N;
  readonly id: string;
  readonly name: Bilingual;
  readonly version: string;
  /** This pack first, then its parent, grandparent…: `['chengdu', 'cn']`. */
  readonly lineage: readonly string[];
  readonly jurisdiction?: {
    readonly country: 'CN';
    readonly level: 'national' | 'province' | 'city' | 'district' | 'county';
    readonly code?: string;
    readonly province?: Bilingual;
  };
  readonly currency: 'CNY';
  readonly timezone: string;
  readonly calendar: string;
  readonly sources: Readonly<Record<string, SourceDef>>;
  /** zone id -> districts. Empty when the pack has one standard for all districts. */
  readonly zones: Readonly<Record<N['zones'], readonly string[]>>;
  readonly parameters: Readonly<Record<N['parameters'], PackParameter>>;
  readonly programmes: Readonly<Record<N['programmes'], PackProgramme>>;
  readonly urgency?: UrgencyDef;
  readonly difficulty?: { readonly tiers: Readonly<Record<string, TierDef>> };
  readonly cycles: Readonly<Record<string, CycleDef>>;
  readonly referrals: Readonly<Record<string, ReferralDef>>;
  /** Re-check (核查) rules, by id: the first that holds sets the review cycle. */
  readonly reviews: Readonly<Record<string, ReviewDef>>;
  /** Casework procedures with stage deadlines, by id (a city's procedure replaces its parent's of the same id). */
  readonly procedures: Readonly<Record<string, ProcedureDef>>;
  /** When a legal supporter counts as unable to support. */
  readonly supporters?: SupportersDef;
  /** Transitions screening warns about, by id. */
  readonly transitions: Readonly<Record<string, TransitionDef>>;
  /** Income not counted, by type and period. */
  readonly income: IncomeRulesDef;
  readonly changes: readonly PackChange[];
  /** Warnings found while validating (unverified figures, stale parameters). */
  readonly warnings: readonly Issue[];
  /** Files the pack was read from, this pack's first. */
  readonly files: readonly string[];
}

/** A parameter a reason compared with, and where its figure comes from. */
export interface ReasonParameter {
  readonly key: string;
  /** Decimal text of the value used (the household's zone's value for zoned parameters). */
  readonly value: string | null;
  readonly from: string;
  readonly status: 'known' | 'unknown' | 'provisional' | 'override' | 'not-in-force';
  readonly verified: boolean;
  /**
   * Set when a figure reviewed every year is used in a later year than the one it is dated in: the year
   * decided for (`asOf`), whose notice the pack does not have. The figure in force is still used.
   */
  readonly staleFor?: string;
  readonly source?: {
    readonly id: string;
    readonly title: string;
    readonly issuer: string;
    readonly number?: string;
    readonly date: string;
  };
}
