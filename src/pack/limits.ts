import type { Issue } from '../errors/index.js';
import { packIssue } from './messages.js';

/**
 * How large a pack may be. Real packs are a hundredth of this (the bundled ones: 32 KB, 23 districts,
 * 17 parameters, 70 conditions); the limits keep a pack sent in a pull request from taking CI down, and say
 * so clearly instead of running out of memory.
 */
export const PACK_LIMITS = {
  /** Characters of YAML text (or bytes of a pack file). */
  characters: 2 * 1024 * 1024,
  zones: 10_000,
  districts: 50_000,
  parameters: 1_000,
  /** Dated values of one parameter. */
  values: 1_000,
  /** Programmes, urgency classes, tiers, referrals, reviews and transitions together. */
  rules: 1_000,
  /** Condition nodes (`all`, `any`, `not`, `{ fact, operator, value }`) in the whole pack. */
  conditions: 20_000,
} as const;

/** What {@link PACK_LIMITS} bounds. */
export type PackLimit = keyof typeof PACK_LIMITS;

/** `pack_too_large` when a text is longer than a pack may be: checked before it is parsed. */
export function checkTextSize(text: string): Issue[] {
  return text.length > PACK_LIMITS.characters ? [tooLarge('characters', text.length, [])] : [];
}

const RULE_SECTIONS: readonly (readonly string[])[] = [
  ['programmes'],
  ['urgency', 'classes'],
  ['difficulty', 'tiers'],
  ['referrals'],
  ['reviews'],
  ['screening', 'transitions'],
];

/** `pack_too_large` for each count over its limit, read from the plain data before the schema reads it. */
export function checkPackSize(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  const over = (what: PackLimit, count: number, path: readonly string[]) => {
    if (count > PACK_LIMITS[what]) issues.push(tooLarge(what, count, path));
  };
  const zones = objectAt(raw, ['zones']);
  if (zones) {
    over('zones', Object.keys(zones).length, ['zones']);
    let districts = 0;
    for (const ds of Object.values(zones)) if (Array.isArray(ds)) districts += ds.length;
    over('districts', districts, ['zones']);
  }
  const parameters = objectAt(raw, ['parameters']);
  if (parameters) {
    over('parameters', Object.keys(parameters).length, ['parameters']);
    for (const [key, p] of Object.entries(parameters)) {
      const values = (p as { values?: unknown } | null)?.values;
      if (Array.isArray(values)) over('values', values.length, ['parameters', key, 'values']);
    }
  }
  const rules = RULE_SECTIONS.reduce((n, path) => n + Object.keys(objectAt(raw, path) ?? {}).length, 0);
  over('rules', rules, []);
  over('conditions', countConditions(raw), []);
  return issues;
}

function tooLarge(what: PackLimit, count: number, path: readonly string[]): Issue {
  return packIssue('pack_too_large', path, { what, count, max: PACK_LIMITS[what] });
}

/** Objects that are conditions (they have `all`, `any`, `not` or `fact`), anywhere in the document. */
function countConditions(root: unknown): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    const o = v as Record<string, unknown>;
    if ('all' in o || 'any' in o || 'not' in o || 'fact' in o) count++;
    for (const x of Object.values(o)) stack.push(x);
  }
  return count;
}

function objectAt(root: unknown, path: readonly string[]): Record<string, unknown> | undefined {
  let v = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
