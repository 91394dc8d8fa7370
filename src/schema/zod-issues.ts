import type { z } from 'zod';
import type { Issue } from '../errors/index.js';
import { isSchemaRefinementCode, schemaIssue, type SchemaPrefix, type SchemaShapeCode } from './messages.js';

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

/**
 * Turns zod's issues into safetynet issues with a snake_case code (prefixed by `prefix`) and a bilingual
 * message. An unrecognised-keys issue becomes one issue per key, pathed at the key, so it points at its line.
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  prefix: SchemaPrefix,
  basePath: readonly (string | number)[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      out.push(...unknownKeyIssues(issue, path, prefix));
      continue;
    }
    if (issue.code === 'invalid_union') {
      // A union fails as a whole; the most useful message is the deepest branch's first issue.
      const branch = issue.errors.find((b) => b.some((i) => i.code !== 'invalid_type')) ?? issue.errors[0];
      if (branch?.length) {
        out.push(...fromZodIssues(branch, prefix, path));
        continue;
      }
    }
    out.push(describe(issue, path, prefix));
  }
  return out;
}

function unknownKeyIssues(issue: z.core.$ZodIssueUnrecognizedKeys, path: Path, prefix: SchemaPrefix): Issue[] {
  const input = (issue as { input?: unknown }).input as Record<string, unknown> | undefined;
  return issue.keys.map((key) => {
    // `{ en: Dibao, set by each city }` in YAML makes "set by each city" a key with no value: say so.
    const textWithComma = input && typeof input === 'object' && input[key] === null;
    return schemaIssue(`${prefix}_unknown_key`, [...path, key], { key, ...(textWithComma ? { textWithComma } : {}) });
  });
}

function describe(issue: ZodIssue, path: Path, prefix: SchemaPrefix): Issue {
  const make = (code: SchemaShapeCode, args?: Record<string, unknown>) => schemaIssue(`${prefix}_${code}`, path, args);
  switch (issue.code) {
    case 'invalid_type': {
      // With `reportInput` the issue carries the input (undefined when the field is absent); zod/mini's messages
      // do not say "received undefined" unless a locale is loaded.
      const missing =
        'input' in issue
          ? issue.input === undefined
          : /received undefined/.test((issue as { message: string }).message);
      return make(missing ? 'missing_field' : 'wrong_type', { expected: issue.expected });
    }
    case 'too_small':
      return make('too_small', { minimum: issue.minimum });
    case 'too_big':
      return make('too_big', { maximum: issue.maximum });
    case 'invalid_value':
      return make('invalid_value', { allowed: issue.values });
    case 'invalid_key':
    case 'invalid_element':
      // A record key or map element that fails its own schema: what that schema says is the useful part.
      return make('invalid_format', { detail: issue.issues[0]?.message ?? issue.message });
    case 'invalid_format':
      return make('invalid_format', { detail: issue.message });
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return isSchemaRefinementCode(code) ? schemaIssue(code, path) : make('invalid', { detail: issue.message });
    }
    default:
      return make('invalid', { detail: issue.message });
  }
}
