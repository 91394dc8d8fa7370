import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Issue } from '../errors/index.js';

/** A 1-based line and column in a source file. */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

/** A YAML text turned into plain data, with a way back from a field path to its line. */
export interface ParsedYaml {
  /** The plain data (objects, arrays, strings, numbers, booleans, null); `undefined` when the text could not be parsed. */
  readonly value: unknown;
  /** Syntax problems and forbidden constructs (tags, prototype keys, excessive depth). */
  readonly issues: readonly Issue[];
  readonly file?: string;
  /** Position of the node at `path` (the key's position for a mapping entry), or of its nearest ancestor. */
  locate(path: readonly (string | number)[]): SourcePosition | undefined;
}

/** Keys that could reach an object's prototype if a consumer ever assigned them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Real packs nest a handful of levels; anything deeper is a mistake or an attack. */
const MAX_DEPTH = 64;
const MAX_ALIAS_EXPANSIONS = 1000;
/** The YAML 1.2 core schema's tags; anything else (`!!js/function`, `!custom`) is refused. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Parses YAML into plain data without executing anything: custom tags are rejected, aliases are expanded
 * with a budget, `__proto__`/`constructor`/`prototype` keys are rejected, and every node's position is kept
 * so that a schema error on `parameters["dibao.standard"].values[2].from` can point at its line.
 *
 * @example
 * const parsed = parseYaml('id: cn\nversion: 1.0.0\n', 'pack.yaml');
 * parsed.value; // { id: 'cn', version: '1.0.0' }
 * parsed.locate(['version']); // { line: 2, col: 1 }
 */
export function parseYaml(text: string, file?: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const issues: Issue[] = [];
  const positions = new Map<string, SourcePosition>();
  const at = (offset: number | undefined): SourcePosition | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset);
  const push = (
    code: string,
    path: (string | number)[],
    zh: string,
    en: string,
    pos?: SourcePosition,
    args?: Record<string, unknown>,
  ) =>
    issues.push({
      code,
      severity: 'error',
      path,
      message: { zh, en },
      ...(args ? { args } : {}),
      ...(file !== undefined ? { file } : {}),
      ...(pos ? { line: pos.line, col: pos.col } : {}),
    });

  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
  } catch (err) {
    push('yaml_syntax', [], 'YAML 无法解析', `YAML could not be parsed: ${(err as Error).message}`);
    return makeResult(undefined, issues, positions, file);
  }
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = at(e.pos[0]);
    const first = e.message.split('\n')[0] ?? e.message;
    if (e.code === 'DUPLICATE_KEY')
      push('yaml_duplicate_key', [], 'YAML 中有重复的键', `Duplicate key in YAML: ${first}`, pos);
    else if (e.code === 'TAG_RESOLVE_FAILED')
      continue; // reported below as yaml_tag_not_allowed, with its path
    else push('yaml_syntax', [], `YAML 语法错误（${e.code}）`, `YAML syntax error (${e.code}): ${first}`, pos);
  }
  if (issues.length) return makeResult(undefined, issues, positions, file);

  let aliasBudget = MAX_ALIAS_EXPANSIONS;
  const convert = (node: unknown, path: (string | number)[], depth: number, keyPos?: SourcePosition): unknown => {
    const n = node as Node | null;
    const pos = keyPos ?? at(n?.range?.[0]);
    if (pos) positions.set(pathKey(path), pos);
    if (depth > MAX_DEPTH) {
      push('yaml_too_deep', path, `嵌套超过 ${MAX_DEPTH} 层`, `Nesting deeper than ${MAX_DEPTH} levels`, pos);
      return undefined;
    }
    if (n === null || n === undefined) return null;
    if (isAlias(n)) {
      if (--aliasBudget < 0) {
        push('yaml_alias_limit', path, '别名（alias）展开次数过多', 'Too many alias expansions', pos);
        return undefined;
      }
      return convert(n.resolve(doc), path, depth + 1, pos);
    }
    if ('tag' in n && typeof n.tag === 'string' && !CORE_TAGS.has(n.tag)) {
      push(
        'yaml_tag_not_allowed',
        path,
        `不允许使用 YAML 标签 ${n.tag}`,
        `YAML tag ${n.tag} is not allowed: packs are plain data`,
        pos,
        { tag: n.tag },
      );
      return undefined;
    }
    if (isScalar(n)) return n.value;
    if (isSeq(n)) return n.items.map((item, i) => convert(item, [...path, i], depth + 1));
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        const keyNode = pair.key as Node | null;
        const kPos = at(keyNode?.range?.[0]);
        const key = isScalar(keyNode) ? keyNode.value : undefined;
        if (typeof key !== 'string' && typeof key !== 'number') {
          push('yaml_bad_key', path, '键必须是文字或数字', 'Keys must be plain strings or numbers', kPos);
          continue;
        }
        const k = String(key);
        if (FORBIDDEN_KEYS.has(k)) {
          push('yaml_forbidden_key', [...path, k], `不允许使用键 "${k}"`, `The key "${k}" is not allowed`, kPos, {
            key: k,
          });
          continue;
        }
        out[k] = convert(pair.value, [...path, k], depth + 1, kPos);
      }
      return out;
    }
    return undefined;
  };
  const value = convert(doc.contents, [], 0);
  return makeResult(issues.length ? undefined : value, issues, positions, file);
}

function makeResult(
  value: unknown,
  issues: Issue[],
  positions: Map<string, SourcePosition>,
  file?: string,
): ParsedYaml {
  return {
    value,
    issues,
    ...(file !== undefined ? { file } : {}),
    locate(path) {
      for (let len = path.length; len >= 0; len--) {
        const pos = positions.get(pathKey(path.slice(0, len)));
        if (pos) return pos;
      }
      return undefined;
    },
  };
}

function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('\u0000');
}

/** Adds `file`, `line` and `col` to issues whose path can be found in the parsed YAML. */
export function locateIssues(
  issues: readonly Issue[],
  parsed: Pick<ParsedYaml, 'locate' | 'file'> | undefined,
): Issue[] {
  if (!parsed) return [...issues];
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    const pos = parsed.locate(issue.path);
    return {
      ...issue,
      ...(parsed.file !== undefined && issue.file === undefined ? { file: parsed.file } : {}),
      ...(pos ? { line: pos.line, col: pos.col } : {}),
    };
  });
}
