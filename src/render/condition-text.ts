import type { Bilingual } from '../errors/index.js';
import { type PolicyPack, resolveParameter } from '../pack/index.js';
import { getFactDefinition } from '../schema/index.js';
import type { ListItem } from './document.js';
import { CONDITION_TEXT as T } from './messages.js';

/** Which language a rendered text is in: one of them, or both (`中文 / English`). */
export type BookLanguage = 'zh' | 'en' | 'both';

/** A bilingual text in the chosen language. */
export function say(text: Bilingual, lang: BookLanguage): string {
  if (lang === 'both') return text.zh === text.en ? text.zh : `${text.zh} / ${text.en}`;
  return text[lang];
}

/** How {@link conditionItems} names things. */
export interface ConditionTextOptions {
  /** Show each fact's and parameter's name after its label, as `` (`name`) `` (default `true`). */
  readonly names?: boolean;
  /** A day (`YYYY-MM-DD`): show each parameter's figure in force on it in brackets, `[A 870 · B 820]`. */
  readonly asOf?: string;
}

/**
 * A json-rules-engine condition in words, as nested list items: `all` / `any` / `not` become "all of",
 * "any of", "not"; each test reads "label (`name`) operator value", facts and parameters by their labels.
 * A condition the checker would reject is shown as JSON. Inline names are Markdown `code` spans.
 *
 * @param condition - A condition as a pack writes it (`all` / `any` / `not` / `{ fact, operator, value }`).
 * @param pack - The pack whose parameter labels (and, with `asOf`, figures) are shown.
 * @param lang - `zh`, `en` or `both`.
 * @param options - Whether names are shown; the day whose figures are shown.
 * @returns The condition as list items (a single test needs no "all of").
 * @example
 * conditionItems({ all: [{ fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } }] }, packs.chengdu, 'en');
 * // [{ text: 'monthly income per person (`incomePerPerson`) < dibao standard (`dibao.standard`)' }]
 */
export function conditionItems(
  condition: unknown,
  pack: PolicyPack,
  lang: BookLanguage,
  options: ConditionTextOptions = {},
): ListItem[] {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition))
    return [{ text: `\`${JSON.stringify(condition)}\`` }];
  const c = condition as Record<string, unknown>;
  if (Array.isArray(c.all) || Array.isArray(c.any)) {
    const key = Array.isArray(c.all) ? 'all' : 'any';
    const parts = (c[key] as unknown[]).flatMap((x) => conditionItems(x, pack, lang, options));
    // A single test needs no "all of".
    if (parts.length === 1) return parts;
    return [{ text: say(key === 'all' ? T.all : T.any, lang), children: parts }];
  }
  if ('not' in c) return [{ text: say(T.not, lang), children: conditionItems(c.not, pack, lang, options) }];
  if (typeof c.fact === 'string' && typeof c.operator === 'string') {
    const names = options.names ?? true;
    const leaf = (l: 'zh' | 'en', withNames: boolean) =>
      leafText(pack, c.fact as string, c.operator as string, c.value, l, { ...options, names: withNames });
    // In both languages the names are shown once, with the Chinese.
    if (lang !== 'both') return [{ text: leaf(lang, names) }];
    return [{ text: `${leaf('zh', names)} / ${leaf('en', false)}` }];
  }
  return [{ text: `\`${JSON.stringify(condition)}\`` }];
}

/** One test: `月人均收入 (`incomePerPerson`) < 低保标准 (`dibao.standard`)`. */
function leafText(
  pack: PolicyPack,
  fact: string,
  operator: string,
  value: unknown,
  lang: 'zh' | 'en',
  options: ConditionTextOptions,
): string {
  const op = T.operators[operator]?.[lang] ?? operator;
  return `${operandText(pack, fact, lang, options)} ${op} ${valueText(pack, value, lang, options)}`;
}

/** A fact or parameter by its label, with its name for those who write rules. */
export function nameText(pack: PolicyPack, name: string, lang: 'zh' | 'en', withName = true): string {
  const key = name.startsWith('param:') ? name.slice(6) : name;
  const label = name.startsWith('param:') ? pack.parameters[key]?.label : getFactDefinition(name)?.label;
  if (!label) return `\`${key}\``;
  return withName ? `${label[lang]} (\`${key}\`)` : label[lang];
}

/** A fact or parameter by name, a parameter with its figure on `options.asOf` when asked. */
function operandText(pack: PolicyPack, name: string, lang: 'zh' | 'en', options: ConditionTextOptions): string {
  const text = nameText(pack, name, lang, options.names ?? true);
  if (options.asOf === undefined || !name.startsWith('param:')) return text;
  const figure = figureOn(pack, name.slice(6), options.asOf, lang);
  return figure === undefined ? text : `${text} [${figure}]`;
}

/** A parameter's figure on a day: `870`, `A 870 · B 820`, unknown; undefined before its first value. */
function figureOn(pack: PolicyPack, key: string, asOf: string, lang: 'zh' | 'en'): string | undefined {
  try {
    const { value } = resolveParameter(pack, key, asOf);
    if (value === undefined) return T.unknown[lang];
    if (typeof value === 'string') return value;
    return Object.entries(value)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ');
  } catch {
    // Not in force on that day (or not a parameter of this pack): the label alone.
    return undefined;
  }
}

function valueText(pack: PolicyPack, value: unknown, lang: 'zh' | 'en', options: ConditionTextOptions): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value)
    return operandText(pack, String((value as { fact: unknown }).fact), lang, options);
  if (typeof value === 'boolean') return T.yesNo(value)[lang];
  if (Array.isArray(value)) return `[${value.map((v) => String(v)).join(', ')}]`;
  return `\`${String(value)}\``;
}
