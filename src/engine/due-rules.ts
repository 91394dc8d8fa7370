import type { RuleValue } from '../rules/index.js';
import type { CompiledPack } from './compile-pack.js';
import type { DueAction, DueTransition, Judgements, ProgrammeJudgement } from './decide.js';
import type { EnvSet } from './environment.js';

/** Members for whom a transition of the pack holds, judged on every member's own facts. */
export function dueTransitions(compiled: CompiledPack, envs: EnvSet): DueTransition[] {
  const out: DueTransition[] = [];
  for (const rule of compiled.transitions) {
    envs.members.forEach((env, member) => {
      if (rule.when.test(env) === true) out.push({ rule, member });
    });
  }
  return out;
}

/**
 * The rules that follow the verdicts: the difficulty tier, the review cycle, referrals and the actions of
 * eligible programmes. They may ask which categories were found eligible (`eligibleCategories`).
 */
export function dueRules(
  compiled: CompiledPack,
  envs: EnvSet,
  programmes: readonly ProgrammeJudgement[],
  eligibleCategories: readonly string[],
): Pick<Judgements, 'tier' | 'review' | 'referrals' | 'actions'> {
  const household = withFact(compiled.symbols.household, envs.household, 'eligibleCategories', eligibleCategories);
  const slot = compiled.symbols.member.get('eligibleCategories')?.slot;
  const members = envs.members.map((env) => {
    const copy = env.slice();
    if (slot !== undefined) copy[slot] = eligibleCategories;
    return copy;
  });
  const tier = compiled.tiers.find((t) => t.when.test(household) === true);
  const review = firstThatHolds(compiled.reviews, household);
  const due: { -readonly [K in keyof Pick<Judgements, 'tier' | 'review' | 'referrals' | 'actions'>]: Judgements[K] } = {
    referrals: compiled.referrals.filter((r) => r.when.test(household) === true),
    actions: dueActions(programmes, household, members),
  };
  if (tier) due.tier = tier;
  if (review) due.review = review;
  return due;
}

/** The first rule (in rank order) that holds — none while an earlier one is still undetermined. */
function firstThatHolds<R extends { readonly when: { test(env: readonly RuleValue[]): boolean | undefined } }>(
  rules: readonly R[],
  env: readonly RuleValue[],
): R | undefined {
  for (const r of rules) {
    const holds = r.when.test(env);
    if (holds === true) return r;
    if (holds === undefined) return undefined;
  }
  return undefined;
}

function withFact(
  symbols: CompiledPack['symbols']['household'],
  env: readonly RuleValue[],
  name: string,
  value: RuleValue,
): RuleValue[] {
  const copy = env.slice();
  const sym = symbols.get(name);
  if (sym) copy[sym.slot] = value;
  return copy;
}

/** The actions of eligible programmes whose conditions hold (for member programmes, per eligible member). */
function dueActions(
  programmes: readonly ProgrammeJudgement[],
  household: readonly RuleValue[],
  members: readonly (readonly RuleValue[])[],
): DueAction[] {
  const actions: DueAction[] = [];
  for (const p of programmes) {
    if (p.status !== 'eligible') continue;
    const eligible = p.members?.filter((m) => m.status === 'eligible').map((m) => m.index);
    for (const def of p.programme.actions) {
      const holds = (env: readonly RuleValue[]) => !def.when || def.when.test(env) === true;
      if (eligible) {
        const who = eligible.filter((i) => holds(members[i]!));
        if (who.length) actions.push({ programme: p.programme, def: def.def, members: who });
      } else if (holds(household)) {
        actions.push({ programme: p.programme, def: def.def });
      }
    }
  }
  return actions;
}
