import type { z } from 'zod';
import type { Issue } from '../errors/index.js';
import { suggestName } from '../rules/index.js';
import type { SchemaDocument, SchemaShapeCode } from './document-messages.js';

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

/**
 * Turns zod's issues into safetynet issues with a snake_case code (prefixed by the document's prefix) and a
 * bilingual message, in the document's wording (`REPORT_DOCUMENT`, … in document-messages.ts). An
 * unrecognised-keys issue becomes one issue per key, pathed at the key, so it points at its line, with a "did you
 * mean" among the keys `knownKeys` gives for its place (`schemaKeysAt`).
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  document: SchemaDocument,
  basePath: readonly (string | number)[] = [],
  knownKeys?: (path: readonly PropertyKey[]) => readonly string[],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      out.push(...unknownKeyIssues(issue, path, document, knownKeys?.(issue.path) ?? []));
      continue;
    }
    if (issue.code === 'invalid_union') {
      // A union fails as a whole; the most useful message is the deepest branch's first issue.
      const branch = issue.errors.find((b) => b.some((i) => i.code !== 'invalid_type')) ?? issue.errors[0];
      if (branch?.length) {
        out.push(...fromZodIssues(branch, document, path));
        continue;
      }
    }
    out.push(describe(issue, path, document));
  }
  return out;
}

function unknownKeyIssues(
  issue: z.core.$ZodIssueUnrecognizedKeys,
  path: Path,
  document: SchemaDocument,
  known: readonly string[],
): Issue[] {
  const input = (issue as { input?: unknown }).input as Record<string, unknown> | undefined;
  return issue.keys.map((key) => {
    // `{ en: Dibao, set by each city }` in YAML makes "set by each city" a key with no value: say so.
    const textWithComma = input && typeof input === 'object' && input[key] === null;
    const suggestion = textWithComma ? undefined : suggestName(key, known);
    return document.issue(`${document.prefix}_unknown_key`, [...path, key], {
      key,
      ...(textWithComma ? { textWithComma } : {}),
      ...(suggestion ? { suggestion } : {}),
    });
  });
}

function describe(issue: ZodIssue, path: Path, document: SchemaDocument): Issue {
  const make = (code: SchemaShapeCode, args?: Record<string, unknown>) =>
    document.issue(`${document.prefix}_${code}`, path, args);
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
      return document.refines(code) ? document.issue(code!, path) : make('invalid', { detail: issue.message });
    }
    default:
      return make('invalid', { detail: issue.message });
  }
}
