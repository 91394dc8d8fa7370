import { createIssueFactory, showValue as s, type Bilingual, type MessageCatalog } from '../errors/index.js';
import type { AnalysisExample } from './sample.js';
import type { TargetKind } from './targets.js';

/** A date and zone as a finding's `args` carry them (`contexts`). */
type ContextArg = { readonly asOf?: string; readonly zone?: string };

const KIND_TEXT: Readonly<Record<TargetKind, Bilingual>> = {
  programme: { zh: '项目', en: 'programme' },
  'urgency-class': { zh: '紧急程度分类', en: 'urgency class' },
  tier: { zh: '困难等级', en: 'difficulty tier' },
  referral: { zh: '转介', en: 'referral' },
};

/** How a finding names a rule: `programme edge (Low-income edge family)`. */
function labelTarget(kind: unknown, id: unknown, name: unknown): Bilingual {
  // Placeholder args (the errors doc) carry text where a finding carries a kind and a bilingual name.
  const k = KIND_TEXT[kind as TargetKind] ?? { zh: s(kind), en: s(kind) };
  const n = typeof name === 'object' && name !== null ? (name as Bilingual) : { zh: s(name), en: s(name) };
  return { zh: `${k.zh} ${s(id)}（${n.zh}）`, en: `${k.en} ${s(id)} (${n.en})` };
}

/** A list of dates and zones, shortened after four: `2023-01-01 (zone A), 2023-01-01 (zone B)`. */
function labelContexts(contexts: unknown): Bilingual {
  const all = (Array.isArray(contexts) ? contexts : []) as readonly ContextArg[];
  const one = (c: ContextArg): Bilingual => ({
    zh: `${c.asOf ?? '任意日期'}${c.zone !== undefined ? `（${c.zone} 区）` : ''}`,
    en: `${c.asOf ?? 'any date'}${c.zone !== undefined ? ` (zone ${c.zone})` : ''}`,
  });
  const shown = all.slice(0, 4).map(one);
  const more = all.length - shown.length;
  return {
    zh: shown.map((x) => x.zh).join('、') + (more > 0 ? ` 等 ${all.length} 处` : ''),
    en: shown.map((x) => x.en).join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

/** A list argument, or two placeholders of it (the errors doc renders every code with placeholder args). */
function listArg(v: unknown): readonly string[] {
  return Array.isArray(v) ? (v as readonly string[]) : [s(v), s(v)];
}

const NO_EXAMPLE: AnalysisExample = { facts: {}, parameters: {} } as unknown as AnalysisExample;

/** An example on one line: `lifeAtRisk = true; member 1: age = 61 with dibao.standard = 870.00`. */
function describeExample(example: unknown): Bilingual {
  const e = (typeof example === 'object' && example !== null ? example : NO_EXAMPLE) as AnalysisExample;
  const show = (v: unknown): string => (Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
  const pairs = (r: Readonly<Record<string, unknown>>): string[] =>
    Object.entries(r ?? {}).map(([k, v]) => `${k} = ${show(v)}`);
  const line = (member: string, assumed: string, withWord: string, any: string): string => {
    const parts = pairs(e.facts);
    e.members?.forEach((m, i) => {
      const inner = pairs(m);
      if (inner.length) parts.push(`${member} ${i + 1}: ${inner.join(', ')}`);
    });
    const figures = Object.entries(e.parameters ?? {}).map(
      ([k, v]) => `${k} = ${show(v)}${e.assumed?.includes(k) ? assumed : ''}`,
    );
    return (parts.join('; ') || any) + (figures.length ? `${withWord}${figures.join(', ')}` : '');
  };
  return {
    zh: line('成员', '（假设值）', '；参数 ', '任意事实'),
    en: line('member', ' (assumed)', ' with ', 'any facts'),
  };
}

/** What every tie finding says: the two rules, the order they share, when and how the overlap was found. */
function tieParts(a: Readonly<Record<string, unknown>>, order: unknown) {
  // Tolerant of placeholder args (the errors doc renders every code without a real finding).
  const [winnerId, loserId] = Array.isArray(a.ids) ? (a.ids as readonly string[]) : [s(a.ids), s(a.ids)];
  const [winnerName, loserName] = Array.isArray(a.names) ? (a.names as readonly Bilingual[]) : [a.names, a.names];
  const example = (typeof a.example === 'object' && a.example !== null ? a.example : NO_EXAMPLE) as AnalysisExample;
  const figures = a.always || !Object.keys(example.parameters).length ? undefined : labelContexts(a.contexts);
  return {
    lw: labelTarget(a.target, winnerId, winnerName),
    ll: labelTarget(a.target, loserId, loserName),
    winner: winnerId,
    order: s(order),
    ex: describeExample(example),
    when: figures
      ? { zh: `（按 ${figures.zh} 的参数值）`, en: ` with the figures of ${figures.en}` }
      : { zh: '', en: '' },
    how: a.foundBy === 'sampling' ? { zh: '（由抽样发现）', en: ' (found by sampling)' } : { zh: '', en: '' },
  };
}

/**
 * Wording of the findings of `analyzePack` and of its option errors. A finding's `args` carry what it is
 * about: the rule (`target` kind, `id`, `name`; `ids`, `names` for a tie, winner first), the dates and
 * zones (`contexts`), and for a tie the shared `priority` or `rank` and the `example`.
 */
export const ANALYSIS_MESSAGES = {
  rule_never_true: (a) => {
    const label = labelTarget(a.target, a.id, a.name);
    if (a.always)
      return {
        zh: `${label.zh}的条件自相矛盾，任何情况下都不可能成立`,
        en: `The condition of ${label.en} can never be true, whatever the facts and figures: its comparisons contradict each other`,
      };
    const where = labelContexts(a.contexts);
    return a.everywhere
      ? {
          zh: `按所分析的每个日期的参数值（${where.zh}），${label.zh}的条件都不可能成立`,
          en: `With the figures in force on every date analysed (${where.en}), the condition of ${label.en} can never be true`,
        }
      : {
          zh: `按 ${where.zh} 的参数值，${label.zh}的条件不可能成立`,
          en: `With the figures in force on ${where.en}, the condition of ${label.en} can never be true`,
        };
  },
  rule_never_true_sampled: (a) => {
    const label = labelTarget(a.target, a.id, a.name);
    return {
      zh: `${label.zh}的条件可能永远不成立：区间推理无法判定，且 ${s(a.samples)} 个抽样情形中没有一个满足它（并非确定）`,
      en: `The condition of ${label.en} may never be true: interval reasoning could not decide it, and no sampled household satisfied it (${s(a.samples)} samples; not certain)`,
    };
  },
  urgency_overlap_same_priority: (a) => {
    const { lw, ll, winner, order, ex, when, how } = tieParts(a, a.priority);
    return {
      zh: `${lw.zh}与${ll.zh}的优先级同为 ${order}，且同一报告可同时满足两者${when.zh}${how.zh}，例如：${ex.zh}。“最紧急者优先”无法在两者间选择，现按 id 取 ${winner}`,
      en: `${lw.en} and ${ll.en} both have priority ${order}, and one report can meet both${when.en}${how.en}, e.g. ${ex.en}. Most-urgent-wins cannot choose between them; the tie is broken by id, giving ${winner}`,
    };
  },
  tier_overlap_same_rank: (a) => {
    const { lw, ll, winner, order, ex, when, how } = tieParts(a, a.rank);
    return {
      zh: `${lw.zh}与${ll.zh}的等级同为 ${order}，且同一家庭可同时满足两者${when.zh}${how.zh}，例如：${ex.zh}。现按政策包中的先后取 ${winner}`,
      en: `${lw.en} and ${ll.en} both have rank ${order}, and one household can meet both${when.en}${how.en}, e.g. ${ex.en}. The tie is broken by order in the pack, giving ${winner}`,
    };
  },
  programme_overlap_same_rank: (a) => {
    const { lw, ll, winner, order, ex, when, how } = tieParts(a, a.rank);
    const [, loser] = listArg(a.ids);
    const [winnerCategory, loserCategory] = listArg(a.categories);
    const same = winnerCategory === loserCategory;
    return {
      zh: `${lw.zh}与${ll.zh}的等级同为 ${order}，且同一家庭可同时符合两者${when.zh}${how.zh}，例如：${ex.zh}。${same ? `两者类别相同（${winnerCategory}），决定的类别不受影响，只是项目先后按 id 排列` : `决定的类别按 id 取 ${winner}（${winnerCategory}），而非 ${loser}（${loserCategory}）`}`,
      en: `${lw.en} and ${ll.en} both have rank ${order}, and one household can be eligible for both${when.en}${how.en}, e.g. ${ex.en}. ${same ? `Both give category ${winnerCategory}, so the decision's category is the same; only their order is by id` : `The decision's category is then ${winnerCategory} (from ${winner}, first by id), not ${loserCategory} (${loser})`}`,
    };
  },
  analysis_too_large: {
    text: (a) => ({
      zh: `规则集未分析：规模过大（${s(a.conditions)} 个条件 × ${s(a.contexts)} 个日期与分区，超过预算 ${s(a.budget)}）`,
      en: `Rule set not analysed: too large (${s(a.conditions)} conditions × ${s(a.contexts)} dates and zones, over the budget of ${s(a.budget)})`,
    }),
    severity: 'warning',
    fix: {
      zh: '按一个日期（asOf）或部分分区（zones）分析，或提高 budget',
      en: 'Analyse one date (asOf) or some zones (zones), or raise the budget',
    },
  },
  analysis_unknown_zone: (a) => {
    const zones = listArg(a.zones);
    return {
      zh: `政策包 ${s(a.pack)} 没有分区 "${s(a.zone)}"（分区：${zones.join('、') || '无'}）`,
      en: `Pack ${s(a.pack)} has no zone "${s(a.zone)}" (zones: ${zones.join(', ') || 'none'})`,
    };
  },
  analysis_bad_option: (a) => {
    const expected =
      a.min === 0
        ? { zh: '非负整数', en: 'a non-negative integer' }
        : { zh: `不小于 ${s(a.min)} 的整数`, en: `an integer of at least ${s(a.min)}` };
    return {
      zh: `${s(a.option)} 必须是${expected.zh}，实际为 ${String(a.value)}`,
      en: `${s(a.option)} must be ${expected.en}, got ${String(a.value)}`,
    };
  },
} satisfies MessageCatalog;

/** Builds analysis findings (warnings) and option errors from {@link ANALYSIS_MESSAGES}. */
export const analysisIssue = /* @__PURE__ */ createIssueFactory(ANALYSIS_MESSAGES);
