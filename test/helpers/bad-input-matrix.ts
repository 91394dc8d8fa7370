// The bad-input matrix of issue 12: every bad input a new user tried, grouped by input, each with the outcome
// it must have — a typed error with its exact code, a clear CLI error (exit code and message), or a result
// that is right by design. `classify` runs one case and says what actually happened; test/bad-input-matrix.test.ts
// holds every case to its expected outcome and scripts/bad-input-counts.ts counts the outcomes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  addReviewPeriod,
  addWorkingDays,
  calendarOf,
  computeSla,
  createScreener,
  evaluate,
  getBundledPack,
  parseReport,
  resolveParameter,
  SafetynetError,
  screen,
  validateCalendar,
  validateHousehold,
  validatePack,
  type PackInput,
} from '../../src/index.js';
import { analyzePack, diffPacks } from '../../src/authoring/index.js';
import { loadPack, loadPolicies } from '../../src/node/index.js';
import { BAD_PACKS, resolveParent } from './bad-packs.js';

/** What happened to a bad input. The first three are right; the last three are defects. */
export type Outcome = 'typed-error' | 'cli-error' | 'by-design' | 'silent-wrong' | 'crash' | 'hang';
export const OUTCOMES: readonly Outcome[] = ['typed-error', 'cli-error', 'by-design', 'silent-wrong', 'crash', 'hang'];
export type Group = 'household' | 'options' | 'report' | 'pack' | 'calendar' | 'CLI';

export type BadInputCase =
  /** A library call that must fail with this code: a thrown SafetynetError's code or one of its issues', or an issue of an invalid ValidationResult. */
  | { group: Group; name: string; call: () => unknown; code: string }
  /** A library call whose result is right by design: `check` says whether it is. */
  | { group: Group; name: string; call: () => unknown; byDesign: string; check: (result: unknown) => boolean }
  /** A CLI run that must exit with `exit` and say `message` (on stderr or stdout), without a stack trace. */
  | { group: 'CLI'; name: string; args: () => string[]; input?: string; exit: number; message: RegExp }
  /** A CLI run that is right by design. */
  | {
      group: 'CLI';
      name: string;
      args: () => string[];
      input?: string;
      byDesign: string;
      check: (r: CliRun) => boolean;
    };

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}
export interface Classified {
  readonly outcome: Outcome;
  /** The codes seen (error code and issue codes), or the CLI's exit status and first line of stderr. */
  readonly seen: string;
}

const CLI = resolve('dist/cli.js');
/** A CLI run over this long is a hang. */
const CLI_TIMEOUT_MS = 60_000;

/** Runs the built CLI as a process (asynchronously, so that several cases run at once). */
export function runCli(args: readonly string[], input?: string): Promise<CliRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CLI_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => {}); // a CLI that exits before reading its input
    child.stdin.end(input ?? '');
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ status, stdout, stderr, timedOut: timedOut || signal !== null });
    });
  });
}

/** The same, waiting for it (for a check that compares with a second run). */
function runCliSync(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined || r.signal !== null };
}

const STACK = /\n\s+at [^\n]+:\d+:\d+\)?\n|Error \[ERR_|FATAL ERROR|RangeError|TypeError/;

/** Runs one case and says what happened. */
export async function classify(c: BadInputCase): Promise<Classified> {
  if ('args' in c) {
    const r = await runCli(c.args(), c.input);
    const seen = `exit ${r.status}: ${(r.stderr.split('\n').find((l) => l.trim()) ?? '').slice(0, 160)}`;
    if (r.timedOut) return { outcome: 'hang', seen };
    if (STACK.test(r.stderr)) return { outcome: 'crash', seen };
    if ('check' in c) return { outcome: c.check(r) ? 'by-design' : 'silent-wrong', seen };
    const said = `${r.stdout}\n${r.stderr}`;
    if (r.status === c.exit && c.message.test(said)) return { outcome: 'cli-error', seen };
    return { outcome: r.status === 0 ? 'silent-wrong' : 'crash', seen };
  }
  let result: unknown;
  try {
    result = c.call();
  } catch (err) {
    if (!(err instanceof SafetynetError)) return { outcome: 'crash', seen: `${(err as Error)?.name}: ${String(err)}` };
    const codes = [err.code, ...err.issues.map((i) => i.code)];
    const seen = [...new Set(codes)].join(' ');
    if ('code' in c) return { outcome: codes.includes(c.code) ? 'typed-error' : 'silent-wrong', seen };
    return { outcome: 'silent-wrong', seen };
  }
  const codes = issueCodes(result);
  const seen = codes.length ? codes.join(' ') : 'accepted';
  if ('code' in c) return { outcome: codes.includes(c.code) ? 'typed-error' : 'silent-wrong', seen };
  return { outcome: c.check(result) ? 'by-design' : 'silent-wrong', seen };
}

/** The codes of an invalid ValidationResult's issues, or of a bare list of issues. */
function issueCodes(result: unknown): string[] {
  const r = result as { ok?: boolean; issues?: { code: string }[] } | { code: string }[] | undefined;
  if (Array.isArray(r)) return r.map((i) => i.code);
  if (r && r.ok === false && Array.isArray(r.issues)) return r.issues.map((i) => i.code);
  return [];
}

/** The outcome a case must have. */
export function expectedOutcome(c: BadInputCase): Outcome {
  if ('check' in c) return 'by-design';
  return 'args' in c ? 'cli-error' : 'typed-error';
}

/** Counts per outcome over every case (or those given). */
export function countOutcomes(results: readonly Classified[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) counts[r.outcome]++;
  return counts;
}

// ─── Inputs ────────────────────────────────────────────────────────────────────────────────────────────────────

const chengdu = getBundledPack('chengdu');
const zhongshan = getBundledPack('zhongshan');
const asOf = '2023-06-01';
const ASOF = asOf;
const adult = (extra: Record<string, unknown> = {}) => ({
  birthDate: '1980-01-01',
  disability: null,
  severeIllness: false,
  incomes: [{ type: 'wage', monthly: '1600' }],
  ...extra,
});
const household = (extra: Record<string, unknown> = {}, member: Record<string, unknown> = {}) => ({
  district: 'wuhou',
  propertyTestPassed: true,
  members: [adult(member)],
  ...extra,
});
const decide = (h: unknown, options: Record<string, unknown> = { asOf }) =>
  evaluate(chengdu, h, options as { asOf: string });
const parents = { cn: getBundledPack('cn') };
const head = (id = 'city') => `id: ${id}\nname: { zh: 城市, en: City }\nversion: 1.0.0\nextends: cn\n`;
const sources = 'sources:\n  s: { title: t, issuer: i, date: "2022", verified: true }\n';
const standard = (value: string) =>
  `${head()}${sources}parameters:\n  dibao.standard:\n    unit: CNY/person/month\n    values:\n      - { from: 2022-01-01, value: ${value}, source: s }\n`;
const packText = (text: string) => () => validatePack({ text, file: 'p.yaml' } as PackInput, { resolveParent });

/** A directory of packs written once per process, for the loader and CLI cases. */
let dirs: ReturnType<typeof makeFixtures> | undefined;
export function fixtureDirs(): ReturnType<typeof makeFixtures> {
  dirs ??= makeFixtures();
  return dirs;
}

function makeFixtures() {
  const root = mkdtempSync(join(tmpdir(), 'sn-bad-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    return join(root, path);
  };
  const pack = (id: string, parent = 'cn', extra = '') =>
    `id: ${id}\nname: { zh: ${id}, en: ${id} }\nversion: 1.0.0\nextends: ${parent}\n${extra}`;
  write('cycle/a/pack.yaml', pack('a', 'b'));
  write('cycle/b/pack.yaml', pack('b', 'a'));
  write('cycle/c/pack.yaml', pack('c'));
  for (let i = 0; i < 20; i++) write(`deep/p${i}/pack.yaml`, pack(`p${i}`, i === 0 ? 'cn' : `p${i - 1}`));
  write('mismatch/shenzhen/pack.yaml', pack('chengdu-copy'));
  write('mars/mars/pack.yaml', pack('mars', 'cn', 'timezone: Mars/Phobos\n'));
  mkdirSync(join(root, 'empty'), { recursive: true });
  const population = (n: number) =>
    Array.from({ length: n }, (_, i) => JSON.stringify({ id: `h${i}`, ...household() })).join('\n');
  return {
    root,
    cycle: join(root, 'cycle'),
    deep: join(root, 'deep'),
    deepest: join(root, 'deep', 'p19'),
    mismatch: join(root, 'mismatch', 'shenzhen'),
    mars: join(root, 'mars', 'mars'),
    empty: join(root, 'empty'),
    five: write('five.jsonl', `${population(5)}\n`),
    one: write('one.jsonl', `${population(1)}\n`),
    blank: write('blank.jsonl', ''),
    crOnly: write('cr.jsonl', population(3).replaceAll('\n', '\r')),
    invalidLine: write('invalid.jsonl', `${population(2)}\n{"id":"bad","members":"x"}\nnot json\n`),
    array: write(
      'array.json',
      `[${Array.from({ length: 3 }, (_, i) => JSON.stringify({ id: `a${i}`, ...household() })).join(',')}]\n`,
    ),
    longLine: write('long.jsonl', `${population(2)}\n{"id":"big","note":"${'x'.repeat(9 * 1024 * 1024)}"}\n`),
    badHousehold: write('bad-household.json', JSON.stringify({ members: [{ birthDate: '2023-02-30' }] })),
    futureBirth: write('future.json', JSON.stringify(household({}, { birthDate: '2030-01-01' }))),
    goodHousehold: write('good.json', JSON.stringify(household())),
    diffPopulation: write('diff.jsonl', `${population(2)}\n{"id":"bad","members":[{"birthDate":"2023-02-30"}]}\n`),
  };
}

function zones(n: number): string {
  return `${head()}zones:\n${Array.from({ length: n }, (_, i) => `  z${i}: [d${i}]\n`).join('')}`;
}

/** A getter that reads 1600 when checked and -99999999 after. */
function shiftyHousehold(): unknown {
  let reads = 0;
  const income = {
    type: 'wage',
    get monthly() {
      reads++;
      return reads === 1 ? '1600' : '-99999999';
    },
  };
  return household({}, { incomes: [income] });
}

export const CASES: readonly BadInputCase[] = [
  // ── household ──
  { group: 'household', name: 'null', call: () => validateHousehold(null), code: 'household_wrong_type' },
  { group: 'household', name: 'a string', call: () => validateHousehold('family'), code: 'household_wrong_type' },
  { group: 'household', name: 'an array', call: () => validateHousehold([]), code: 'household_wrong_type' },
  {
    group: 'household',
    name: 'no members',
    call: () => validateHousehold({ members: [] }),
    code: 'household_too_small',
  },
  {
    group: 'household',
    name: 'members not a list',
    call: () => validateHousehold({ members: 'x' }),
    code: 'household_wrong_type',
  },
  {
    group: 'household',
    name: 'a null member',
    call: () => validateHousehold({ members: [null] }),
    code: 'household_wrong_type',
  },
  {
    group: 'household',
    name: 'birth date 2023-02-30',
    call: () => validateHousehold(household({}, { birthDate: '2023-02-30' })),
    code: 'date_not_real',
  },
  {
    group: 'household',
    name: 'birth date 2022-13-45',
    call: () => validateHousehold(household({}, { birthDate: '2022-13-45' })),
    code: 'date_not_real',
  },
  {
    group: 'household',
    name: 'birth date as a number',
    call: () => validateHousehold(household({}, { birthDate: 19800101 })),
    code: 'household_wrong_type',
  },
  {
    group: 'household',
    name: 'income -1600',
    call: () => validateHousehold(household({}, { incomes: [{ type: 'wage', monthly: '-1600' }] })),
    code: 'household_invalid_format',
  },
  {
    group: 'household',
    name: 'income 1e3',
    call: () => validateHousehold(household({}, { incomes: [{ type: 'wage', monthly: '1e3' }] })),
    code: 'household_invalid_format',
  },
  {
    group: 'household',
    name: 'income as the number 1600.5',
    call: () => decide(household({}, { incomes: [{ type: 'wage', monthly: 1600.5 }] })),
    byDesign: 'a number with at most 2 decimals is read exactly as its decimal text',
    check: (d) => (d as { facts: { incomePerPerson?: string } }).facts.incomePerPerson === '1600.50',
  },
  {
    group: 'household',
    name: 'income as the number 0.1 + 0.2',
    call: () => validateHousehold(household({}, { incomes: [{ type: 'wage', monthly: 0.1 + 0.2 }] })),
    code: 'household_invalid',
  },
  {
    group: 'household',
    name: 'income in thousandths',
    call: () => validateHousehold(household({}, { incomes: [{ type: 'wage', monthly: '1600.001' }] })),
    code: 'household_invalid_format',
  },
  {
    group: 'household',
    name: 'income NaN',
    call: () => validateHousehold(household({}, { incomes: [{ type: 'wage', monthly: 'NaN' }] })),
    code: 'household_invalid_format',
  },
  {
    group: 'household',
    name: 'unknown income type',
    call: () => validateHousehold(household({}, { incomes: [{ type: 'lottery', monthly: '1' }] })),
    code: 'household_invalid_value',
  },
  {
    group: 'household',
    name: 'unknown key',
    call: () => validateHousehold(household({ colour: 'red' })),
    code: 'household_unknown_key',
  },
  {
    group: 'household',
    name: '__proto__ key',
    call: () => validateHousehold(JSON.parse('{"members":[{"birthDate":"1980-01-01"}],"__proto__":{"polluted":true}}')),
    code: 'household_unknown_key',
  },
  {
    group: 'household',
    name: 'a cyclic object',
    call: () => {
      const h: Record<string, unknown> = household();
      h.self = h;
      return validateHousehold(h);
    },
    code: 'household_unknown_key',
  },
  {
    group: 'household',
    name: 'unknown district',
    call: () => decide(household({ district: 'wuhuo' })),
    code: 'household_unknown_district',
  },
  {
    group: 'household',
    name: 'member born after asOf',
    call: () => decide(household({}, { birthDate: '2023-06-02' })),
    code: 'household_born_after_as_of',
  },
  {
    group: 'household',
    name: 'supporter born after asOf',
    call: () => decide(household({}, { supporters: [{ birthDate: '2024-01-01' }] })),
    code: 'household_born_after_as_of',
  },
  {
    group: 'household',
    name: 'born 0001-01-01 (2022 years old)',
    call: () => decide(household({}, { birthDate: '0001-01-01' })),
    code: 'household_age_implausible',
  },
  {
    group: 'household',
    name: '131 years old',
    call: () => decide(household({}, { birthDate: '1892-01-01' })),
    code: 'household_age_implausible',
  },
  {
    group: 'household',
    name: 'an income that changes after it was checked (getter)',
    call: () => decide(shiftyHousehold()),
    byDesign: 'decided on the copy checked: 1600 a month, not dibao',
    check: (d) => (d as { facts: { incomePerPerson?: string } }).facts.incomePerPerson === '1600.00',
  },
  {
    group: 'household',
    name: 'inherited properties',
    call: () => decide(Object.create(household())),
    byDesign: 'copied as plain data: decided as the same household written out',
    check: (d) => JSON.stringify(d) === JSON.stringify(decide(household())),
  },
  {
    group: 'household',
    name: 'the caller’s household is not changed or frozen',
    call: () => {
      const h = household();
      const before = JSON.stringify(h);
      decide(h);
      return JSON.stringify(h) === before && !Object.isFrozen(h.members[0]);
    },
    byDesign: 'inputs are read, never written',
    check: (same) => same === true,
  },

  // ── options ──
  {
    group: 'options',
    name: 'evaluate without options',
    call: () => evaluate(chengdu, household(), undefined as never),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'asOf 2022-13-45',
    call: () => decide(household(), { asOf: '2022-13-45' }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'asOf 2023-02-30',
    call: () => decide(household(), { asOf: '2023-02-30' }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'asOf 2022-00-00',
    call: () => decide(household(), { asOf: '2022-00-00' }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'asOf 2023/06/01',
    call: () => decide(household(), { asOf: '2023/06/01' }),
    code: 'bad_date',
  },
  { group: 'options', name: 'asOf as a Date', call: () => decide(household(), { asOf: new Date() }), code: 'bad_date' },
  {
    group: 'options',
    name: "knownAt 'yesterday'",
    call: () => decide(household(), { asOf, knownAt: 'yesterday' }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'screen asOf 2023/06/01',
    call: () => screen(chengdu, [{ id: 'a', household: household() }], { asOf: '2023/06/01' }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'createScreener asOf 2023-02-30',
    call: () => createScreener(chengdu, { asOf: '2023-02-30' }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'diffPacks asOf 2023/06/01',
    call: () => diffPacks(chengdu, chengdu, { asOf: '2023/06/01', population: [] }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'diffPacks newAsOf 2023-02-30',
    call: () => diffPacks(chengdu, chengdu, { asOf, newAsOf: '2023-02-30', population: [] }),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'resolveParameter on 2023-02-30',
    call: () => resolveParameter(chengdu, 'dibao.standard', '2023-02-30'),
    code: 'bad_date',
  },
  {
    group: 'options',
    name: 'addReviewPeriod from 2023-02-30',
    call: () => addReviewPeriod('2023-02-30', { months: 1 }, 'Asia/Shanghai'),
    code: 'calendar_bad_date',
  },
  {
    group: 'options',
    name: 'addReviewPeriod in Mars/Phobos',
    call: () => addReviewPeriod('2023-01-31', { months: 1 }, 'Mars/Phobos'),
    code: 'calendar_bad_timezone',
  },
  {
    group: 'options',
    name: 'evaluate(undefined, h)',
    call: () => evaluate(undefined as never, household(), { asOf }),
    code: 'pack_invalid_argument',
  },
  {
    group: 'options',
    name: 'evaluate({}, h)',
    call: () => evaluate({} as never, household(), { asOf }),
    code: 'pack_invalid_argument',
  },
  {
    group: 'options',
    name: "evaluate('chengdu', h)",
    call: () => evaluate('chengdu' as never, household(), { asOf }),
    code: 'pack_invalid_argument',
  },
  ...(['constructor', 'toString', '__proto__', 'valueOf', 'no.such'] as const).map(
    (key): BadInputCase => ({
      group: 'options',
      name: `resolveParameter '${key}'`,
      call: () => resolveParameter(chengdu, key as never, asOf),
      code: 'param_unknown_key',
    }),
  ),
  ...(['__proto__', 'constructor', 'toString', 'valueOf', 'no.such'] as const).map(
    (key): BadInputCase => ({
      group: 'options',
      name: `override key '${key}'`,
      call: () => decide(household(), { asOf, overrides: JSON.parse(`{"${key}":"1000"}`) }),
      code: 'override_unknown_parameter',
    }),
  ),
  {
    group: 'options',
    name: "override value 'abc'",
    call: () => decide(household(), { asOf, overrides: { 'dibao.standard': 'abc' } }),
    code: 'override_invalid',
  },
  {
    group: 'options',
    name: 'override value 1e3',
    call: () => decide(household(), { asOf, overrides: { 'dibao.standard': '1e3' } }),
    code: 'override_invalid',
  },
  {
    group: 'options',
    name: 'screen over [null]',
    call: () => screen(chengdu, [null as never], { asOf }),
    byDesign: 'an invalid record, by position; the rest are screened',
    check: (r) => (r as { errors: { issues?: { code: string }[] }[] }).errors.length === 1,
  },
  {
    group: 'options',
    name: 'diffPacks over [null]',
    call: () => diffPacks(chengdu, chengdu, { asOf, population: [null as never] }),
    byDesign: 'an invalid record, by position',
    check: (r) => JSON.stringify(r).includes('population_bad_record'),
  },
  {
    group: 'options',
    name: 'analyzePack samples -1',
    call: () => analyzePack(chengdu, { samples: -1 }),
    code: 'analysis_bad_option',
  },

  // ── report ──
  { group: 'report', name: 'null', call: () => parseReport(null), code: 'report_wrong_type' },
  { group: 'report', name: 'a string', call: () => parseReport('2024-09-30'), code: 'report_wrong_type' },
  { group: 'report', name: 'no receivedAt', call: () => parseReport({}), code: 'report_missing_field' },
  {
    group: 'report',
    name: 'receivedAt without offset',
    call: () => parseReport({ receivedAt: '2024-09-30T17:30:00' }),
    code: 'report_missing_offset',
  },
  {
    group: 'report',
    name: 'receivedAt on 2024-02-30',
    call: () => parseReport({ receivedAt: '2024-02-30T17:30:00+08:00' }),
    code: 'report_bad_timestamp',
  },
  {
    group: 'report',
    name: 'receivedAt hour 25',
    call: () => parseReport({ receivedAt: '2024-09-30T25:30:00+08:00' }),
    code: 'report_bad_timestamp',
  },
  {
    group: 'report',
    name: 'unknown channel',
    call: () => parseReport({ receivedAt: '2024-09-30T17:30:00+08:00', channel: 'fax' }),
    code: 'report_invalid_value',
  },
  {
    group: 'report',
    name: '__proto__ key',
    call: () => parseReport(JSON.parse('{"receivedAt":"2024-09-30T17:30:00+08:00","__proto__":{"x":1}}')),
    code: 'report_forbidden_key',
  },
  {
    group: 'report',
    name: 'computeSla on a pack without urgency',
    call: () => computeSla(getBundledPack('cn'), { receivedAt: '2024-09-30T17:30:00+08:00' }),
    code: 'pack_no_urgency',
  },

  // ── pack ──
  ...BAD_PACKS.map(
    ([name, input, code]): BadInputCase => ({
      group: 'pack',
      name,
      call: () => validatePack(input, { resolveParent }),
      code,
    }),
  ),
  {
    group: 'pack',
    name: 'zone keys 1 and "1"',
    call: packText(`${head()}zones:\n  1: [a]\n  "1": [b]\n`),
    code: 'yaml_duplicate_key',
  },
  { group: 'pack', name: 'value 1e3', call: packText(standard('1e3')), code: 'param_value_notation' },
  { group: 'pack', name: 'value 0x384', call: packText(standard('0x384')), code: 'param_value_notation' },
  {
    group: 'pack',
    name: 'value 900.00000000000000001',
    call: packText(standard('900.00000000000000001')),
    code: 'param_money_precision',
  },
  { group: 'pack', name: 'value +900', call: packText(standard('+900')), code: 'param_value_notation' },
  {
    group: 'pack',
    name: 'timezone Mars/Phobos',
    call: packText(`${head()}timezone: Mars/Phobos\n`),
    code: 'pack_unknown_time_zone',
  },
  {
    group: 'pack',
    name: 'id not its directory',
    call: () => loadPack(fixtureDirs().mismatch, { parents }),
    code: 'pack_id_mismatch',
  },
  {
    group: 'pack',
    name: 'loadPolicies over an extends cycle',
    call: () => loadPolicies(fixtureDirs().cycle, { parents }),
    code: 'pack_extends_cycle',
  },
  {
    group: 'pack',
    name: 'a 20-level extends chain',
    call: () => loadPack(fixtureDirs().deepest, { parents }),
    code: 'pack_extends_too_deep',
  },
  {
    group: 'pack',
    name: 'a missing directory',
    call: () => loadPack(join(tmpdir(), 'no-such-pack-dir')),
    code: 'pack_file_not_found',
  },
  {
    group: 'pack',
    name: 'a directory with no pack.yaml',
    call: () => loadPack(fixtureDirs().empty),
    code: 'pack_file_not_found',
  },
  {
    group: 'pack',
    name: 'validatePack(undefined)',
    call: () => validatePack(undefined as never),
    code: 'pack_input_invalid',
  },
  {
    group: 'pack',
    name: 'validatePack({ data: 42 })',
    call: () => validatePack({ data: 42 }),
    code: 'pack_wrong_type',
  },
  { group: 'pack', name: '10 001 zones (over the limit)', call: packText(zones(10_001)), code: 'pack_too_large' },
  {
    group: 'pack',
    name: 'analysis over a budget',
    call: () => analyzePack(zhongshan, { budget: 1 }),
    byDesign: 'a warning: not analysed, too large',
    check: (issues) => (issues as { code: string }[]).some((i) => i.code === 'analysis_too_large'),
  },

  // ── calendar ──
  {
    group: 'calendar',
    name: 'not YAML',
    call: () => validateCalendar('years: [unclosed'),
    code: 'calendar_yaml_syntax',
  },
  { group: 'calendar', name: 'an empty file', call: () => validateCalendar(''), code: 'calendar_wrong_type' },
  {
    group: 'calendar',
    name: 'an impossible holiday',
    call: () => validateCalendar(calendarWith('2024', holiday('2024-02-30', '2024-02-30'))),
    code: 'calendar_bad_date',
  },
  {
    group: 'calendar',
    name: 'a holiday ending before it starts',
    call: () => validateCalendar(calendarWith('2024', holiday('2024-05-05', '2024-05-01'))),
    code: 'calendar_bad_range',
  },
  {
    group: 'calendar',
    name: 'a holiday in another year',
    call: () => validateCalendar(calendarWith('2024', holiday('2025-05-01', '2025-05-01'))),
    code: 'calendar_date_outside_year',
  },
  {
    group: 'calendar',
    name: 'a year 20240',
    call: () => validateCalendar(calendarWith('20240', holiday('2024-05-01', '2024-05-01'))),
    code: 'calendar_invalid_format',
  },
  {
    group: 'calendar',
    name: 'a make-up workday on a Wednesday',
    call: () =>
      validateCalendar(calendarWith('2024', `${holiday('2024-05-02', '2024-05-02')}    workdays: [2024-05-01]\n`)),
    code: 'calendar_workday_not_weekend',
  },
  {
    group: 'calendar',
    name: 'an unknown key',
    call: () => validateCalendar(`${calendarWith('2024', holiday('2024-05-01', '2024-05-01'))}colour: red\n`),
    code: 'calendar_unknown_key',
  },
  {
    group: 'calendar',
    name: 'a holiday of 60 days',
    call: () => validateCalendar(calendarWith('2024', holiday('2024-01-01', '2024-02-29'))),
    code: 'calendar_holiday_too_long',
  },
  {
    group: 'calendar',
    name: 'timezone Mars/Phobos',
    call: () =>
      validateCalendar(
        calendarWith('2024', holiday('2024-05-01', '2024-05-01')).replace('Asia/Shanghai', 'Mars/Phobos'),
      ),
    code: 'calendar_bad_timezone',
  },
  {
    group: 'calendar',
    name: 'addWorkingDays past the last year covered',
    call: () => addWorkingDays(calendarOf(chengdu), '2099-06-01', 5),
    code: 'calendar_year_not_covered',
  },
  {
    group: 'calendar',
    name: 'addWorkingDays 1.5 days',
    call: () => addWorkingDays(calendarOf(chengdu), '2024-06-03', 1.5),
    code: 'calendar_bad_count',
  },
  {
    group: 'calendar',
    name: 'addWorkingDays from 2024-02-30',
    call: () => addWorkingDays(calendarOf(chengdu), '2024-02-30', 1),
    code: 'calendar_bad_date',
  },

  // ── CLI ──
  ...cliCases(),
];

function calendarWith(year: string, body: string): string {
  return `id: test\nname: { zh: t, en: t }\ntimezone: Asia/Shanghai\nweekend: [saturday, sunday]\nyears:\n  ${year}:\n    source: { title: t, issuer: i, date: 2023-10-25, verified: true }\n${body}`;
}
const holiday = (from: string, to: string) =>
  `    holidays:\n      - { name: { zh: 节, en: Day }, from: ${from}, to: ${to} }\n`;

function cliError(name: string, args: () => string[], exit: number, message: RegExp): BadInputCase {
  return { group: 'CLI', name, args, exit, message };
}
/** Screen output with --workers n equals the --workers 1 output (items and counts). */
function sameAsOneWorker(name: string, file: () => string, workers: string): BadInputCase {
  return {
    group: 'CLI',
    name,
    args: () => ['screen', '--pack', 'chengdu', '--as-of', ASOF, '--workers', workers, '--json', file()],
    byDesign: 'the same output as --workers 1',
    check: (r: CliRun) => {
      const one = runCliSync(['screen', '--pack', 'chengdu', '--as-of', ASOF, '--workers', '1', '--json', file()]);
      const strip = (s: string) => s.replace(/"(elapsed\w*|seconds|ms)":[\d.]+/g, '');
      return r.status === one.status && strip(r.stdout) === strip(one.stdout);
    },
  };
}

function cliCases(): BadInputCase[] {
  const d = fixtureDirs;
  const elder = 'examples/households/chengdu-wenjiang-2022.json';
  const pop = 'examples/population.jsonl';
  return [
    cliError(
      'screen --as-of 2023/06/01',
      () => ['screen', '--pack', 'chengdu', '--as-of', '2023/06/01', pop],
      1,
      /asOf must be a real calendar date YYYY-MM-DD, got 2023\/06\/01/,
    ),
    cliError(
      'evaluate --as-of 2023-02-30',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', '2023-02-30', elder],
      1,
      /asOf must be a real calendar date YYYY-MM-DD, got 2023-02-30/,
    ),
    cliError(
      'evaluate --as-of 2022-00-00',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', '2022-00-00', elder],
      1,
      /asOf must be a real calendar date YYYY-MM-DD, got 2022-00-00/,
    ),
    cliError(
      'evaluate --known-at yesterday',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, '--known-at', 'yesterday', elder],
      2,
      /--known-at must be YYYY-MM-DD/,
    ),
    cliError(
      'diff --as-of 2023/06/01',
      () => ['diff', 'chengdu', 'chengdu', '--population', pop, '--as-of', '2023/06/01'],
      1,
      /asOf must be a real calendar date YYYY-MM-DD, got 2023\/06\/01/,
    ),
    cliError(
      'diff --new-as-of 2023-02-30',
      () => ['diff', 'chengdu', 'chengdu', '--population', pop, '--as-of', asOf, '--new-as-of', '2023-02-30'],
      1,
      /newAsOf must be a real calendar date YYYY-MM-DD, got 2023-02-30/,
    ),
    cliError(
      'validate --today 2023-13-01',
      () => ['validate', 'policies/chengdu', '--today', '2023-13-01'],
      2,
      /--today must be YYYY-MM-DD/,
    ),
    cliError(
      'sla --received without offset',
      () => ['sla', '--pack', 'chengdu', '--received', '2024-09-30T17:30:00', '--class', 'x'],
      1,
      /the timestamp has no UTC offset/,
    ),
    cliError(
      'evaluate a household born after asOf',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, d().futureBirth],
      1,
      /household_born_after_as_of|出生|born/i,
    ),
    cliError(
      'evaluate an impossible birth date',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, d().badHousehold],
      1,
      /members\[0\]\.birthDate .*not a real calendar date/,
    ),
    cliError(
      'evaluate a directory as the household',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, d().empty],
      1,
      /Is a directory: .*empty/,
    ),
    cliError(
      'evaluate a missing household file',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, 'no-such.json'],
      1,
      /File not found: no-such\.json/,
    ),
    cliError(
      'evaluate --pack of a missing directory',
      () => ['evaluate', '--pack', 'no/such/dir', '--as-of', asOf, elder],
      1,
      /No pack "no\/such\/dir"/,
    ),
    cliError(
      'evaluate --pack of an unknown id',
      () => ['evaluate', '--pack', 'chengduu', '--as-of', asOf, elder],
      1,
      /No pack "chengduu"; did you mean "chengdu"/,
    ),
    cliError(
      'evaluate --set __proto__=1',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, '--set', '__proto__=1', elder],
      1,
      /has no parameter __proto__/,
    ),
    cliError(
      'evaluate --set constructor=1',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, '--set', 'constructor=1', elder],
      1,
      /has no parameter constructor/,
    ),
    cliError(
      'evaluate --set twice',
      () => [
        'evaluate',
        '--pack',
        'chengdu',
        '--as-of',
        asOf,
        '--set',
        'dibao.standard=A:1,B:1',
        '--set',
        'dibao.standard=A:2,B:2',
        elder,
      ],
      2,
      /dibao\.standard/,
    ),
    cliError(
      'evaluate --set abc',
      () => ['evaluate', '--pack', 'chengdu', '--as-of', asOf, '--set', 'dibao.standard=abc', elder],
      1,
      /"abc" is not a non-negative decimal/,
    ),
    cliError('validate a pack in Mars/Phobos', () => ['validate', '--no-analyze', d().mars], 1, /unknown time zone/),
    cliError(
      'validate an extends cycle',
      () => ['validate', '--no-analyze', d().cycle],
      1,
      /Circular extends: a → b → a/,
    ),
    cliError(
      'validate a pack id that is not its directory',
      () => ['validate', '--no-analyze', d().mismatch],
      1,
      /Pack id "chengdu-copy" does not match its directory "shenzhen"/,
    ),
    cliError('validate a directory with no packs', () => ['validate', d().empty], 1, /No pack at .*empty\/pack\.yaml/),
    cliError('test a directory with no packs', () => ['test', d().empty], 1, /No pack at .*empty\/pack\.yaml/),
    cliError(
      'screen a file with invalid lines',
      () => ['screen', '--pack', 'chengdu', '--as-of', asOf, '--workers', '1', d().invalidLine],
      1,
      /line 3|line 4|第 3 行/i,
    ),
    cliError(
      'screen a file with invalid lines, 2 workers',
      () => ['screen', '--pack', 'chengdu', '--as-of', asOf, '--workers', '2', d().invalidLine],
      1,
      /line 3|line 4|第 3 行/i,
    ),
    cliError(
      'screen a 9 MB line',
      () => ['screen', '--pack', 'chengdu', '--as-of', asOf, '--workers', '2', d().longLine],
      1,
      /line 3|第 3 行/i,
    ),
    cliError(
      'diff with a household that cannot be decided',
      () => ['diff', 'chengdu', 'chengdu', '--population', d().diffPopulation, '--as-of', asOf],
      1,
      /bad|line 3|第 3 行/i,
    ),
    cliError(
      'screen --workers 0',
      () => ['screen', '--pack', 'chengdu', '--as-of', asOf, '--workers', '0', pop],
      2,
      /workers/,
    ),
    cliError('an unknown command', () => ['frobnicate'], 2, /frobnicate/),
    cliError('an unknown flag', () => ['validate', '--no-such-flag'], 2, /no-such-flag/),
    sameAsOneWorker('screen --workers 8 on 5 lines', () => d().five, '8'),
    sameAsOneWorker('screen --workers 2 on an empty file', () => d().blank, '2'),
    sameAsOneWorker('screen --workers 2 on one line', () => d().one, '2'),
    sameAsOneWorker('screen --workers 2 on a CR-only file', () => d().crOnly, '2'),
    sameAsOneWorker('screen --workers 2 on a JSON array', () => d().array, '2'),
    sameAsOneWorker('screen --workers 3 on the example population', () => pop, '3'),
  ];
}
