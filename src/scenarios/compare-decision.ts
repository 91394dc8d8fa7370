import type { Decision } from '../decision/index.js';
import type { ScenarioExpect } from '../schema/index.js';

/** One difference between what a scenario expected and what the decision says. */
export interface ScenarioFailure {
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Every way a decision departs from an expectation. */
export function compareDecision(expect: ScenarioExpect, d: Decision): ScenarioFailure[] {
  const out: ScenarioFailure[] = [];
  const check = (field: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) out.push({ field, expected, actual });
  };
  if (expect.category !== undefined) check('category', expect.category, d.category);
  if (expect.categoryCertain !== undefined) check('categoryCertain', expect.categoryCertain, d.categoryCertain);
  if (expect.tier !== undefined) check('tier', expect.tier, d.tier?.id ?? null);
  for (const [id, status] of Object.entries(expect.programmes ?? {})) {
    check(`programmes.${id}`, status, d.programmes.find((p) => p.id === id)?.status ?? '(no such programme)');
  }
  for (const [name, value] of Object.entries(expect.facts ?? {})) {
    const facts: Readonly<Record<string, unknown>> = d.facts;
    check(`facts.${name}`, typeof value === 'number' ? String(value) : value, facts[name]);
  }
  if (expect.outcome !== undefined) check('outcome', expect.outcome, d.outcome?.programme ?? null);
  const kinds = d.actions.map(actionName);
  for (const a of expect.actions ?? []) {
    const negated = a.startsWith('!');
    const name = negated ? a.slice(1) : a;
    const has = kinds.includes(name) || (!name.includes(':') && kinds.some((k) => k.split(':')[0] === name));
    if (has === negated) out.push({ field: `actions`, expected: a, actual: kinds });
  }
  for (const code of expect.notes ?? [])
    if (!d.notes.some((n) => n.code === code))
      out.push({ field: 'notes', expected: code, actual: d.notes.map((n) => n.code) });
  for (const fact of expect.missing ?? [])
    if (!d.missing.some((m) => m.fact === fact))
      out.push({ field: 'missing', expected: fact, actual: d.missing.map((m) => m.fact) });
  for (const t of expect.reasons ?? []) {
    // The reasons in the expectation's language, each led by its programme, so the failure shows what was said.
    const lang = /[\u3400-\u9fff]/.test(t) ? 'zh' : 'en';
    const said = d.programmes.flatMap((p) => p.reasons.map((r) => `${p.id}: ${r.text[lang]}`));
    if (!said.some((x) => x.includes(t))) out.push({ field: 'reasons', expected: t, actual: said });
  }
  return out;
}

/** An action as scenarios name it: its kind, with the department, review rule or transition after a colon. */
function actionName(a: Decision['actions'][number]): string {
  if (a.kind === 'refer' && a.department) return `refer:${a.department.id}`;
  if (a.kind === 'review' && a.review) return `review:${a.review}`;
  if (a.kind === 'transition' && a.transition) return `transition:${a.transition}`;
  return a.kind;
}
