import type { Document, Node, YAMLMap } from 'yaml';
import type { Issue, MessageArgs } from '../errors/index.js';
import { yamlIssue, type YAML_MESSAGES } from './messages.js';
import { yamlModule, type YamlModule } from './yaml-module.js';

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
  /**
   * How the number at `path` was written (`0x384`, `1e3`, `870.00`), or `undefined` when there is no number
   * there: YAML reads all three as numbers, and a figure must not be silently re-read.
   */
  numberSource(path: readonly (string | number)[]): string | undefined;
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
  // A parent pack is read again for every pack that extends it (and once more for the analysis): the text is
  // parsed once, and each caller gets its own copy of the data (the pack reader changes its copy in place).
  const key = `${file ?? ''}\u0000${text}`;
  const read = RECENT.get(key) ?? readYaml(text, file);
  RECENT.delete(key);
  RECENT.set(key, read);
  if (RECENT.size > RECENT_MAX) RECENT.delete(RECENT.keys().next().value as string);
  return makeResult(copyParsedValue(read.value), read, file);
}

/** What one reading of a text gave: its data, and the document or the issues and positions found. */
interface ReadText {
  readonly value: unknown;
  readonly state: ReadState;
  /** The document of a text read without issues: positions are looked up in it when asked for. */
  readonly doc?: Document;
}

/** The texts read last, by file name and text (a pack is read for its checks, then for its analysis). */
const RECENT = new Map<string, ReadText>();
const RECENT_MAX = 8;

/**
 * Reads a text in one pass that records nothing but the data: positions are only looked up (in the document) for
 * the few paths an issue or a figure's notation is asked about. A text with an issue is converted again, recording
 * every position as it goes, so that its issues and positions are exactly those of a full reading.
 */
function readYaml(text: string, file: string | undefined): ReadText {
  const state = newState(file, false);
  const doc = readDocument(text, state);
  if (!doc) return { value: undefined, state };
  const value = convertNode(doc, doc.contents, [], 0, state);
  if (!state.issues.length) return { value, state, doc };
  const recorded: ReadState = { ...newState(file, true), lineCounter: state.lineCounter };
  convertNode(doc, doc.contents, [], 0, recorded);
  return { value: undefined, state: recorded };
}

function newState(file: string | undefined, recordPositions: boolean): ReadState {
  const LineCounter = yamlModule().LineCounter;
  return {
    lineCounter: new LineCounter(),
    issues: [],
    ...(recordPositions ? { positions: new Map(), numberSources: new Map() } : {}),
    aliasBudget: MAX_ALIAS_EXPANSIONS,
    ...(file !== undefined ? { file } : {}),
  };
}

/** A fresh copy of data read from YAML (objects, arrays and scalars only). */
function copyParsedValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyParsedValue);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = copyParsedValue((value as Record<string, unknown>)[k]);
  return out;
}

/** What converting one document keeps track of: issues found, positions of paths, the alias budget left. */
interface ReadState {
  readonly lineCounter: InstanceType<YamlModule['LineCounter']>;
  readonly issues: Issue[];
  /** Positions and number notations by path, recorded while converting (only when the text has issues). */
  readonly positions?: Map<string, SourcePosition>;
  readonly numberSources?: Map<string, string>;
  readonly file?: string;
  aliasBudget: number;
}

type YamlCode = keyof typeof YAML_MESSAGES;
type Path = (string | number)[];

function report(state: ReadState, code: YamlCode, path: Path, pos?: SourcePosition, args?: MessageArgs): void {
  state.issues.push({
    ...yamlIssue(code, path, args),
    ...(state.file !== undefined ? { file: state.file } : {}),
    ...(pos ? { line: pos.line, col: pos.col } : {}),
  });
}

function positionOf(state: ReadState, offset: number | undefined): SourcePosition | undefined {
  return offset === undefined ? undefined : state.lineCounter.linePos(offset);
}

/** The YAML document, or `undefined` after reporting its syntax errors. */
function readDocument(text: string, state: ReadState): Document | undefined {
  let doc: Document;
  try {
    // Duplicate keys are found by convertMap, in linear time and after keys are made text (`1` and "1" collide);
    // the parser's own check compares every key with every earlier one.
    const options = { lineCounter: state.lineCounter, prettyErrors: false, uniqueKeys: false, strict: true };
    doc = yamlModule().parseDocument(text, { ...options, version: '1.2' });
  } catch (err) {
    report(state, 'yaml_syntax', [], undefined, { error: (err as Error).message });
    return undefined;
  }
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = positionOf(state, e.pos[0]);
    const detail = e.message.split('\n')[0] ?? e.message;
    if (e.code === 'DUPLICATE_KEY') report(state, 'yaml_duplicate_key', [], pos, { detail });
    else if (e.code === 'TAG_RESOLVE_FAILED')
      continue; // reported by convertNode as yaml_tag_not_allowed, with its path
    else report(state, 'yaml_syntax', [], pos, { yamlCode: e.code, detail });
  }
  return state.issues.length ? undefined : doc;
}

/**
 * A node as plain data, its position recorded (when the state records them); forbidden constructs reported and
 * left out. `keyPos` is the position of the node's key in its mapping, when it has one.
 */
function convertNode(
  doc: Document,
  node: unknown,
  path: Path,
  depth: number,
  state: ReadState,
  keyPos?: () => SourcePosition | undefined,
): unknown {
  const n = node as Node | null;
  const at = () => keyPos?.() ?? positionOf(state, n?.range?.[0]);
  if (state.positions) {
    const pos = at();
    if (pos) state.positions.set(pathKey(path), pos);
  }
  if (depth > MAX_DEPTH) {
    report(state, 'yaml_too_deep', path, at(), { max: MAX_DEPTH });
    return undefined;
  }
  if (n === null || n === undefined) return null;
  const { isAlias, isMap, isScalar, isSeq } = yamlModule();
  if (isAlias(n)) {
    if (--state.aliasBudget < 0) {
      report(state, 'yaml_alias_limit', path, at());
      return undefined;
    }
    return convertNode(doc, n.resolve(doc), path, depth + 1, state, at);
  }
  if ('tag' in n && typeof n.tag === 'string' && !CORE_TAGS.has(n.tag)) {
    report(state, 'yaml_tag_not_allowed', path, at(), { tag: n.tag });
    return undefined;
  }
  if (isScalar(n)) {
    if (state.numberSources && typeof n.value === 'number' && typeof n.source === 'string')
      state.numberSources.set(pathKey(path), n.source);
    return n.value;
  }
  if (isSeq(n)) return n.items.map((item, i) => convertNode(doc, item, [...path, i], depth + 1, state));
  if (isMap(n)) return convertMap(doc, n, path, depth, state);
  return undefined;
}

function convertMap(doc: Document, map: YAMLMap, path: Path, depth: number, state: ReadState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { isScalar } = yamlModule();
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    const keyPos = () => positionOf(state, keyNode?.range?.[0]);
    const key = isScalar(keyNode) ? keyNode.value : undefined;
    if (typeof key !== 'string' && typeof key !== 'number') {
      report(state, 'yaml_bad_key', path, keyPos());
      continue;
    }
    const k = String(key);
    if (FORBIDDEN_KEYS.has(k)) {
      report(state, 'yaml_forbidden_key', [...path, k], keyPos(), { key: k });
      continue;
    }
    if (Object.hasOwn(out, k)) {
      report(state, 'yaml_duplicate_key', [...path, k], keyPos(), { detail: k });
      continue;
    }
    out[k] = convertNode(doc, pair.value, [...path, k], depth + 1, state, keyPos);
  }
  return out;
}

function makeResult(value: unknown, read: ReadText, file?: string): ParsedYaml {
  const { doc, state } = read;
  const { issues, positions, numberSources } = state;
  const base = { value, issues: [...issues], ...(file !== undefined ? { file } : {}) };
  if (!positions || !numberSources)
    return {
      ...base,
      numberSource: (path) => (doc ? numberAt(doc, path) : undefined),
      locate: (path) => (doc ? walk(doc, path, state).pos : undefined),
    };
  return {
    ...base,
    numberSource: (path) => numberSources.get(pathKey(path)),
    locate(path) {
      for (let len = path.length; len >= 0; len--) {
        const pos = positions.get(pathKey(path.slice(0, len)));
        if (pos) return pos;
      }
      return undefined;
    },
  };
}

/**
 * Follows a path into a document read without issues, as converting it does: the node at the end of the path
 * (through aliases) and, with a state, the position converting gives the deepest part of the path found (a mapping
 * entry's key, else the node).
 */
function walk(
  doc: Document,
  path: readonly (string | number)[],
  state?: ReadState,
): { node: unknown; pos: SourcePosition | undefined } {
  const { isAlias, isMap, isScalar, isSeq } = yamlModule();
  const positionAt = (offset: number | undefined) => (state ? positionOf(state, offset) : undefined);
  let node = doc.contents as unknown;
  let pos = positionAt((node as Node | null)?.range?.[0]);
  for (const segment of path) {
    while (isAlias(node)) node = node.resolve(doc);
    const seg = String(segment);
    let next: unknown;
    let keyOffset: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return { node: undefined, pos };
      keyOffset = (pair.key as Node).range?.[0];
      next = pair.value;
    } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(seg) && Number(seg) < node.items.length) {
      next = node.items[Number(seg)];
    } else return { node: undefined, pos };
    pos = positionAt(keyOffset ?? (next as Node | null)?.range?.[0]) ?? pos;
    node = next;
  }
  while (isAlias(node)) node = node.resolve(doc);
  return { node, pos };
}

/** How the number at a path was written, in a document read without issues. */
function numberAt(doc: Document, path: readonly (string | number)[]): string | undefined {
  const { node } = walk(doc, path);
  const { isScalar } = yamlModule();
  return isScalar(node) && typeof node.value === 'number' && typeof node.source === 'string' ? node.source : undefined;
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
