import { locateIssues, parseYaml, type ParsedYaml } from '../_lib/index.js';
import { assertIsoDay } from '../dates/index.js';
import { deepFreeze } from '../_lib/index.js';
import { copyPlainData } from '../_lib/index.js';
import { InputError, type Issue, type ValidationResult } from '../errors/index.js';
import {
  fromZodIssues,
  inputPath,
  PACK_DOCUMENT,
  policyPackSchema,
  salvageData,
  schemaKeysAt,
  type PolicyPackFile,
} from '../schema/index.js';
import { checkChanges } from './check-changes.js';
import { crossCheckPack, staleWarnings, suggestion, unverifiedWarnings } from './cross-check.js';
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
  /** The ids `resolveParent` could supply, for a "did you mean" when `extends` names none of them. */
  readonly knownParents?: () => readonly string[];
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
  return finish(checkPack(input, options, [], options.id));
}

/** The checked pack, frozen with its warnings and files, or every issue. */
function finish(checked: PackCheck): ValidatePackResult {
  const { merged, issues, warnings, parent, file } = checked;
  if (!merged || issues.length) return { ok: false, issues, warnings };
  const pack: PolicyPack = deepFreeze({
    ...merged,
    warnings: [...(parent?.warnings ?? []), ...checked.ownWarnings],
    files: [...(file !== undefined ? [file] : []), ...(parent?.files ?? [])],
  });
  return { ok: true, value: pack, warnings: pack.warnings };
}

/** What checking one pack found: the merged pack (salvaged when invalid), its issues and warnings. */
interface PackCheck {
  /** The pack merged with its parent; built from what parsed when the pack is invalid. */
  readonly merged?: MergedPack;
  /** Every issue: this pack's, and its parent's when the parent is invalid. */
  readonly issues: Issue[];
  /** Every warning: the parent's and this pack's. */
  readonly warnings: Issue[];
  readonly ownWarnings: Issue[];
  /** The parent, when it is valid. */
  readonly parent?: PolicyPack;
  readonly file?: string;
}

/**
 * Checks a pack in one pass: the schema, then every check a schema cannot make, run on every part that
 * parsed (what failed the schema is left out or stood in for, and not blamed a second time).
 */
function checkPack(
  input: PackInput,
  options: ValidatePackOptions,
  trail: string[],
  expectedId: string | undefined,
): PackCheck {
  assertPackInput(input);
  const { file, parsed, data, issues: schemaIssues, kept } = readInput(input);
  if (!data) return { issues: schemaIssues, warnings: [], ownWarnings: [], ...(file !== undefined ? { file } : {}) };
  const at = (list: readonly Issue[]) => locateIssues(list, parsed ?? fileOnly(file));
  if (expectedId !== undefined && data.id !== expectedId && data.id !== SALVAGED_ID) {
    schemaIssues.push(...at([packIssue('pack_id_mismatch', ['id'], { id: data.id, expected: expectedId })]));
  }
  const parent = resolveParent(data, options, trail, at);
  const merged: MergedPack = extendPack(data, parent.merged);
  const own = data.id;
  // Issues found on salvaged data are pathed back to the input; those under a schema issue are not repeated.
  const settle = (list: readonly Issue[]) =>
    at(
      list
        .map((i) => ({ ...i, path: inputPath(i.path, kept) }))
        .filter((i) => !isUnder(i.path, schemaIssues) && !(parent.unavailable && NEEDS_PARENT.has(i.code))),
    );
  const problems = settle([
    ...crossCheckPack(merged, own),
    ...checkPackRules(merged, own),
    ...checkReviewsAndSupport(merged, data),
    ...checkProcedures(merged, data),
    ...checkChanges(data),
  ]);
  const ownWarnings = settle([
    ...unverifiedWarnings(merged, own),
    ...unverifiedRuleWarnings(merged, data),
    ...unverifiedProcedureWarnings(merged, data),
    ...(options.today ? staleWarnings(merged, own, options.today) : []),
    // The calendar's edge is the pack's own concern when it names a calendar, else the root pack's.
    ...(options.today && (data.calendar !== undefined || data.extends === undefined)
      ? calendarEdgeWarnings(merged.calendar, options.today)
      : []),
  ]);
  return {
    merged,
    issues: inFileOrder([...schemaIssues, ...parent.issues, ...problems]),
    warnings: [...parent.warnings, ...ownWarnings],
    ownWarnings,
    ...(parent.pack ? { parent: parent.pack } : {}),
    ...(file !== undefined ? { file } : {}),
  };
}

/** Codes that name something a parent may define: not reported when the parent could not be read. */
const NEEDS_PARENT: ReadonlySet<string> = new Set([
  'source_unknown',
  'review_unknown_source',
  'rule_unknown_param',
  'param_unknown_reference',
  'param_unknown_zone',
  'param_zone_missing',
  'action_unknown_department',
  'action_unknown_cycle',
  'tier_unknown_cycle',
  'review_unknown_cycle',
]);

/** The parent named by `extends`, resolved before anything is merged: its problems are its own file's. */
interface ParentCheck {
  /** The parent merged (salvaged when it is invalid): references into it resolve either way. */
  readonly merged?: MergedPack;
  readonly pack?: PolicyPack;
  readonly issues: Issue[];
  readonly warnings: Issue[];
  /** The parent is missing or circular: references that it might define are not judged. */
  readonly unavailable: boolean;
}

function resolveParent(
  data: PolicyPackFile,
  options: ValidatePackOptions,
  trail: string[],
  at: (list: readonly Issue[]) => Issue[],
): ParentCheck {
  const id = data.extends;
  if (id === undefined) return { issues: [], warnings: [], unavailable: false };
  if (id === data.id || trail.includes(id)) {
    const cycle = [...trail, data.id, id].join(' → ');
    return { issues: at([packIssue('pack_extends_cycle', ['extends'], { cycle })]), warnings: [], unavailable: true };
  }
  if (trail.length + 1 >= MAX_LINEAGE) {
    const args = { chain: [...trail, data.id, id].join(' → '), max: MAX_LINEAGE };
    return { issues: at([packIssue('pack_extends_too_deep', ['extends'], args)]), warnings: [], unavailable: true };
  }
  const found = options.resolveParent?.(id);
  if (!found) {
    const known = options.knownParents?.() ?? [];
    const args = { parent: id, ...suggestion(id, known) };
    return { issues: at([packIssue('pack_parent_not_found', ['extends'], args)]), warnings: [], unavailable: true };
  }
  if (isPolicyPack(found)) return { merged: found, pack: found, issues: [], warnings: [], unavailable: false };
  const r = checkPack(found, options, [...trail, data.id], id);
  const done = finish(r);
  return {
    ...(done.ok ? { merged: done.value, pack: done.value } : r.merged ? { merged: r.merged } : {}),
    issues: r.issues,
    warnings: r.warnings,
    unavailable: !r.merged,
  };
}

/** Whether a path lies at or under the path of one of the issues. */
function isUnder(path: readonly (string | number)[], issues: readonly Issue[]): boolean {
  return issues.some((i) => i.path.length <= path.length && i.path.every((seg, n) => seg === path[n]));
}

/** Issues sorted by file, line and column (stable; issues without a line keep their place at the end). */
function inFileOrder(issues: Issue[]): Issue[] {
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort(
      (a, b) =>
        (a.issue.file ?? '').localeCompare(b.issue.file ?? '') ||
        (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) ||
        (a.issue.col ?? 0) - (b.issue.col ?? 0) ||
        a.n - b.n,
    )
    .map((x) => x.issue);
}

interface ReadResult {
  file?: string;
  parsed?: ParsedYaml;
  data?: PolicyPackFile;
  issues: Issue[];
  /** For arrays that lost invalid elements: the input index of each element kept. */
  kept: ReadonlyMap<string, readonly number[]>;
}

const NOTHING_DROPPED: ReadonlyMap<string, readonly number[]> = new Map();

/** YAML -> plain data -> schema. Schema issues are located in the YAML; what parsed is kept for the other checks. */
function readInput(input: PackInput): ReadResult {
  const file = input.file;
  const base = { ...(file !== undefined ? { file } : {}), kept: NOTHING_DROPPED };
  let raw: unknown;
  let parsed: ParsedYaml | undefined;
  let notation: Issue[] = [];
  if ('text' in input) {
    const tooLong = checkTextSize(input.text);
    if (tooLong.length) return { ...base, issues: locateIssues(tooLong, fileOnly(file)) };
    parsed = parseYaml(input.text, file);
    if (parsed.issues.length) return { ...base, parsed, issues: [...parsed.issues] };
    raw = parsed.value;
    notation = readFiguresAsWritten(raw, parsed);
  } else {
    const copied = copyPlainData(input.data, 'pack');
    if (copied.issues.length) return { ...base, issues: copied.issues };
    raw = copied.value;
  }
  const withYaml = { ...base, ...(parsed ? { parsed } : {}) };
  const tooLarge = checkPackSize(raw);
  if (tooLarge.length) return { ...withYaml, issues: locateIssues(tooLarge, parsed ?? fileOnly(file)) };
  const result = policyPackSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ...withYaml, data: result.data, issues: locateIssues(notation, parsed) };
  const issues = locateIssues(
    [
      ...notation,
      ...fromZodIssues(result.error.issues, PACK_DOCUMENT, [], (path) => schemaKeysAt(policyPackSchema, path)),
    ],
    parsed ?? fileOnly(file),
  );
  // Keep going with what is usable so that cross-checks and rule checks report their problems in the same run.
  const salvaged = salvageData(policyPackSchema, raw);
  if (!salvaged) return { ...withYaml, issues };
  return { ...withYaml, data: salvaged.value as PolicyPackFile, issues, kept: salvaged.kept };
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
