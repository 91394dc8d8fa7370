import { resolvePackOn, type PackOnDate, type PolicyPack, type ResolveOptions, type ValueKeys } from '../pack/index.js';
import type { RuleValue } from '../rules/index.js';
import type { ActionDef, Category, HouseholdParsed, ReferralDef, TierDef, TransitionDef } from '../schema/index.js';
import { checkDistrict } from './check-district.js';
import { compilePack, type CompiledPack, type CompiledProgramme, type CompiledRule } from './compile-pack.js';
import type { DerivedFacts } from './derive-facts.js';
import { prepareEnvironments, type EnvSet, type Environments } from './environment.js';
import { judgeProgramme, sameVerdict, type Judgement } from './judge.js';
import { findNearMisses, findNearThresholds, type NearMiss, type NearThreshold } from './near-threshold.js';

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

/** One programme's verdict for a household. */
export interface ProgrammeJudgement extends Judgement {
  readonly programme: CompiledProgramme;
  /** True when the zone or hukou is unknown but every possible one gives this same verdict. */
  readonly decidedByCases: boolean;
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
  readonly facts: DerivedFacts;
  readonly keys: ValueKeys;
  /** Enabled programmes in rank order (strongest first). */
  readonly programmes: readonly ProgrammeJudgement[];
  /** The strongest eligible programme's category, `none` when there is none. */
  readonly category: Category;
  /** False while a programme stronger than the category is undetermined. */
  readonly categoryCertain: boolean;
  /** Rank of the strongest eligible programme (Infinity when none). */
  readonly strongestRank: number;
  readonly eligibleCategories: readonly string[];
  /** Money tests within the near-threshold margin, and the stronger programmes narrowly missed. */
  readonly near: readonly NearThreshold[];
  readonly nearMisses: readonly NearMiss[];
  readonly transitions: readonly DueTransition[];
  /** Explained judgements only: the difficulty tier, referrals and actions that hold. */
  readonly tier?: CompiledRule<TierDef>;
  readonly referrals: readonly CompiledRule<ReferralDef>[];
  readonly actions: readonly DueAction[];
  /** Explained judgements only: fact (or `district` / `hukou`, or `param:<key>`) → programmes it would settle. */
  readonly missing: ReadonlyMap<string, readonly string[]>;
}

/**
 * The one place where deciding happens: a household (already validated) on a date, against a pack. Figures
 * are resolved for the date, facts derived, programmes judged three-valued; a programme left undetermined
 * only by an unknown zone or hukou is decided by cases; then the category and its certainty, the exact
 * near-threshold margins and near misses, transitions and — explained — actions, tier, referrals and what
 * to ask. `evaluate`, `screen`, `diffPacks` and `analyzePack` are views of this result.
 */
export function decide(pack: PolicyPack, household: HouseholdParsed, options: DecideOptions): Judgements {
  const day = resolvePackOn(pack, options.asOf, options);
  checkDistrict(pack, household);
  const compiled = compilePack(pack);
  const envs = prepareEnvironments(day, compiled, household);
  const explain = options.explain === true;
  const programmes = judgeAll(compiled, envs, household, explain);
  const { category, categoryCertain, strongestRank } = categoryOf(programmes);
  const eligibleCategories = [
    ...new Set(programmes.filter((p) => p.status === 'eligible').map((p) => p.programme.def.category)),
  ].sort();
  const near = findNearThresholds(programmes, envs.household, day.ruleValue('monitoring.nearMargin', envs.keys));
  const base = {
    day,
    compiled,
    household,
    facts: envs.facts,
    keys: envs.keys,
    programmes,
    category,
    categoryCertain,
    strongestRank,
    eligibleCategories,
    near,
    nearMisses: near.length ? findNearMisses(programmes, near, strongestRank, envs.household) : [],
    transitions: dueTransitions(compiled, envs),
  };
  if (!explain) return { ...base, referrals: [], actions: [], missing: new Map() };
  setFact(compiled, envs, 'eligibleCategories', eligibleCategories);
  return {
    ...base,
    ...dueRules(compiled, envs, programmes),
    missing: missingFacts(day, envs.keys, programmes),
  };
}

function judgeAll(
  compiled: CompiledPack,
  envs: Environments,
  household: HouseholdParsed,
  explain: boolean,
): ProgrammeJudgement[] {
  let cases: readonly EnvSet[] | undefined;
  return compiled.programmes.map((programme) => {
    const first = judgeProgramme(programme, envs, household, explain);
    if (first.status !== 'undetermined') return { ...first, programme, decidedByCases: false };
    // Unknown zone or hukou: if every possible value gives the same answer, that is the answer.
    cases ??= envs.alternatives();
    if (!cases.length) return { ...first, programme, decidedByCases: false };
    const each = cases.map((c) => judgeProgramme(programme, c, household, explain));
    const one = each[0]!;
    if (one.status !== 'undetermined' && each.every((x) => sameVerdict(x, one))) {
      return {
        ...first,
        status: one.status,
        missing: [],
        ...(one.members ? { members: one.members } : {}),
        programme,
        decidedByCases: true,
      };
    }
    const missing = explain ? [...new Set([...first.missing, ...each.flatMap((x) => x.missing)])] : first.missing;
    return { ...first, missing, programme, decidedByCases: false };
  });
}

/** The category: the strongest eligible programme's; uncertain if a stronger one is undetermined. */
function categoryOf(
  programmes: readonly ProgrammeJudgement[],
): Pick<Judgements, 'category' | 'categoryCertain' | 'strongestRank'> {
  let categoryCertain = true;
  for (const p of programmes) {
    if (p.status === 'eligible') {
      return { category: p.programme.def.category as Category, categoryCertain, strongestRank: p.programme.def.rank };
    }
    if (p.status === 'undetermined') categoryCertain = false;
  }
  return { category: 'none', categoryCertain, strongestRank: Number.POSITIVE_INFINITY };
}

function dueTransitions(compiled: CompiledPack, envs: EnvSet): DueTransition[] {
  const out: DueTransition[] = [];
  for (const rule of compiled.transitions) {
    envs.members.forEach((env, member) => {
      if (rule.when.test(env) === true) out.push({ rule, member });
    });
  }
  return out;
}

/** Later rules (tiers, referrals, actions) may ask which categories were found eligible. */
function setFact(compiled: CompiledPack, envs: EnvSet, name: string, value: RuleValue): void {
  const hh = compiled.symbols.household.get(name);
  if (hh) envs.household[hh.slot] = value;
  const mb = compiled.symbols.member.get(name);
  if (mb) for (const env of envs.members) env[mb.slot] = value;
}

function dueRules(
  compiled: CompiledPack,
  envs: EnvSet,
  programmes: readonly ProgrammeJudgement[],
): Pick<Judgements, 'tier' | 'referrals' | 'actions'> {
  const tier = compiled.tiers.find((t) => t.when.test(envs.household) === true);
  const referrals = compiled.referrals.filter((r) => r.when.test(envs.household) === true);
  const actions: DueAction[] = [];
  for (const p of programmes) {
    if (p.status !== 'eligible') continue;
    const members = p.members?.filter((m) => m.status === 'eligible').map((m) => m.index);
    for (const def of p.programme.actions) {
      const holds = (env: readonly RuleValue[]) => !def.when || def.when.test(env) === true;
      if (members) {
        const who = members.filter((i) => holds(envs.members[i]!));
        if (who.length) actions.push({ programme: p.programme, def: def.def, members: who });
      } else if (holds(envs.household)) {
        actions.push({ programme: p.programme, def: def.def });
      }
    }
  }
  return { ...(tier ? { tier } : {}), referrals, actions };
}

/**
 * What to ask, by fact, with the programmes it would settle. A figure keyed by zone or hukou is unknown
 * only because the district or hukou is: ask for that instead.
 */
function missingFacts(
  day: PackOnDate,
  keys: ValueKeys,
  programmes: readonly ProgrammeJudgement[],
): Map<string, readonly string[]> {
  const by = new Map<string, string[]>();
  for (const p of programmes) {
    if (p.status !== 'undetermined') continue;
    for (const f of p.missing) {
      const keyed = f.startsWith('param:') ? day.parameters.get(f.slice(6)) : undefined;
      const asked =
        keyed && typeof keyed.value === 'object'
          ? keyed.by === 'hukou'
            ? keys.hukou === undefined
              ? 'hukou'
              : f
            : keys.zone === undefined
              ? 'district'
              : f
          : f;
      const list = by.get(asked) ?? [];
      if (!list.includes(p.programme.def.id)) list.push(p.programme.def.id);
      by.set(asked, list);
    }
  }
  return by;
}
