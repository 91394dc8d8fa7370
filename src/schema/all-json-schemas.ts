import { packJsonSchema } from './json-schema.js';

/** Every JSON Schema file shipped in `schema/`, by base name. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return { pack: packJsonSchema() };
}
