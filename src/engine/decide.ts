import { resolvePackOn, type PackOnDate, type PolicyPack, type ResolveOptions, type ValueKeys } from '../pack/index.js';
import type {
  ActionDef,
  Category,
  HouseholdParsed,
  ReferralDef,
  ReviewDef,
  TierDef,
  TransitionDef,
} from '../schema/index.js';
import { checkBirthDates } from './check-birth-dates.js';
import { checkDistrict } from './check-district.js';
import { compilePack, type CompiledPack, type CompiledProgramme, type CompiledRule } from './compile-pack.js';
import type { DerivedFacts } from './derive-facts.js';
import { dueRules, dueTransitions } from './due-rules.js';
import type { Judgement } from './judge.js';
import { missingFacts } from './missing-map.js';
import { findNearMisses, findNearThresholds, type NearMiss, type NearThreshold } from './near-threshold.js';
import { applyPrecedence, judgeInPhases } from './precedence.js';

/** Options of {@link decide}. */
export interface DecideOptions extends ResolveOptions {
  /** The day decided for (YYYY-MM-DD): figures in force then, ages on that day. */
  readonly asOf: string;
  /**
   * Trace every test and find what to ask (reasons, missing facts, actions, tier, referrals). Off for the
   * screening path, which needs statuses, category, margins and transitions only. Statuses never differ.
   */
  readonly explain?: boolean;
}

/** Why a programme's status is what it is, beyond its own tests. */
export interface Precedence {
  /** The programme whose eligibility made this one not apply (`precededBy`), with its category. */
  readonly by: string;
  readonly category: string;
}

/** One programme's verdict for a household. */
export interface ProgrammeJudgement extends Judgement {
  readonly programme: CompiledProgramme;
  /** True when something left open (the zone, the hukou, an income rule) did not matter: every reading agreed. */
  readonly decidedByCases: boolean;
  /** Set when a stronger programme took precedence (the programme's `precededBy`). */
  readonly precededBy?: Precedence;
  /** Household programmes: the members assessed apart (special poverty), left out of the tests. */
  readonly withoutMembers?: readonly number[];
}

/** An action a pack attaches to a programme, due for this household (or for these members). */
export interface DueAction {
  readonly programme: CompiledProgramme;
  readonly def: ActionDef;
  readonly members?: readonly number[];
}

/** A member for whom a transition of the pack holds (e.g. turning 60 on dibao with a disability). */
export interface DueTransition {
  readonly rule: CompiledRule<TransitionDef>;
  readonly member: number;
}

/** Everything decided about one household on one date: the single source every view reads. */
export interface Judgements {
  readonly day: PackOnDate;
  readonly compiled: CompiledPack;
  readonly household: HouseholdParsed;
  /** The facts the household programmes were tested on (members assessed apart left out). */
  readonly facts: DerivedFacts;
  readonly keys: ValueKeys;
  /** Members assessed apart as special poverty: the household tests are made without them. */
  readonly apart: readonly number[];
  /** Income types the household has whose treatment the pack does not know on the date. */
  readonly openIncome: readonly string[];
  /** Enabled programmes in rank order (strongest first). */
  readonly programmes: readonly ProgrammeJudgement[];
  /** The strongest eligible programme's category, `none` when there is none. */
  readonly category: Category;
  /** The strongest eligible programme itself: the outcome (e.g. single-person coverage, category dibao). */
  readonly outcome?: ProgrammeJudgement;
  /** False while a programme stronger than the category is undetermined. */
  readonly categoryCertain: boolean;
  /** Rank of the strongest eligible programme (Infinity when none). */
  readonly strongestRank: number;
  readonly eligibleCategories: readonly string[];
  /** Money tests within the near-threshold margin, and the stronger programmes narrowly missed. */
  readonly near: readonly NearThreshold[];
  readonly nearMisses: readonly NearMiss[];
  readonly transitions: readonly DueTransition[];
  /** Explained judgements only: the difficulty tier, review rule, referrals and actions that hold. */
  readonly tier?: CompiledRule<TierDef>;
  readonly review?: CompiledRule<ReviewDef>;
  readonly referrals: readonly CompiledRule<ReferralDef>[];
  readonly actions: readonly DueAction[];
  /**
   * Explained judgements only: what would settle each undetermined programme — a fact to ask, `district` /
   * `hukou`, or something nobody can answer yet: `param:<key>` (a figure the pack lacks) or
   * `income-rule:<type>` (an income rule the pack does not know).
   */
  readonly missing: ReadonlyMap<string, readonly string[]>;
}

/**
 * The one place where deciding happens: a household (already validated) on a date, against a pack. Figures
 * are resolved for the date, facts derived, programmes judged three-valued — members supported as special
 * poverty first and apart from their family; anything left open by an unknown zone, hukou or income rule is
 * decided by cases; then precedence between programmes, the category and its certainty, the exact
 * near-threshold margins and near misses, transitions and — explained — actions, tier, review, referrals
 * and what to ask. `evaluate`, `screen`, `diffPacks` and `analyzePack` are views of this result.
 */
export function decide(pack: PolicyPack, household: HouseholdParsed, options: DecideOptions): Judgements {
  const day = resolvePackOn(pack, options.asOf, options);
  checkDistrict(pack, household);
  checkBirthDates(household, options.asOf);
  const compiled = compilePack(pack);
  const explain = options.explain === true;
  const phases = judgeInPhases(day, compiled, household, explain);
  const programmes = applyPrecedence(phases.programmes);
  const verdict = categoryOf(programmes);
  const eligibleCategories = eligibleCategoriesOf(programmes);
  const envs = phases.envs;
  const near = findNearThresholds(programmes, envs.household, day.ruleValue('monitoring.nearMargin', envs.keys));
  // One literal of a fixed shape: spreading a result this size per household was a large part of screening.
  const j: { -readonly [K in keyof Judgements]: Judgements[K] } = {
    day,
    compiled,
    household,
    facts: envs.facts,
    keys: envs.keys,
    apart: phases.apart,
    openIncome: envs.openIncome,
    programmes,
    category: verdict.category,
    categoryCertain: verdict.categoryCertain,
    strongestRank: verdict.strongestRank,
    eligibleCategories,
    near,
    nearMisses: near.length ? findNearMisses(programmes, near, verdict.strongestRank, envs.household) : NONE,
    transitions: dueTransitions(compiled, phases.base),
    referrals: NONE,
    actions: NONE,
    missing: NO_MISSING,
  };
  if (verdict.outcome) j.outcome = verdict.outcome;
  if (!explain) return j;
  const due = dueRules(compiled, envs, programmes, eligibleCategories);
  if (due.tier) j.tier = due.tier;
  if (due.review) j.review = due.review;
  j.referrals = due.referrals;
  j.actions = due.actions;
  j.missing = missingFacts(day, envs, programmes);
  return j;
}

const NONE: readonly never[] = Object.freeze([]);
const NO_MISSING: ReadonlyMap<string, readonly string[]> = new Map();

/** The categories of the eligible programmes, each once, sorted. */
function eligibleCategoriesOf(programmes: readonly ProgrammeJudgement[]): readonly string[] {
  let out: string[] | undefined;
  for (const p of programmes) {
    if (p.status !== 'eligible') continue;
    const c = p.programme.def.category;
    if (!out) out = [c];
    else if (!out.includes(c)) out.push(c);
  }
  return out ? out.sort() : NONE;
}

/** The category: the strongest eligible programme's; uncertain if a stronger one is undetermined. */
function categoryOf(
  programmes: readonly ProgrammeJudgement[],
): Pick<Judgements, 'category' | 'outcome' | 'categoryCertain' | 'strongestRank'> {
  let categoryCertain = true;
  for (const p of programmes) {
    if (p.status === 'eligible') {
      const def = p.programme.def;
      return { category: def.category as Category, outcome: p, categoryCertain, strongestRank: def.rank };
    }
    if (p.status === 'undetermined') categoryCertain = false;
  }
  return { category: 'none', categoryCertain, strongestRank: Number.POSITIVE_INFINITY };
}
