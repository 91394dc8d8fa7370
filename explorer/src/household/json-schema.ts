/**
 * Just enough JSON Schema (draft 2020-12, as the library exports it) to generate the household form: `$ref`
 * into `$defs`, objects, arrays, enums, `anyOf` with `null` ("none", as opposed to absent: unknown).
 */

export interface JsonSchema {
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly anyOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly description?: string;
}

/** What widget a field gets. */
export type FieldKind =
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[]; nullable: boolean }
  | { kind: 'date' }
  | { kind: 'money' }
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'string' }
  | { kind: 'object'; schema: JsonSchema; nullable: boolean }
  | { kind: 'enum-list'; values: readonly string[] }
  | { kind: 'object-list'; schema: JsonSchema; min: number; max: number };

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Follows `$ref`s (`#/$defs/Name`) against the root schema. */
export function deref(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++) {
    const name = s.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    if (!target) break;
    s = { ...target, ...(s.description ? { description: s.description } : {}) };
  }
  return s;
}

/** Classifies a property's schema. Money is `anyOf: [pattern string, number]` (the `Money` definition). */
export function fieldKind(raw: JsonSchema, root: JsonSchema): FieldKind {
  const schema = deref(raw, root);
  if (schema.anyOf) {
    const options = schema.anyOf.map((o) => deref(o, root));
    const nullable = options.some((o) => o.type === 'null');
    const rest = options.filter((o) => o.type !== 'null');
    if (rest.length === 2 && rest.some((o) => o.type === 'number') && rest.some((o) => o.type === 'string')) {
      return { kind: 'money' };
    }
    const only = rest[0];
    if (rest.length === 1 && only?.enum) return { kind: 'enum', values: only.enum, nullable };
    if (rest.length === 1 && only?.type === 'object') return { kind: 'object', schema: only, nullable };
    return { kind: 'string' };
  }
  switch (schema.type) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'integer':
    case 'number':
      return {
        kind: 'integer',
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
      };
    case 'object':
      return { kind: 'object', schema, nullable: false };
    case 'array': {
      const items = deref(schema.items ?? {}, root);
      if (items.enum) return { kind: 'enum-list', values: items.enum };
      return { kind: 'object-list', schema: items, min: schema.minItems ?? 0, max: schema.maxItems ?? 50 };
    }
    default:
      if (schema.enum) return { kind: 'enum', values: schema.enum, nullable: false };
      if (schema.pattern === DATE_PATTERN) return { kind: 'date' };
      return { kind: 'string' };
  }
}

/** A plain-data object or array, as the household is. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A copy of an object with one field set, or removed when `value` is undefined (unknown). */
export function withField(obj: JsonObject | undefined, key: string, value: Json | undefined): JsonObject {
  const out: JsonObject = { ...(obj ?? {}) };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
}
