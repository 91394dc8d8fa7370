import type { Issue } from '../errors/index.js';
import { plainDataIssue, type PlainDataPrefix } from './messages.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/**
 * Copies caller data as plain JSON-like values (objects, arrays, strings, finite numbers, booleans, null),
 * so that nothing the SDK does can touch the caller's objects. Prototype keys, functions, symbols, class
 * instances other than Date, cycles and nesting deeper than 64 are reported as issues, never followed.
 * Dates become ISO strings.
 */
export function copyPlainData(value: unknown, prefix: PlainDataPrefix): { value: unknown; issues: Issue[] } {
  const issues: Issue[] = [];
  const seen = new Set<object>();
  const fail = (code: 'too_deep' | 'not_plain_data' | 'cycle' | 'forbidden_key', path: Path, args = {}) =>
    issues.push(plainDataIssue(`${prefix}_${code}`, path, args));
  const copy = (v: unknown, path: Path, depth: number): unknown => {
    if (depth > MAX_DEPTH) {
      fail('too_deep', path, { max: MAX_DEPTH });
      return undefined;
    }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return v; // schemas decide whether NaN or Infinity is acceptable (they are not for money)
    if (v === undefined) return undefined;
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    if (typeof v !== 'object') {
      fail('not_plain_data', path, { type: typeof v });
      return undefined;
    }
    if (seen.has(v)) {
      fail('cycle', path);
      return undefined;
    }
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((x, i) => copy(x, [...path, i], depth + 1));
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) {
        fail('not_plain_data', path, { type: 'object' });
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) {
          fail('forbidden_key', [...path, key], { key });
          continue;
        }
        const c = copy((v as Record<string, unknown>)[key], [...path, key], depth + 1);
        if (c !== undefined) out[key] = c;
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return { value: copy(value, [], 0), issues };
}

type Path = (string | number)[];
