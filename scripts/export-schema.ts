// Writes the JSON Schemas shipped in schema/ (run by `npm run generate`; a test checks they are current).
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/schema/all-json-schemas.js';

mkdirSync('schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}.schema.json`);
}
