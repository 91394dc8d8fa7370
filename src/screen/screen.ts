import { SafetynetError, type Bilingual } from '../errors/index.js';
import { compilePack, type CompiledPack, type CompiledProgramme } from '../eligibility/compile-pack.js';
import { prepareEnvironments } from '../eligibility/environment.js';
import { holdsInEnv } from '../eligibility/judge.js';
import { parseHousehold } from '../eligibility/household.js';
import { formatDifference, parameterText } from '../eligibility/values.js';
import { FACT_CATALOG } from '../facts/catalog.js';
import type { ResolveOptions } from '../pack/resolve.js';
import type { PolicyPack } from '../pack/types.js';
import { isParamName, type LeafTrace, type RuleValue } from '../rules/index.js';

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

/** Screens one record at a time and keeps the counts: the streaming form of {@link screen}. */
export interface Screener {
  /** Screens one household; invalid input comes back as a {@link ScreenError}, never thrown. */
  screen(id: string, household: unknown): ScreenItem | ScreenError;
  summary(): ScreenSummary;
}

/**
 * A screener for a pack and date: for each household the category, and warnings of missed assistance
 * (eligible, not covered), wrong assistance (covered, no longer eligible), transitions (e.g. a disabled
 * dibao recipient aged 60 without the elderly-disability subsidy) and edge-watch (near a threshold).
 * Coverage is what the household says it receives (`coverage`) and each member's `benefits`.
 *
 * @example
 * const s = createScreener(packs['chongqing-yongchuan'], { asOf: '2023-10-01' });
 * for (const line of lines) out.push(s.screen(line.id, line.household));
 * s.summary().warnings.missed;
 */
export function createScreener(pack: PolicyPack, options: ScreenOptions): Screener {
  const compiled = compilePack(pack);
  const counts = { households: 0, withWarnings: 0, uncertain: 0, errors: 0 };
  const warnings: Record<ScreenWarningKind, number> = { missed: 0, wrong: 0, transition: 0, 'edge-watch': 0 };
  const categories: Record<string, number> = {};
  const nearMarginFen = nearMargin(pack, compiled, options);
  return {
    screen(id, household) {
      counts.households++;
      let item: ScreenItem;
      try {
        item = screenOne(pack, compiled, id, household, options, nearMarginFen);
      } catch (e) {
        if (!(e instanceof SafetynetError)) throw e;
        counts.errors++;
        const first = e.issues[0];
        return { id, code: e.code, message: first ? `${first.path.join('.')}: ${first.message.en}` : e.message };
      }
      categories[item.category] = (categories[item.category] ?? 0) + 1;
      if (!item.categoryCertain) counts.uncertain++;
      if (item.warnings.length) counts.withWarnings++;
      for (const w of item.warnings) warnings[w.kind]++;
      return item;
    },
    summary: () => ({ ...counts, warnings: { ...warnings }, categories: { ...categories } }),
  };
}

/** The result of screening a whole population in memory. */
export interface ScreenResult {
  readonly summary: ScreenSummary;
  /** Households with at least one warning. */
  readonly items: readonly ScreenItem[];
  readonly errors: readonly ScreenError[];
}

/**
 * Screens a population (an iterable of `{ id, household }`) and returns the households with warnings and the
 * counts. For files larger than memory, use {@link createScreener} line by line (the CLI does).
 *
 * @example
 * const r = screen(packs.chengdu, records, { asOf: '2023-06-01' });
 * r.summary.warnings; // { missed: 12, wrong: 3, transition: 0, 'edge-watch': 40 }
 */
export function screen(
  pack: PolicyPack,
  population: Iterable<{ readonly id: string; readonly household: unknown }>,
  options: ScreenOptions,
): ScreenResult {
  const s = createScreener(pack, options);
  const items: ScreenItem[] = [];
  const errors: ScreenError[] = [];
  for (const rec of population) {
    const r = s.screen(rec.id, rec.household);
    if ('code' in r) errors.push(r);
    else if (r.warnings.length) items.push(r);
  }
  return { summary: s.summary(), items, errors };
}

function nearMargin(pack: PolicyPack, compiled: CompiledPack, options: ScreenOptions): number | undefined {
  if (!pack.parameters['monitoring.nearMargin']) return undefined;
  const env = prepareEnvironments(pack, compiled, parseHousehold({ members: [{}] }), options);
  const text = parameterText(env.parameters.resolved.get('monitoring.nearMargin'), {});
  return text === undefined ? undefined : Math.round(Number(text) * 100);
}

const TEXT = {
  missed: (name: Bilingual): Bilingual => ({
    zh: `符合${name.zh}但未享受（漏保）`,
    en: `Eligible for ${name.en} but not receiving it (missed)`,
  }),
  wrong: (name: Bilingual): Bilingual => ({
    zh: `享受${name.zh}但已不符合（错保）`,
    en: `Receiving ${name.en} but no longer eligible (wrong)`,
  }),
};

function screenOne(
  pack: PolicyPack,
  compiled: CompiledPack,
  id: string,
  household: unknown,
  options: ScreenOptions,
  nearMarginFen: number | undefined,
): ScreenItem {
  const hh = parseHousehold(household);
  const env = prepareEnvironments(pack, compiled, hh, options);
  const coverage = new Set<string>(hh.coverage ?? []);
  const memberBenefits = hh.members.map((m) => new Set<string>(m.benefits ?? []));
  const out: ScreenWarning[] = [];

  // Statuses without reasons: the fast path (arrays by programme position, no per-household maps).
  const programmes = compiled.programmes;
  const status: (boolean | undefined)[] = new Array(programmes.length);
  const memberStatus: ((boolean | undefined)[] | undefined)[] = new Array(programmes.length);
  for (let p = 0; p < programmes.length; p++) {
    const prog = programmes[p]!;
    if (prog.scope === 'member') {
      const each = env.memberEnvs.map((e) => holdsInEnv(prog, e));
      memberStatus[p] = each;
      status[p] = each.includes(true) ? true : each.includes(undefined) ? undefined : false;
    } else {
      status[p] = holdsInEnv(prog, env.householdEnv);
    }
  }

  // Unknown zone or hukou: a programme decided the same way in every possible case is decided (as in evaluate).
  if (status.includes(undefined)) {
    const cases = env.alternatives();
    for (let p = 0; cases.length && p < programmes.length; p++) {
      if (status[p] !== undefined) continue;
      const prog = programmes[p]!;
      const each = cases.map((c) =>
        prog.scope === 'member' ? c.memberEnvs.map((e) => holdsInEnv(prog, e)) : [holdsInEnv(prog, c.householdEnv)],
      );
      const first = JSON.stringify(each[0]);
      if (each.every((x) => JSON.stringify(x) === first) && !each[0]!.includes(undefined)) {
        if (prog.scope === 'member') memberStatus[p] = each[0]!;
        status[p] = each[0]!.includes(true);
      }
    }
  }

  let category = 'none';
  let certain = true;
  let strongest = Infinity;
  for (let p = 0; p < programmes.length; p++) {
    const s = status[p];
    if (s === true) {
      category = programmes[p]!.def.category;
      strongest = programmes[p]!.def.rank;
      break;
    }
    if (s === undefined) certain = false;
  }

  // Missed: eligible, not received (by the household, or by the member for member programmes).
  const anyoneReceives = (cat: string) => coverage.has(cat) || memberBenefits.some((b) => b.has(cat));
  for (let p = 0; p < programmes.length; p++) {
    const prog = programmes[p]!;
    const cat = prog.def.category;
    if (prog.scope === 'member') {
      memberStatus[p]!.forEach((s, i) => {
        if (s === true && !memberBenefits[i]!.has(cat) && !coverage.has(cat))
          out.push({
            kind: 'missed',
            programme: prog.def.id,
            category: cat,
            member: i,
            text: TEXT.missed(prog.def.name),
          });
      });
    } else if (status[p] === true && !anyoneReceives(cat)) {
      out.push({ kind: 'missed', programme: prog.def.id, category: cat, text: TEXT.missed(prog.def.name) });
    }
  }
  // Wrong: received, and every programme of that category is decided ineligible.
  const received = new Set<string>(coverage);
  for (const b of memberBenefits) for (const c of b) received.add(c);
  for (const cat of received) {
    let first: CompiledProgramme | undefined;
    let allIneligible = true;
    for (let p = 0; p < programmes.length; p++) {
      if (programmes[p]!.def.category !== cat) continue;
      first ??= programmes[p]!;
      if (status[p] !== false) allIneligible = false;
    }
    if (first && allIneligible)
      out.push({ kind: 'wrong', category: cat, programme: first.def.id, text: TEXT.wrong(first.def.name) });
  }
  // Transitions, per member.
  for (const t of compiled.transitions) {
    env.memberEnvs.forEach((e, i) => {
      if (t.when.test(e) === true) {
        out.push({
          kind: 'transition',
          transition: t.id,
          member: i,
          text: t.def.advice
            ? { zh: `${t.def.name.zh}：${t.def.advice.zh}`, en: `${t.def.name.en}: ${t.def.advice.en}` }
            : t.def.name,
        });
      }
    });
  }
  // Edge-watch: a stronger household programme failed only by a money threshold within the margin.
  if (nearMarginFen !== undefined) {
    for (let p = 0; p < programmes.length; p++) {
      const prog = programmes[p]!;
      if (prog.scope === 'member' || prog.def.rank >= strongest || status[p] !== false) continue;
      const trace: LeafTrace[] = [];
      prog.eligible.explain(env.householdEnv, trace);
      const failed = trace.filter((t) => t.result === false);
      const near = failed.length > 0 && failed.every((t) => isNearMoney(t, nearMarginFen));
      if (near) {
        const t = failed[0]!;
        const margin = formatDifference(t.left, t.right as RuleValue, 100)!.text;
        out.push({
          kind: 'edge-watch',
          programme: prog.def.id,
          category: prog.def.category,
          margin,
          text: {
            zh: `接近${prog.def.name.zh}的界限（相差 ${margin.replace('-', '')} 元）`,
            en: `Close to the threshold of ${prog.def.name.en} (${margin.replace('-', '')} yuan away)`,
          },
        });
      }
    }
  }
  return { id, category, categoryCertain: certain, warnings: out };
}

const MONEY_FACTS = new Set(FACT_CATALOG.filter((f) => f.kind === 'money').map((f) => f.name));

function isNearMoney(t: LeafTrace, marginFen: number): boolean {
  if (!MONEY_FACTS.has(t.fact) || t.rightFact === undefined || !isParamName(t.rightFact)) return false;
  const d = formatDifference(t.left, t.right as RuleValue, 100);
  return d !== undefined && Math.abs(Number(d.text)) * 100 <= marginFen;
}
