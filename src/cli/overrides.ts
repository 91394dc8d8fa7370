import { SafetynetError } from '../errors/index.js';

/**
 * `--set key=value` (what-if overrides). A zoned value is written `A:950,B:900`.
 * Returned as decimal text, validated by the library.
 */
export function parseOverrides(sets: readonly string[]): Record<string, string | Record<string, string>> {
  const out: Record<string, string | Record<string, string>> = {};
  for (const s of sets) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new SafetynetError('usage', `--set expects key=value, got "${s}"`);
    out[s.slice(0, eq)] = overrideValue(s.slice(eq + 1));
  }
  return out;
}

/** `A:950,B:900` -> { A: '950', B: '900' }; a plain value stays text. */
function overrideValue(text: string): string | Record<string, string> {
  if (!text.includes(':')) return text;
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [zone, value] = part.split(':');
    if (!zone || value === undefined)
      throw new SafetynetError('usage', `--set zoned values are written A:950,B:900, got "${text}"`);
    out[zone.trim()] = value.trim();
  }
  return out;
}
