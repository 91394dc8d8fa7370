import type { Bilingual, Issue } from '../errors/index.js';
import type { AnalysisContext } from './contexts.js';
import type { AnalysisExample } from './sample.js';
import type { RuleTarget } from './targets.js';

/** The bilingual wording of analysis findings. */

/**
 * How a finding names a rule: `programme edge (Low-income edge family)`.
 *
 * @example
 * labelTarget({ kind: 'tier', id: 'special', name: { zh: '特殊困难', en: 'special difficulty' } } as RuleTarget).en;
 * // 'difficulty tier special (special difficulty)'
 */
export function labelTarget(t: Pick<RuleTarget, 'kind' | 'id' | 'name'>): Bilingual {
  const kind: Record<RuleTarget['kind'], Bilingual> = {
    programme: { zh: '项目', en: 'programme' },
    'urgency-class': { zh: '紧急程度分类', en: 'urgency class' },
    tier: { zh: '困难等级', en: 'difficulty tier' },
    referral: { zh: '转介', en: 'referral' },
  };
  return { zh: `${kind[t.kind].zh} ${t.id}（${t.name.zh}）`, en: `${kind[t.kind].en} ${t.id} (${t.name.en})` };
}

/**
 * A list of dates and zones, shortened after four: `2023-01-01 (zone A), 2023-01-01 (zone B)`.
 *
 * @example
 * labelContexts([{ asOf: '2024-01-01', zone: 'A', parameters: new Map() }]).en; // '2024-01-01 (zone A)'
 */
export function labelContexts(contexts: readonly Pick<AnalysisContext, 'asOf' | 'zone'>[]): Bilingual {
  const one = (c: Pick<AnalysisContext, 'asOf' | 'zone'>): Bilingual => ({
    zh: `${c.asOf ?? '任意日期'}${c.zone !== undefined ? `（${c.zone} 区）` : ''}`,
    en: `${c.asOf ?? 'any date'}${c.zone !== undefined ? ` (zone ${c.zone})` : ''}`,
  });
  const shown = contexts.slice(0, 4).map(one);
  const more = contexts.length - shown.length;
  return {
    zh: shown.map((s) => s.zh).join('、') + (more > 0 ? ` 等 ${contexts.length} 处` : ''),
    en: shown.map((s) => s.en).join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

/**
 * An example on one line: `lifeAtRisk = true; member 1: age = 61 with dibao.standard = 870.00`.
 *
 * @example
 * describeExample({ facts: { lifeAtRisk: true }, parameters: {} }).en; // 'lifeAtRisk = true'
 */
export function describeExample(e: AnalysisExample): Bilingual {
  const show = (v: unknown): string => (Array.isArray(v) ? `[${v.join(', ')}]` : String(v));
  const pairs = (r: Readonly<Record<string, unknown>>): string[] =>
    Object.entries(r).map(([k, v]) => `${k} = ${show(v)}`);
  const line = (member: string, assumed: string, withWord: string, any: string): string => {
    const parts = pairs(e.facts);
    e.members?.forEach((m, i) => {
      const inner = pairs(m);
      if (inner.length) parts.push(`${member} ${i + 1}: ${inner.join(', ')}`);
    });
    const figures = Object.entries(e.parameters).map(
      ([k, v]) => `${k} = ${show(v)}${e.assumed?.includes(k) ? assumed : ''}`,
    );
    return (parts.join('; ') || any) + (figures.length ? `${withWord}${figures.join(', ')}` : '');
  };
  return {
    zh: line('成员', '（假设值）', '；参数 ', '任意事实'),
    en: line('member', ' (assumed)', ' with ', 'any facts'),
  };
}

/**
 * A finding as an {@link Issue}: always a warning.
 *
 * @example
 * createWarning('rule_never_true', ['programmes', 'edge', 'eligible'], { zh: '…', en: '…' }, { always: true });
 */
export function createWarning(
  code: string,
  path: readonly (string | number)[],
  message: Bilingual,
  args: Record<string, unknown>,
): Issue {
  return { code, severity: 'warning', path: [...path], message, args };
}

/**
 * A context for `args`: `{ asOf, zone }`, each only when set.
 *
 * @example
 * contextArgs({ asOf: '2023-01-01', zone: undefined, parameters: new Map() }); // { asOf: '2023-01-01' }
 */
export function contextArgs(c: Pick<AnalysisContext, 'asOf' | 'zone'>): { asOf?: string; zone?: string } {
  return { ...(c.asOf !== undefined ? { asOf: c.asOf } : {}), ...(c.zone !== undefined ? { zone: c.zone } : {}) };
}
