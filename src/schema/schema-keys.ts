// The keys a schema allows at a place, read from zod's definitions (for "did you mean" on an unknown key).

interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: SchemaNode;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly valueType?: SchemaNode;
      readonly element?: SchemaNode;
      readonly options?: readonly SchemaNode[];
      readonly in?: SchemaNode;
    };
  };
}

/**
 * The keys an object allows at a path inside a schema (for "did you mean"); none when the path leads elsewhere.
 * Apart from the issue converter, so that validating a report or a household (no suggestions) does not carry it.
 *
 * @param schema - a zod schema
 * @param path - a path inside a document of that schema
 * @returns the keys of the object schema there
 * @example
 * schemaKeysAt(policyPackSchema, ['urgency']); // ['classes', 'officeHours', …]
 */
export function schemaKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let nodes = [schema as SchemaNode];
  for (const seg of [...path, undefined]) {
    nodes = nodes.flatMap(unwrap);
    if (seg === undefined) break;
    nodes = nodes.flatMap((n) => {
      const d = n._zod.def;
      if (d.type === 'object' && typeof seg === 'string' && d.shape?.[seg]) return [d.shape[seg]];
      if (d.type === 'record' && d.valueType) return [d.valueType];
      if (d.type === 'array' && d.element && typeof seg === 'number') return [d.element];
      return [];
    });
  }
  return nodes.flatMap((n) => (n._zod.def.type === 'object' ? Object.keys(n._zod.def.shape ?? {}) : []));
}

/** The schemas a wrapper stands for: the inner type of optional, default and nullable, every union option. */
function unwrap(node: SchemaNode): SchemaNode[] {
  const d = node._zod.def;
  if (d.innerType) return unwrap(d.innerType);
  if (d.type === 'union') return (d.options ?? []).flatMap(unwrap);
  if (d.type === 'pipe' && d.in) return unwrap(d.in);
  return [node];
}
