/**
 * Keeps what is usable of data that failed its schema, so that the checks a schema cannot make (references,
 * dates in order, rule vocabulary) still run on every part that parsed: one run reports every problem.
 */

/** The part of a zod schema (classic or mini) this module reads: its definition and `safeParse`. */
interface SchemaLike {
  readonly _zod: { readonly def: Def };
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

interface Def {
  readonly type: string;
  readonly innerType?: SchemaLike;
  readonly defaultValue?: unknown;
  readonly shape?: Readonly<Record<string, SchemaLike>>;
  readonly valueType?: SchemaLike;
  readonly element?: SchemaLike;
  readonly options?: readonly SchemaLike[];
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly in?: SchemaLike;
}

/** What {@link salvageData} kept, and how the indexes of arrays that lost elements map back to the input. */
export interface Salvaged {
  /** The data, shaped like the schema's output: invalid optional fields left out, invalid required ones replaced by placeholders. */
  readonly value: unknown;
  /** For each array that lost elements (keyed by its path, see {@link pathKey}): the input index of each element kept. */
  readonly kept: ReadonlyMap<string, readonly number[]>;
}

const NONE = Symbol('none');
type Result = unknown | typeof NONE;

/**
 * Salvages data that failed `schema`: valid parts are kept as the schema outputs them; an invalid optional
 * field is left out; an invalid required field, record entry or object becomes a placeholder of its type
 * (so references to it still resolve); an invalid array element is dropped, and `kept` maps the remaining
 * indexes back to the input's. Returns `undefined` when the root itself is unusable.
 *
 * @param schema - a zod object schema
 * @param value - the data that failed it
 * @returns the usable data and the index maps, or `undefined`
 * @example
 * const s = salvageData(policyPackSchema, raw);
 * if (s) runChecks(s.value).map((i) => ({ ...i, path: inputPath(i.path, s.kept) }));
 */
export function salvageData(schema: unknown, value: unknown): Salvaged | undefined {
  const kept = new Map<string, number[]>();
  const out = salvageAt(schema as SchemaLike, value, [], kept);
  return out === NONE ? undefined : { value: out, kept };
}

/**
 * The path of the input an issue found on salvaged data refers to: array indexes shifted by dropped
 * elements are mapped back.
 *
 * @example
 * inputPath(['parameters', 'x', 'values', 1, 'from'], kept); // ['parameters', 'x', 'values', 2, 'from'] when values[1] was dropped
 */
export function inputPath(
  path: readonly (string | number)[],
  kept: ReadonlyMap<string, readonly number[]>,
): (string | number)[] {
  if (kept.size === 0) return [...path];
  const out: (string | number)[] = [];
  for (const seg of path) {
    const map = typeof seg === 'number' ? kept.get(pathKey(out)) : undefined;
    out.push(map?.[seg as number] ?? seg);
  }
  return out;
}

/** A path as a map key. */
export function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

function salvageAt(schema: SchemaLike, value: unknown, path: (string | number)[], kept: Map<string, number[]>): Result {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
      return value === undefined ? undefined : salvageAt(def.innerType!, value, path, kept);
    case 'default':
    case 'prefault':
      return value === undefined ? def.defaultValue : salvageAt(def.innerType!, value, path, kept);
    case 'nullable':
      return value === null ? null : salvageAt(def.innerType!, value, path, kept);
    case 'object':
      return isRecord(value) ? salvageObject(def, value, path, kept) : NONE;
    case 'record': {
      if (!isRecord(value)) return NONE;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const s = salvageAt(def.valueType!, v, [...path, k], kept);
        out[k] = s === NONE ? placeholderOf(def.valueType!) : s;
      }
      return out;
    }
    case 'array':
      return Array.isArray(value) ? salvageArray(def.element!, value, path, kept) : NONE;
    default:
      return NONE;
  }
}

function salvageObject(
  def: Def,
  value: Record<string, unknown>,
  path: (string | number)[],
  kept: Map<string, number[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(def.shape ?? {})) {
    const s = salvageAt(prop, value[key], [...path, key], kept);
    if (s === NONE) {
      if (!isOptional(prop)) out[key] = placeholderOf(prop);
    } else if (s !== undefined) out[key] = s;
  }
  return out;
}

function salvageArray(
  element: SchemaLike,
  value: readonly unknown[],
  path: (string | number)[],
  kept: Map<string, number[]>,
): unknown[] {
  const out: unknown[] = [];
  const indexes: number[] = [];
  value.forEach((v, i) => {
    const s = salvageAt(element, v, [...path, i], kept);
    if (s === NONE) return;
    out.push(s);
    indexes.push(i);
  });
  if (indexes.length !== value.length) kept.set(pathKey(path), indexes);
  return out;
}

function isOptional(schema: SchemaLike): boolean {
  const t = schema._zod.def.type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}

/**
 * A stand-in of the schema's type for a required part that is missing or invalid: its own issue is
 * reported by the schema; the stand-in only keeps references to it from being reported a second time.
 */
function placeholderOf(schema: SchemaLike): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
      return undefined;
    case 'default':
    case 'prefault':
      return def.defaultValue;
    case 'nullable':
      return null;
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(def.shape ?? {})) if (!isOptional(prop)) out[key] = placeholderOf(prop);
      return out;
    }
    case 'record':
      return {};
    case 'array':
      return [];
    case 'number':
    case 'int':
      return 0;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'union':
      return def.options?.[0] ? placeholderOf(def.options[0]) : undefined;
    case 'pipe':
      return def.in ? placeholderOf(def.in) : undefined;
    case 'string':
      return '?';
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
