import type { ParsedYaml } from '../_lib/index.js';
import type { Issue } from '../errors/index.js';
import { packIssue } from './messages.js';

/** A figure as policy staff write it: digits, optionally a point and more digits. */
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/**
 * YAML reads `0x384`, `1e3` and `900.00000000000000001` all as numbers (900, 1000, 900): a figure written so
 * would be silently re-read. Each number a parameter value holds (`value`, a zone's value, `multiply.by`) is
 * replaced by the decimal text it was written as, or reported when it was not written as a plain decimal.
 * `data` is the pack just read from the YAML (a private copy, changed in place).
 *
 * @returns `param_value_notation` for every figure written otherwise (hexadecimal, octal, exponent, sign)
 */
export function readFiguresAsWritten(data: unknown, parsed: Pick<ParsedYaml, 'numberSource'>): Issue[] {
  const issues: Issue[] = [];
  const parameters = objectAt(data, 'parameters');
  if (!parameters) return issues;
  const asWritten = (holder: Record<string, unknown>, key: string, path: readonly (string | number)[]) => {
    const v = holder[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return; // the schema reports NaN and infinities
    const source = parsed.numberSource(path);
    if (source === undefined) return;
    if (PLAIN_DECIMAL.test(source)) holder[key] = source;
    else issues.push(packIssue('param_value_notation', path, { value: source, read: v }));
  };
  for (const [key, def] of Object.entries(parameters)) {
    const values = (def as { values?: unknown } | null)?.values;
    if (!Array.isArray(values)) continue;
    values.forEach((entry, i) => {
      if (typeof entry !== 'object' || entry === null) return;
      const path = ['parameters', key, 'values', i];
      const e = entry as Record<string, unknown>;
      const zoned = objectAt(e, 'value');
      if (zoned) for (const zone of Object.keys(zoned)) asWritten(zoned, zone, [...path, 'value', zone]);
      else asWritten(e, 'value', [...path, 'value']);
      const multiply = objectAt(e, 'multiply');
      if (multiply) asWritten(multiply, 'by', [...path, 'multiply', 'by']);
    });
  }
  return issues;
}

function objectAt(holder: unknown, key: string): Record<string, unknown> | undefined {
  const v = typeof holder === 'object' && holder !== null ? (holder as Record<string, unknown>)[key] : undefined;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
