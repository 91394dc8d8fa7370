import { addReviewPeriod } from '../calendar/addReviewPeriod.js';
import type { DerivedFacts } from '../facts/derive.js';
import { FACT_CATALOG, getFactDefinition } from '../facts/catalog.js';
import { InputError, type Bilingual } from '../errors/index.js';
import type { ResolvedParameter } from '../pack/resolve.js';
import type { PolicyPack } from '../pack/types.js';
import { isParamName, suggestName, type RuleValue, type SymbolTable } from '../rules/index.js';
import type { Category } from '../schema/pack.js';
import type { Household, HouseholdParsed } from '../schema/household.js';
import { VERSION } from '../version.js';
import { packDigest } from '../audit/digest.js';
import { compilePack, type CompiledProgramme } from './compile-pack.js';
import { prepareEnvironments } from './environment.js';
import { parseHousehold } from './household.js';
import { judgeProgramme } from './judge.js';
import { inputsFor } from './questions.js';
import { buildReasons, labelOf as factLabelOf } from './reasons.js';
import type {
  Decision,
  DecisionAction,
  EvaluateOptions,
  MissingFact,
  ProgrammeResult,
  ReasonParameter,
} from './types.js';
import { formatRuleValue } from './values.js';

/**
 * Decides which programmes a household is eligible for on a date, and why, and what should happen next.
 * Synchronous, pure and deterministic: the household is validated and copied, never mutated; the result
 * is plain JSON.
 *
 * Facts the household leaves out are unknown: programmes that need them are `undetermined`, and
 * `missing` lists what to ask. Figures the pack marks unknown for the period make programmes undetermined
 * too, unless `lastKnown` is set (the decision then notes the figure as provisional).
 *
 * @throws {InputError} `household_invalid` with every problem of the household; `bad_as_of` for a malformed date.
 * @example
 * const d = evaluate(packs.zhongshan, { members: [...] }, { asOf: '2022-06-01' });
 * d.category;               // 'dibao'
 * d.programmes[0].reasons;  // [{ text: { en: 'income per person 1133.33 < dibao standard 1160.00 (met)' }, ... }]
 */
export function evaluate(pack: PolicyPack, household: Household | unknown, options: EvaluateOptions): Decision {
  const { asOf } = options;
  if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new InputError('bad_as_of', `asOf must be a date YYYY-MM-DD, got ${String(asOf)}`);
  }
  const hh = parseHousehold(household);
  checkDistrict(pack, hh);
  const compiled = compilePack(pack);
  const environments = prepareEnvironments(pack, compiled, hh, options);
  const { facts, keys, parameters, householdEnv, memberEnvs } = environments;
  let cases: ReturnType<typeof environments.alternatives> | undefined;
  const decidedByCases: string[] = [];
  const parameterInfo = (key: string): ReasonParameter | undefined => parameters.info(key, keys);

  const results: ProgrammeResult[] = [];
  const eligibleMembers = new Map<string, number[]>();
  const missingBy = new Map<string, Set<string>>();
  for (const prog of compiled.programmes) {
    let r = judgeProgramme(prog, householdEnv, memberEnvs, hh);
    if (r.status === 'undetermined') {
      // Unknown zone or hukou: decide by cases — if every possible value gives the same answer, that is the answer.
      cases ??= environments.alternatives();
      if (cases.length) {
        const each = cases.map((c) => judgeProgramme(prog, c.householdEnv, c.memberEnvs, hh));
        const first = each[0]!;
        const same = each.every(
          (x) =>
            x.status === first.status &&
            JSON.stringify(x.members?.map((m) => m.status)) === JSON.stringify(first.members?.map((m) => m.status)),
        );
        if (same && first.status !== 'undetermined') {
          r = { ...r, status: first.status, missing: [], ...(first.members ? { members: first.members } : {}) };
          decidedByCases.push(prog.def.id);
        } else {
          r = { ...r, missing: [...new Set([...r.missing, ...each.flatMap((x) => x.missing)])] };
        }
      }
    }
    if (r.status === 'undetermined') {
      for (const f of r.missing) {
        // A keyed figure is unknown only because the district (zone) or hukou is: ask for that.
        const keyed = isParamName(f) ? parameters.resolved.get(f.slice(6)) : undefined;
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
        (missingBy.get(asked) ?? missingBy.set(asked, new Set()).get(asked)!).add(prog.def.id);
      }
    }
    if (r.members)
      eligibleMembers.set(
        prog.def.id,
        r.members.filter((m) => m.status === 'eligible').map((m) => m.index),
      );
    const symbols = compiled.symbols[prog.scope === 'member' ? 'member' : 'household'];
    const src = prog.def.source !== undefined ? pack.sources[prog.def.source] : undefined;
    results.push({
      id: prog.def.id,
      name: prog.def.name,
      category: prog.def.category,
      status: r.status,
      reasons: buildReasons(pack, prog.def.id, r.trace, symbols, parameterInfo),
      ...(r.members ? { members: r.members } : {}),
      ...(src
        ? {
            source: {
              id: prog.def.source!,
              title: src.title,
              issuer: src.issuer,
              date: src.date,
              ...(src.number ? { number: src.number } : {}),
            },
          }
        : {}),
    });
  }

  // The category: the strongest eligible programme; uncertain if a stronger one is undetermined.
  let category: Category = 'none';
  let certain = true;
  for (const r of results) {
    if (r.status === 'eligible') {
      category = r.category as Category;
      break;
    }
    if (r.status === 'undetermined') certain = false;
  }

  // Later rules (tiers, referrals, actions) may ask which categories were found eligible.
  const eligibleCategories = [...new Set(results.filter((r) => r.status === 'eligible').map((r) => r.category))].sort();
  setFact(householdEnv, compiled.symbols.household, 'eligibleCategories', eligibleCategories);
  for (const env of memberEnvs) setFact(env, compiled.symbols.member, 'eligibleCategories', eligibleCategories);

  const tier = compiled.tiers.find((t) => t.when.test(householdEnv) === true);
  const actions = buildActions(
    pack,
    compiled.programmes,
    results,
    householdEnv,
    memberEnvs,
    eligibleMembers,
    tier ? { id: tier.id, cycle: tier.def.cycle } : undefined,
    asOf,
  );
  for (const ref of compiled.referrals) {
    if (ref.when.test(householdEnv) === true) {
      actions.push({
        kind: 'refer',
        department: { id: ref.id, name: ref.def.department },
        text: {
          zh: `转介：${ref.def.department.zh}（${ref.def.name.zh}）`,
          en: `Refer to ${ref.def.department.en} (${ref.def.name.en})`,
        },
      });
    }
  }

  const missing: MissingFact[] = [...missingBy.entries()]
    .filter(([f]) => !isParamName(f))
    .map(([fact, progs]) => ({
      fact,
      label: getFactDefinition(fact)?.label ?? { zh: fact, en: fact },
      programmes: [...progs],
      inputs: inputsFor(fact, hh),
    }))
    .sort((a, b) => b.programmes.length - a.programmes.length || a.fact.localeCompare(b.fact));

  const nearThreshold = findNearThreshold(pack, results, parameters.resolved.get('monitoring.nearMargin'));
  // A near miss of a stronger programme goes on the key-concern list too (dynamic monitoring).
  if (!actions.some((a) => a.kind === 'key-concern-list')) {
    // Only a stronger programme the household narrowly fails counts: being just under the standard is not a miss.
    const rankOf = (id: string) => pack.programmes[id]?.rank ?? Infinity;
    const strongest = Math.min(...results.filter((r) => r.status === 'eligible').map((r) => rankOf(r.id)));
    const nearMiss = nearThreshold.find((n) => {
      const r = results.find((x) => x.id === n.programme);
      return (
        r?.status === 'ineligible' &&
        rankOf(r.id) < strongest &&
        r.reasons.some((x) => x.fact === n.fact && x.result === false && x.margin === n.margin)
      );
    });
    if (nearMiss) {
      actions.push({
        kind: 'key-concern-list',
        programme: nearMiss.programme,
        text: {
          zh: `接近${nearMiss.text.zh}，纳入重点关注名单`,
          en: `Close to the threshold (${nearMiss.text.en}): put on the key-concern list`,
        },
      });
    }
  }
  const usedOptions = {
    ...(options.overrides && Object.keys(options.overrides).length ? { overrides: options.overrides } : {}),
    ...(options.lastKnown ? { lastKnown: true } : {}),
    ...(options.knownAt ? { knownAt: options.knownAt } : {}),
  };

  return {
    packId: pack.id,
    packVersion: pack.version,
    packDigest: packDigest(pack),
    sdkVersion: VERSION,
    asOf,
    options: usedOptions,
    ...(hh.id !== undefined ? { householdId: hh.id } : {}),
    category,
    categoryCertain: certain,
    ...(tier ? { tier: { id: tier.id, name: tier.def.name } } : {}),
    facts: displayFacts(facts),
    programmes: results,
    actions,
    missing,
    nearThreshold,
    notes: [
      ...parameterNotes(pack, results, parameters.resolved),
      ...decidedByCases.map((id) => ({
        code: 'decided_by_cases',
        text: {
          zh: `${pack.programmes[id]!.name.zh}：区县或户籍类别未填，但按每一种可能判断结果相同`,
          en: `${pack.programmes[id]!.name.en}: the district or hukou is not given, but every possible one gives the same answer`,
        },
      })),
    ],
  };
}

/**
 * Money threshold tests of household programmes within the pack's near-threshold margin
 * (`monitoring.nearMargin`, yuan per person), e.g. "income per person 1133.33, 26.67 below the standard".
 */
function findNearThreshold(
  pack: PolicyPack,
  results: readonly ProgrammeResult[],
  near: ResolvedParameter | undefined,
): Decision['nearThreshold'] {
  if (!near || typeof near.value !== 'string') return [];
  const limit = Number(near.value);
  const out: { programme: string; fact: string; margin: string; text: Bilingual }[] = [];
  for (const r of results) {
    if (r.members) continue;
    for (const reason of r.reasons) {
      if (reason.margin === undefined || !reason.parameter || reason.distance === undefined) continue;
      if (getFactDefinition(reason.fact)?.kind !== 'money' || Math.abs(Number(reason.margin)) > limit) continue;
      const fact = factLabelOf(pack, reason.fact);
      const param = factLabelOf(pack, `param:${reason.parameter.key}`);
      out.push({
        programme: r.id,
        fact: reason.fact,
        margin: reason.margin,
        text: {
          zh: `${fact.zh} ${String(reason.left)}，${reason.distance.zh}（${param.zh} ${String(reason.right)}）`,
          en: `${fact.en} ${String(reason.left)}, ${reason.distance.en} (${param.en} ${String(reason.right)})`,
        },
      });
    }
  }
  return out;
}

/** In a pack with zones, a district it does not list is a mistake (a typo, or another city's household). */
function checkDistrict(pack: PolicyPack, hh: HouseholdParsed): void {
  const zones = Object.values(pack.zones);
  if (!zones.length || hh.district === undefined || zones.some((ds) => ds.includes(hh.district!))) return;
  const known = zones.flat();
  const hint = suggestName(hh.district, known);
  throw new InputError('household_unknown_district', `District "${hh.district}" is not in pack ${pack.id}`, [
    {
      code: 'household_unknown_district',
      severity: 'error',
      path: ['district'],
      message: {
        zh: `政策包 ${pack.id} 中没有区县 "${hh.district}"${hint ? `，是否指 "${hint}"？` : ''}`,
        en: `District "${hh.district}" is not in pack ${pack.id}${hint ? `; did you mean "${hint}"?` : ''}`,
      },
      args: { district: hh.district, known },
    },
  ]);
}

function setFact(env: RuleValue[], symbols: SymbolTable, name: string, value: RuleValue): void {
  const sym = symbols.get(name);
  if (sym) env[sym.slot] = value;
}

const ACTION_TEXT: Record<string, (name: Bilingual) => Bilingual> = {
  grant: (n) => ({ zh: `批准：${n.zh}`, en: `Grant: ${n.en}` }),
  'assist-first-approve-later': (n) => ({
    zh: `先行救助、后置审批：${n.zh}`,
    en: `Assist first, approve later: ${n.en}`,
  }),
  'key-concern-list': (n) => ({
    zh: `纳入重点关注名单，动态监测（${n.zh}）`,
    en: `Put on the key-concern list for dynamic monitoring (${n.en})`,
  }),
  'centralized-care': (n) => ({ zh: `安排集中供养（${n.zh}）`, en: `Arrange centralized care (${n.en})` }),
  'material-and-service': (n) => ({
    zh: `提供“物质+服务”并签订照料协议（${n.zh}）`,
    en: `Provide material support and services under a care agreement (${n.en})`,
  }),
  inform: (n) => ({ zh: `政策告知：${n.zh}`, en: `Explain the policy: ${n.en}` }),
  refer: (n) => ({ zh: `转介（${n.zh}）`, en: `Refer (${n.en})` }),
  monitor: (n) => ({ zh: `定期回访（${n.zh}）`, en: `Revisit regularly (${n.en})` }),
};

function buildActions(
  pack: PolicyPack,
  programmes: readonly CompiledProgramme[],
  results: readonly ProgrammeResult[],
  householdEnv: RuleValue[],
  memberEnvs: RuleValue[][],
  eligibleMembers: ReadonlyMap<string, number[]>,
  tier: { id: string; cycle?: string | undefined } | undefined,
  asOf: string,
): DecisionAction[] {
  const actions: DecisionAction[] = [];
  const byId = new Map(results.map((r) => [r.id, r]));
  const strongestEligibleRank = Math.min(
    ...programmes.filter((p) => byId.get(p.def.id)?.status === 'eligible').map((p) => p.def.rank),
  );
  for (const prog of programmes) {
    const r = byId.get(prog.def.id)!;
    if (r.status === 'eligible') {
      const members = eligibleMembers.get(prog.def.id);
      for (const a of prog.actions) {
        const envs = prog.scope === 'member' && members ? members.map((i) => memberEnvs[i]!) : [householdEnv];
        const hits = envs.map((env, i) => ({ i, ok: !a.when || a.when.test(env) === true })).filter((x) => x.ok);
        if (!hits.length) continue;
        const who = prog.scope === 'member' && members ? hits.map((h) => members[h.i]!) : undefined;
        const department = a.def.department !== undefined ? pack.referrals[a.def.department] : undefined;
        actions.push({
          kind: a.def.kind,
          programme: prog.def.id,
          ...(department ? { department: { id: a.def.department!, name: department.department } } : {}),
          ...(who ? { members: who } : {}),
          text: a.def.text ?? ACTION_TEXT[a.def.kind]!(prog.def.name),
        });
      }
    } else if (r.status === 'ineligible' && prog.scope === 'household' && prog.def.rank < strongestEligibleRank) {
      // Explain a stronger programme the household missed, with what failed and by how much.
      // Only where figures decided it: that is what a caseworker can explain and what could change.
      const failed = r.reasons.filter((x) => x.result === false);
      if (failed.length && failed.every((x) => x.margin !== undefined)) {
        actions.push({
          kind: 'inform',
          programme: prog.def.id,
          text: {
            zh: `不符合${prog.def.name.zh}：${failed.map((f) => f.text.zh).join('；')}`,
            en: `Not eligible for ${prog.def.name.en}: ${failed.map((f) => f.text.en).join('; ')}`,
          },
        });
      }
    }
  }
  if (tier?.cycle !== undefined) {
    const cycle = pack.cycles[tier.cycle];
    if (cycle) {
      actions.push({
        kind: 'monitor',
        cycle: { id: tier.cycle, name: cycle.name, nextDue: addReviewPeriod(asOf, cycle.every, pack.timezone) },
        text: { zh: `按${cycle.name.zh}回访`, en: `Revisit: ${cycle.name.en}` },
      });
    }
  }
  return actions;
}

/** Household facts shown in a decision, with the scale each is displayed at. */
const DISPLAYED_FACTS: readonly (readonly [string, number])[] = FACT_CATALOG.filter(
  (f) => f.scope === 'household' && f.name !== 'eligibleCategories',
).map((f) => [f.name, f.kind === 'money' ? 100 : 1] as const);

function displayFacts(facts: DerivedFacts): Decision['facts'] {
  const out: Record<string, string | boolean | readonly string[] | null> = {};
  for (const [name, scale] of DISPLAYED_FACTS) out[name] = formatRuleValue(facts.household[name], scale);
  return out;
}

function parameterNotes(
  pack: PolicyPack,
  results: readonly ProgrammeResult[],
  resolved: ReadonlyMap<string, ResolvedParameter | undefined>,
): Decision['notes'] {
  const used = new Map<string, ReasonParameter>();
  for (const r of results)
    for (const reason of r.reasons) if (reason.parameter) used.set(reason.parameter.key, reason.parameter);
  const notes: { code: string; text: Bilingual; parameter?: string }[] = [];
  for (const [key, p] of [...used].sort(([a], [b]) => a.localeCompare(b))) {
    const label = factLabelOf(pack, `param:${key}`);
    const note = resolved.get(key)?.note;
    if (p.status === 'unknown')
      notes.push({
        code: 'param_value_unknown',
        parameter: key,
        text: {
          zh: `${label.zh}自 ${p.from} 起的数值未知${note ? `（${note}）` : ''}，相关项目无法判断`,
          en: `${label.en} is not known from ${p.from}${note ? ` (${note})` : ''}: programmes needing it are undetermined`,
        },
      });
    else if (p.status === 'not-in-force')
      notes.push({
        code: 'param_not_in_force',
        parameter: key,
        text: { zh: `${label.zh}在该日期没有生效的数值`, en: `${label.en} has no value in force on this date` },
      });
    else if (p.status === 'provisional')
      notes.push({
        code: 'param_provisional',
        parameter: key,
        text: {
          zh: `${label.zh}使用最近已知数值 ${p.value ?? '—'}（暂定）`,
          en: `${label.en} uses the last known value ${p.value ?? '—'} (provisional)`,
        },
      });
    else if (p.status === 'override')
      notes.push({
        code: 'param_override',
        parameter: key,
        text: {
          zh: `${label.zh}按假设值 ${p.value ?? '—'} 计算`,
          en: `${label.en} uses the what-if value ${p.value ?? '—'}`,
        },
      });
    if (p.status !== 'unknown' && p.status !== 'not-in-force' && !p.verified) {
      notes.push({
        code: 'figure_unverified',
        parameter: key,
        text: {
          zh: `${label.zh} ${p.value ?? ''} 的来源未经核实${p.source ? `（${p.source.title}）` : ''}`,
          en: `${label.en} ${p.value ?? ''} comes from an unverified source${p.source ? ` (${p.source.title})` : ''}`,
        },
      });
    }
  }
  return notes;
}
