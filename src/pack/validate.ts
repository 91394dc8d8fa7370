import { locateIssues, parseYaml, type ParsedYaml } from '../_lib/index.js';
import { assertIsoDay } from '../dates/index.js';
import { deepFreeze } from '../_lib/index.js';
import { copyPlainData } from '../_lib/index.js';
import { InputError, type Issue, type ValidationResult } from '../errors/index.js';
import { PARAMETER_UNITS, policyPackSchema, type PolicyPackFile } from '../schema/index.js';
import { fromZodIssues } from '../schema/index.js';
import { crossCheckPack, staleWarnings, unverifiedWarnings } from './cross-check.js';
import { extendPack, type MergedPack } from './extend.js';
import { packIssue } from './messages.js';
import { checkPackSize, checkTextSize } from './limits.js';
import { readFiguresAsWritten } from './number-notation.js';
import { checkPackRules } from './rule-check.js';
import { checkReviewsAndSupport } from './check-reviews.js';
import { checkProcedures, unverifiedProcedureWarnings } from './check-procedures.js';
import { calendarEdgeWarnings } from './calendar-edge.js';
import { unverifiedRuleWarnings } from './rule-verification.js';
import type { PolicyPack } from './types.js';

/** A pack given as YAML text (with the file name used in messages) or as already-parsed data. */
export type PackInput =
  | { readonly text: string; readonly file?: string }
  | { readonly data: unknown; readonly file?: string };

/** Options of {@link validatePack}. */
export interface ValidatePackOptions {
  /**
   * Supplies the parent named by `extends`: a loaded pack, or its input to validate. Loaders pass the
   * sibling directory; callers validating in memory pass the bundled packs.
   */
  readonly resolveParent?: (id: string) => PolicyPack | PackInput | undefined;
  /** Today's date (YYYY-MM-DD) for staleness warnings; without it no staleness is checked (no hidden clock). */
  readonly today?: string;
  /**
   * The id the pack must have: loaders pass the name of its directory (`policies/<id>/pack.yaml`), since a
   * parent is found by its id. A parent given by `resolveParent(id)` must have the id it was asked for.
   */
  readonly id?: string;
}

/** The result of validating a pack: the pack, or every issue found. Warnings never make it fail. */
export type ValidatePackResult = ValidationResult<PolicyPack>;

const MAX_LINEAGE = 16;
/** The id a pack whose own id is invalid is checked under (its id is reported by the schema). */
const SALVAGED_ID = 'unnamed';

/**
 * Validates a policy pack and returns it immutable and merged with its parents, or returns every problem
 * found at once: YAML syntax, schema (unknown keys are errors), dates out of order, unknown sources,
 * parameters, facts and operators in rules, and circular or missing `extends`. Each issue carries its field
 * path, a bilingual message and, for YAML input, file:line:col.
 *
 * @throws {InputError} `bad_date` for a `today` option that is not a real day; `pack_input_invalid` for an
 *   input that is neither `{ text }` nor `{ data }` (the pack's own problems are returned, never thrown)
 * @example
 * const result = validatePack({ text: readFileSync('pack.yaml', 'utf8'), file: 'pack.yaml' }, { resolveParent: (id) => packs[id] });
 * if (!result.ok) for (const i of result.issues) console.error(formatIssue(i));
 */
export function validatePack(input: PackInput, options: ValidatePackOptions = {}): ValidatePackResult {
  if (options.today !== undefined) assertIsoDay(options.today, 'today');
  return validateWithTrail(input, options, [], options.id);
}

function validateWithTrail(
  input: PackInput,
  options: ValidatePackOptions,
  trail: string[],
  expectedId: string | undefined,
): ValidatePackResult {
  assertPackInput(input);
  const { file, parsed, data, issues } = readInput(input);
  if (!data) return { ok: false, issues, warnings: [] };
  const at = (list: readonly Issue[]) =>
    locateIssues(list, parsed ?? (file !== undefined ? { file, locate: () => undefined } : undefined));
  if (expectedId !== undefined && data.id !== expectedId && data.id !== SALVAGED_ID) {
    issues.push(...at([packIssue('pack_id_mismatch', ['id'], { id: data.id, expected: expectedId })]));
  }

  // A parent is resolved before anything is merged: its own problems are reported against its own file.
  let parent: PolicyPack | undefined;
  const parentIssues: Issue[] = [];
  const parentWarnings: Issue[] = [];
  if (data.extends !== undefined) {
    const id = data.extends;
    if (id === data.id || trail.includes(id)) {
      const cycle = [...trail, data.id, id].join(' → ');
      parentIssues.push(...at([packIssue('pack_extends_cycle', ['extends'], { cycle })]));
    } else if (trail.length + 1 >= MAX_LINEAGE) {
      const chain = [...trail, data.id, id].join(' → ');
      parentIssues.push(...at([packIssue('pack_extends_too_deep', ['extends'], { chain, max: MAX_LINEAGE })]));
    } else {
      const found = options.resolveParent?.(id);
      if (!found) {
        parentIssues.push(...at([packIssue('pack_parent_not_found', ['extends'], { parent: id })]));
      } else if (isPolicyPack(found)) {
        parent = found;
      } else {
        const r = validateWithTrail(found, options, [...trail, data.id], id);
        if (r.ok) parent = r.value;
        else parentIssues.push(...r.issues);
        parentWarnings.push(...r.warnings);
      }
    }
  }
  if (parentIssues.length) return { ok: false, issues: [...issues, ...parentIssues], warnings: parentWarnings };

  const merged: MergedPack = extendPack(data, parent);
  const own = data.id;
  const problems = at([
    ...issues,
    ...crossCheckPack(merged, own),
    ...checkPackRules(merged, own),
    ...checkReviewsAndSupport(merged, data),
    ...checkProcedures(merged, data),
  ]);
  const warnings = at([
    ...unverifiedWarnings(merged, own),
    ...unverifiedRuleWarnings(merged, data),
    ...unverifiedProcedureWarnings(merged, data),
    ...(options.today ? staleWarnings(merged, own, options.today) : []),
    ...(options.today && (data.calendar !== undefined || !parent)
      ? calendarEdgeWarnings(merged.calendar, options.today)
      : []),
  ]);
  if (problems.length) return { ok: false, issues: problems, warnings: [...parentWarnings, ...warnings] };

  const pack: PolicyPack = deepFreeze({
    ...merged,
    warnings: [...(parent?.warnings ?? []), ...warnings],
    files: [...(file !== undefined ? [file] : []), ...(parent?.files ?? [])],
  });
  return { ok: true, value: pack, warnings: pack.warnings };
}

interface ReadResult {
  file?: string;
  parsed?: ParsedYaml;
  data?: PolicyPackFile;
  issues: Issue[];
}

/** YAML -> plain data -> schema. Schema issues are located in the YAML and returned with the data when possible. */
function readInput(input: PackInput): ReadResult {
  const file = input.file;
  let raw: unknown;
  let parsed: ParsedYaml | undefined;
  let notation: Issue[] = [];
  if ('text' in input) {
    const tooLong = checkTextSize(input.text);
    if (tooLong.length)
      return { ...(file !== undefined ? { file } : {}), issues: locateIssues(tooLong, fileOnly(file)) };
    parsed = parseYaml(input.text, file);
    if (parsed.issues.length) return { ...(file !== undefined ? { file } : {}), parsed, issues: [...parsed.issues] };
    raw = parsed.value;
    notation = readFiguresAsWritten(raw, parsed);
  } else {
    const copied = copyPlainData(input.data, 'pack');
    if (copied.issues.length) return { ...(file !== undefined ? { file } : {}), issues: copied.issues };
    raw = copied.value;
  }
  const tooLarge = checkPackSize(raw);
  if (tooLarge.length) {
    const base = { ...(file !== undefined ? { file } : {}), ...(parsed ? { parsed } : {}) };
    return { ...base, issues: locateIssues(tooLarge, parsed ?? fileOnly(file)) };
  }
  const result = policyPackSchema.safeParse(raw, { reportInput: true });
  const base = { ...(file !== undefined ? { file } : {}), ...(parsed ? { parsed } : {}) };
  if (result.success) return { ...base, data: result.data, issues: locateIssues(notation, parsed) };
  const issues = locateIssues(
    [...notation, ...fromZodIssues(result.error.issues, 'pack')],
    parsed ?? (file !== undefined ? { file, locate: () => undefined } : undefined),
  );
  // Keep going with what is usable so that cross-checks and rule checks report their problems in the same run.
  const salvage = salvagePack(raw);
  return salvage ? { ...base, data: salvage, issues } : { ...base, issues };
}

/**
 * After a schema failure, keeps the sections that are valid on their own so later checks still run:
 * ten mistakes in one file come back as ten issues, not one.
 */
function salvagePack(raw: unknown): PolicyPackFile | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const obj = raw as Record<string, unknown>;
  const shape = policyPackSchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (!(key in obj)) continue;
    const field = shape[key];
    const r = field.safeParse(obj[key]);
    if (r.success) {
      out[key] = r.data;
      continue;
    }
    // A record section (programmes, parameters, ...) keeps its valid entries.
    const valueType = (field as SchemaWithDef).def.innerType?.def.valueType;
    const value = obj[key];
    if (valueType && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const kept: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const rr = valueType.safeParse(v);
        if (rr.success) kept[k] = rr.data;
        else if (key in PLACEHOLDERS) kept[k] = PLACEHOLDERS[key as keyof typeof PLACEHOLDERS](v);
      }
      out[key] = kept;
    }
  }
  if (typeof out.id !== 'string') out.id = SALVAGED_ID;
  if (!out.name) out.name = { zh: '—', en: '—' };
  if (typeof out.version !== 'string') out.version = '0.0.0';
  return out as PolicyPackFile;
}

/**
 * An invalid source or parameter still exists for reference checks: its own issues are reported, and the
 * rules and values citing it are not blamed a second time.
 */
const PLACEHOLDERS = {
  sources: () => ({ title: '?', issuer: '?', date: '0000', verified: false }),
  parameters: (raw: unknown) => {
    const unit = (raw as { unit?: unknown } | null)?.unit;
    return { unit: (PARAMETER_UNITS as readonly unknown[]).includes(unit) ? unit : 'count', values: [] };
  },
};

interface SafeParser {
  safeParse(v: unknown): { success: boolean; data?: unknown };
}

/** What salvaging reads of a section's schema: an optional record's value schema. */
interface SchemaWithDef {
  readonly def: { readonly innerType?: { readonly def: { readonly valueType?: SafeParser } } };
}

/** Issues of an input without YAML positions still name its file. */
function fileOnly(file: string | undefined): Pick<ParsedYaml, 'locate' | 'file'> | undefined {
  return file !== undefined ? { file, locate: () => undefined } : undefined;
}

function isPolicyPack(x: PolicyPack | PackInput): x is PolicyPack {
  return typeof x === 'object' && x !== null && 'lineage' in x && Array.isArray((x as PolicyPack).lineage);
}

/** `{ text: string, file? }` or `{ data, file? }`: anything else is the caller's mistake, said clearly. */
function assertPackInput(input: unknown): asserts input is PackInput {
  const x = input as { text?: unknown; data?: unknown; file?: unknown } | null;
  const ok =
    typeof x === 'object' &&
    x !== null &&
    (typeof x.text === 'string' || (x.text === undefined && 'data' in x)) &&
    (x.file === undefined || typeof x.file === 'string');
  if (ok) return;
  const got =
    x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x === 'object' ? Object.keys(x).join(', ') : typeof x;
  const issue = packIssue('pack_input_invalid', [], { got });
  throw new InputError('pack_input_invalid', issue.message.en, [issue]);
}
