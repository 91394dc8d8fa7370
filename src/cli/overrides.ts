import { SafetynetError } from '../errors/index.js';

/**
 * `--set key=value` (what-if overrides). A zoned value is written `A:950,B:900`.
 * Returned as decimal text, validated by the library. Keys are own properties, whatever they are called
 * (`__proto__` too), so that the library refuses an unknown key instead of it vanishing here.
 */
export function parseOverrides(sets: readonly string[]): Record<string, string | Record<string, string>> {
  const entries: [string, string | Record<string, string>][] = [];
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new SafetynetError('usage', `--set expects key=value, got "${s}"`);
    entries.push([s.slice(0, eq), overrideValue(s.slice(eq + 1))]);
  }
  return fromEntries(entries, (key) => `--set ${key} is given twice`);
}

/** `A:950,B:900` -> { A: '950', B: '900' }; a plain value stays text. */
function overrideValue(text: string): string | Record<string, string> {
  if (!text.includes(':')) return text;
  const entries: [string, string][] = [];
  for (const part of text.split(',')) {
    const [zone, value] = part.split(':');
    if (!zone || value === undefined)
      throw new SafetynetError('usage', `--set zoned values are written A:950,B:900, got "${text}"`);
    entries.push([zone.trim(), value.trim()]);
  }
  return fromEntries(entries, (zone) => `--set names zone ${zone} twice in "${text}"`);
}

/** An object of own data properties (never a prototype set by a `__proto__` key); a repeated key is a usage error. */
function fromEntries<T>(entries: readonly [string, T][], twice: (key: string) => string): Record<string, T> {
  const seen = new Set<string>();
  for (const [key] of entries) {
    if (seen.has(key)) throw new SafetynetError('usage', twice(key));
    seen.add(key);
  }
  return Object.fromEntries(entries);
}
