import { jsonSchemas } from '../schema/index.js';
import type { CliIo } from './io.js';

/** `safetynet schema <pack|household|report|calendar|scenarios>`: prints a JSON Schema. */
export function schemaCommand(args: readonly string[], io: CliIo): number {
  const all = jsonSchemas();
  const name = args[0];
  if (!name || !Object.hasOwn(all, name)) {
    io.err(`usage: safetynet schema <${Object.keys(all).join('|')}>`);
    return 2;
  }
  io.out(JSON.stringify(all[name], null, 2));
  return 0;
}
