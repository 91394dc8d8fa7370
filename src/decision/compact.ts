import type { ProgrammeStatus } from '../engine/index.js';
import type { PackNames, PolicyPack } from '../pack/index.js';
import type { ActionKind, Category, Household } from '../schema/index.js';
import { explainedDecision } from './evaluate.js';
import type { Decision, DecisionOptions, EvaluateOptions } from './types.js';

/** A programme's verdict in a {@link CompactDecision}. */
export interface CompactProgramme {
  readonly id: string;
  readonly status: ProgrammeStatus;
  /** For programmes judged per member: each member's status, by index in `household.members`. */
  readonly members?: readonly ProgrammeStatus[];
  /** The programme that took precedence (the pack's `precededBy`), when that is why it does not apply. */
  readonly precededBy?: string;
}

/** What to do next, in a {@link CompactDecision}: the action's ids, without its text. */
export interface CompactAction {
  readonly kind: ActionKind;
  readonly programme?: string;
  /** The department referred to. */
  readonly department?: string;
  /** For `monitor` and `review`: the cycle's id and the next due day. */
  readonly cycle?: string;
  readonly nextDue?: string;
  readonly review?: string;
  readonly transition?: string;
  readonly members?: readonly number[];
}

/**
 * A decision for services that store millions of them: statuses, category, outcome, actions, what to ask,
 * near-threshold margins and provenance — no reasons, no texts, no trace. About 1.5 KB as JSON (a twelfth of
 * the explained decision) for a household of a few members, under 3 KB up to six (a test holds it); {@link evaluate} gives the explained decision for the same
 * inputs, with the same verdicts.
 */
export interface CompactDecision {
  readonly packId: string;
  readonly packVersion: string;
  /** SHA-256 of the resolved pack: what the decision was made with. */
  readonly packDigest: string;
  readonly sdkVersion: string;
  readonly asOf: string;
  readonly options: DecisionOptions;
  readonly householdId?: string;
  readonly category: Category;
  readonly categoryCertain: boolean;
  /** The programme the category comes from and, for a member programme, the members it covers. */
  readonly outcome?: { readonly programme: string; readonly members?: readonly number[] };
  /** The difficulty tier's id. */
  readonly tier?: string;
  /** Every enabled programme, strongest first. */
  readonly programmes: readonly CompactProgramme[];
  readonly actions: readonly CompactAction[];
  /** Facts that would settle undetermined programmes: the fact, the programmes, the household fields to fill. */
  readonly missing: readonly {
    readonly fact: string;
    readonly programmes: readonly string[];
    readonly inputs: readonly string[];
  }[];
  /** Money tests within the pack's near-threshold margin: right − left in yuan. */
  readonly nearThreshold: readonly {
    readonly programme: string;
    readonly fact: string;
    readonly parameter: string;
    readonly margin: string;
  }[];
  /** The notes' codes (and the parameter a note is about): unverified, provisional or what-if figures, cases. */
  readonly notes: readonly { readonly code: string; readonly parameter?: string }[];
}

/** Options of {@link evaluateCompact}: those of `evaluate`, without languages (a compact decision has no text). */
export type EvaluateCompactOptions<N extends PackNames = PackNames> = Omit<EvaluateOptions<N>, 'lang'>;

/**
 * Decides like {@link evaluate}, and keeps what a service stores: statuses, category, outcome, actions, what
 * to ask, margins and provenance, without reasons or texts. Cheaper to make and to keep (about a twelfth of
 * the explained decision as JSON).
 *
 * @param pack - a validated pack
 * @param household - the household (typed, or raw JSON checked at run time)
 * @param options - `asOf` (required), and what-if `overrides`, `lastKnown`, `knownAt`
 * @throws {InputError} as {@link evaluate}: `household_invalid`, `bad_date`, `household_unknown_district`,
 *   `pack_invalid_argument`, `override_*`
 * @example
 * const c = evaluateCompact(packs.chengdu, household, { asOf: '2023-06-01' });
 * c.category;                       // 'dibao'
 * c.programmes.map((p) => p.status); // ['ineligible', 'eligible', …]
 * JSON.stringify(c).length;          // ≈ 1 300
 */
export function evaluateCompact<N extends PackNames>(
  pack: PolicyPack<N>,
  household: Household,
  options: EvaluateCompactOptions<N>,
): CompactDecision;
export function evaluateCompact<N extends PackNames>(
  pack: PolicyPack<N>,
  household: unknown,
  options: EvaluateCompactOptions<N>,
): CompactDecision;
export function evaluateCompact(
  pack: PolicyPack,
  household: unknown,
  options: EvaluateCompactOptions,
): CompactDecision {
  return compactOf(explainedDecision(pack, household, options, true));
}

/** The compact form of a decision (built without texts: they are never read here). */
export function compactOf(d: Decision): CompactDecision {
  // Built in place, in the order of the type, with only the fields set (the JSON is byte-stable): a literal per
  // part, not spreads, since a service makes millions of these.
  const c = pick(d, COMPACT_HEAD) as { -readonly [K in keyof CompactDecision]: CompactDecision[K] };
  if (d.outcome) c.outcome = pick(d.outcome, OUTCOME_KEYS);
  c.categoryCertain = d.categoryCertain;
  if (d.tier) c.tier = d.tier.id;
  c.programmes = d.programmes.map(compactProgramme);
  c.actions = d.actions.map(compactAction);
  c.missing = d.missing.map((m) => ({ fact: m.fact, programmes: m.programmes, inputs: m.inputs }));
  c.nearThreshold = d.nearThreshold.map((n) => ({
    programme: n.programme,
    fact: n.fact,
    parameter: n.parameter,
    margin: n.margin,
  }));
  c.notes = d.notes.map((n) =>
    n.parameter !== undefined ? { code: n.code, parameter: n.parameter } : { code: n.code },
  );
  return c;
}

const COMPACT_HEAD = [
  'packId',
  'packVersion',
  'packDigest',
  'sdkVersion',
  'asOf',
  'options',
  'householdId',
  'category',
] as const satisfies readonly (keyof Decision)[];
const OUTCOME_KEYS = ['programme', 'members'] as const;

function compactProgramme(p: Decision['programmes'][number]): CompactProgramme {
  const out: { -readonly [K in keyof CompactProgramme]: CompactProgramme[K] } = { id: p.id, status: p.status };
  if (p.members) out.members = p.members.map((m) => m.status);
  if (p.precededBy) out.precededBy = p.precededBy.programme;
  return out;
}

function compactAction(a: Decision['actions'][number]): CompactAction {
  const out: { -readonly [K in keyof CompactAction]: CompactAction[K] } = { kind: a.kind };
  if (a.programme !== undefined) out.programme = a.programme;
  if (a.department) out.department = a.department.id;
  if (a.cycle) {
    out.cycle = a.cycle.id;
    out.nextDue = a.cycle.nextDue;
  }
  if (a.review !== undefined) out.review = a.review;
  if (a.transition !== undefined) out.transition = a.transition;
  if (a.members !== undefined) out.members = a.members;
  return out;
}

/** The fields of `from` that are set, in the order asked (a stored decision's JSON is byte-stable). */
function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}
