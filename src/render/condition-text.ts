import type { Bilingual } from '../errors/index.js';
import type { PolicyPack } from '../pack/index.js';
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

/**
 * A json-rules-engine condition in words, as nested list items: `all` / `any` / `not` become "all of",
 * "any of", "not"; each test reads "label (`name`) operator value", facts and parameters by their labels.
 * A condition the checker would reject is shown as JSON.
 *
 * @example
 * conditionItems({ all: [{ fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } }] }, packs.chengdu, 'en');
 * // [{ text: 'all of:', children: [{ text: 'monthly income per person (`incomePerPerson`) < dibao standard (`dibao.standard`)' }] }]
 */
export function conditionItems(condition: unknown, pack: PolicyPack, lang: BookLanguage): ListItem[] {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition))
    return [{ text: `\`${JSON.stringify(condition)}\`` }];
  const c = condition as Record<string, unknown>;
  if (Array.isArray(c.all) || Array.isArray(c.any)) {
    const key = Array.isArray(c.all) ? 'all' : 'any';
    const parts = (c[key] as unknown[]).flatMap((x) => conditionItems(x, pack, lang));
    // A single test needs no "all of".
    if (parts.length === 1) return parts;
    return [{ text: say(key === 'all' ? T.all : T.any, lang), children: parts }];
  }
  if ('not' in c) return [{ text: say(T.not, lang), children: conditionItems(c.not, pack, lang) }];
  if (typeof c.fact === 'string' && typeof c.operator === 'string') {
    // In both languages the names are shown once, with the Chinese.
    if (lang !== 'both') return [{ text: leafText(pack, c.fact, c.operator, c.value, lang, true) }];
    const zh = leafText(pack, c.fact, c.operator, c.value, 'zh', true);
    return [{ text: `${zh} / ${leafText(pack, c.fact, c.operator, c.value, 'en', false)}` }];
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
  names: boolean,
): string {
  const op = T.operators[operator]?.[lang] ?? operator;
  return `${nameText(pack, fact, lang, names)} ${op} ${valueText(pack, value, lang, names)}`;
}

/** A fact or parameter by its label, with its name for those who write rules. */
export function nameText(pack: PolicyPack, name: string, lang: 'zh' | 'en', withName = true): string {
  const key = name.startsWith('param:') ? name.slice(6) : name;
  const label = name.startsWith('param:') ? pack.parameters[key]?.label : getFactDefinition(name)?.label;
  if (!label) return `\`${key}\``;
  return withName ? `${label[lang]} (\`${key}\`)` : label[lang];
}

function valueText(pack: PolicyPack, value: unknown, lang: 'zh' | 'en', names: boolean): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value)
    return nameText(pack, String((value as { fact: unknown }).fact), lang, names);
  if (typeof value === 'boolean') return T.yesNo(value)[lang];
  if (Array.isArray(value)) return `[${value.map((v) => String(v)).join(', ')}]`;
  return `\`${String(value)}\``;
}
