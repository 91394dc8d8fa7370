/**
 * Rules benchmark: the same 12-condition dibao-like rule through json-rules-engine (`engine.run` per
 * household, awaited) and through the compiled closures (`test`, `explain`), in one process.
 *
 * Run: npx tsx bench/rules.bench.ts [households]
 * Prints households/second and ratios; exits non-zero only if the two paths disagree.
 */
import { Engine } from 'json-rules-engine';
import {
  compileCondition,
  createSymbolTable,
  type Condition,
  type LeafTrace,
  type RuleValue,
} from '../src/rules/index.js';
import { createReferenceEngine } from '../src/interop/reference-engine.js';
import { createRandom } from './random.js';
import { perSecond, recordRow, SHORT } from './rows.js';

const HOUSEHOLDS = Number(process.argv[2] ?? (SHORT ? 2_000 : 20_000));

const money = { type: 'number', scale: 100 } as const; // fen at runtime, yuan in rules
const count = { type: 'number' } as const;
const symbols = createSymbolTable([
  ['incomePerPerson', money],
  ['financialAssetsPerPerson', money],
  ['financialAssets', money],
  ['nonExemptVehicles', count],
  ['housingUnits', count],
  ['householdSize', count],
  ['age', count],
  ['hukou', { type: 'string', values: ['urban', 'rural'] }],
  ['coverage', { type: 'string[]', values: ['dibao', 'special-poverty', 'edge'] }],
  ['ableBodiedWorkingAgeMembers', count],
  ['hasSevereDisability', { type: 'boolean' }],
  ['hasSevereIllness', { type: 'boolean' }],
  ['param:dibao.standard', money],
  ['param:dibao.assetLimitPerPerson', money],
]);

/** Twelve comparisons, as a pack would write them. */
const dibao: Condition = {
  all: [
    { fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } },
    {
      fact: 'financialAssetsPerPerson',
      operator: 'lessThanInclusive',
      value: { fact: 'param:dibao.assetLimitPerPerson' },
    },
    { fact: 'financialAssets', operator: 'lessThan', value: '300000.00' },
    { fact: 'nonExemptVehicles', operator: 'equal', value: 0 },
    { fact: 'housingUnits', operator: 'lessThanInclusive', value: 1 },
    { fact: 'householdSize', operator: 'between', value: [1, 20] },
    { fact: 'age', operator: 'greaterThanInclusive', value: 18 },
    { fact: 'hukou', operator: 'in', value: ['urban', 'rural'] },
    { not: { fact: 'coverage', operator: 'contains', value: 'special-poverty' } },
    {
      any: [
        { fact: 'ableBodiedWorkingAgeMembers', operator: 'lessThanInclusive', value: 1 },
        { fact: 'hasSevereDisability', operator: 'equal', value: true },
        { fact: 'hasSevereIllness', operator: 'equal', value: true },
      ],
    },
  ],
};

function generateHouseholds(n: number): Record<string, RuleValue>[] {
  const rnd = createRandom(2022);
  const out: Record<string, RuleValue>[] = [];
  for (let i = 0; i < n; i++) {
    const size = 1 + rnd(6);
    // Income clusters around the 1160-yuan standard so that many households sit near the boundary.
    const incomeTotal = size * (80_000 + rnd(60_000)) + rnd(3);
    const assets = rnd(4) === 0 ? rnd(50_000_000) : rnd(size * 2_000_000);
    out.push({
      incomePerPerson: size === 1 ? incomeTotal : { n: incomeTotal, d: size },
      financialAssetsPerPerson: size === 1 ? assets : { n: assets, d: size },
      financialAssets: assets,
      nonExemptVehicles: rnd(10) === 0 ? 1 : 0,
      housingUnits: rnd(8) === 0 ? 2 : 1,
      householdSize: size,
      age: 16 + rnd(70),
      hukou: rnd(20) === 0 ? 'other' : rnd(2) === 0 ? 'urban' : 'rural',
      coverage: rnd(15) === 0 ? ['special-poverty'] : rnd(3) === 0 ? ['dibao'] : [],
      ableBodiedWorkingAgeMembers: rnd(4),
      hasSevereDisability: rnd(6) === 0,
      hasSevereIllness: rnd(8) === 0,
      'param:dibao.standard': 116_000,
      'param:dibao.assetLimitPerPerson': 2_784_000,
    });
  }
  return out;
}

function toEnv(household: Record<string, RuleValue>): RuleValue[] {
  const env: RuleValue[] = new Array<RuleValue>(symbols.size);
  for (const [name, s] of symbols) env[s.slot] = household[name];
  return env;
}

/** json-rules-engine with its stock operators on float yuan — what a naive integration would do. */
function toFloatFacts(household: Record<string, RuleValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, s] of symbols) {
    const v = household[name];
    const scale = s.scale ?? 1;
    out[name] =
      typeof v === 'number' ? v / scale : typeof v === 'object' && v !== null && 'n' in v ? v.n / v.d / scale : v;
  }
  return out;
}

function rate(n: number, ms: number): string {
  return `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s`;
}

async function main(): Promise<void> {
  const households = generateHouseholds(HOUSEHOLDS);
  const envs = households.map(toEnv);
  const compiled = compileCondition(dibao, symbols);
  const reference = createReferenceEngine([{ name: 'dibao', condition: dibao }], { symbols });
  const converted = households.map((h) => reference.toFacts(h));
  const stock = new Engine([{ conditions: dibao as never, event: { type: 'dibao' } }], { allowUndefinedFacts: true });
  // Stock json-rules-engine has no `between`; give it the obvious float version.
  stock.addOperator(
    'between',
    (a: number, b: readonly [string | number, string | number]) => a >= Number(b[0]) && a <= Number(b[1]),
  );
  const floats = households.map(toFloatFacts);

  console.log(
    `rules bench: ${HOUSEHOLDS.toLocaleString('en-US')} households, ${compiled.leafCount} conditions, node ${process.version}`,
  );

  // json-rules-engine, exact (decimal.js operators): the reference.
  const jreResults: boolean[] = [];
  let t0 = performance.now();
  for (const facts of converted) jreResults.push((await reference.runConverted(facts)).has('dibao'));
  const jreMs = performance.now() - t0;

  // json-rules-engine, stock operators on floats.
  const stockResults: boolean[] = [];
  t0 = performance.now();
  for (const facts of floats) stockResults.push((await stock.run(facts)).events.length > 0);
  const stockMs = performance.now() - t0;

  // Compiled `test`: warm up, then several passes for a stable figure.
  let sink = 0;
  for (let i = 0; i < 3; i++) for (const env of envs) sink += compiled.test(env) ? 1 : 0;
  const passes = 20;
  t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const env of envs) sink += compiled.test(env) ? 1 : 0;
  const testMs = (performance.now() - t0) / passes;

  // Compiled `explain` (every leaf traced, trace array reused).
  const trace: LeafTrace[] = [];
  for (const env of envs) {
    trace.length = 0;
    sink += compiled.explain(env, trace) ? 1 : 0;
  }
  t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const env of envs) {
      trace.length = 0;
      sink += compiled.explain(env, trace) ? 1 : 0;
    }
  }
  const explainMs = (performance.now() - t0) / passes;

  let mismatches = 0;
  let stockWrong = 0;
  let eligible = 0;
  envs.forEach((env, i) => {
    const r = compiled.test(env);
    if (r) eligible++;
    if (r !== jreResults[i]) mismatches++;
    if (stockResults[i] !== jreResults[i]) stockWrong++;
  });

  const rows: [string, number][] = [
    ['json-rules-engine (exact decimal.js operators)', jreMs],
    ['json-rules-engine (stock operators, float yuan)', stockMs],
    ['compiled test', testMs],
    ['compiled explain (12 traces)', explainMs],
  ];
  for (const [label, ms] of rows) {
    console.log(
      `  ${label.padEnd(50)} ${rate(HOUSEHOLDS, ms).padStart(14)}   ${((ms / HOUSEHOLDS) * 1e6).toFixed(0).padStart(7)} ns/household`,
    );
  }
  console.log(
    `  compiled explain leaf evaluations                  ${rate(HOUSEHOLDS * compiled.leafCount, explainMs).padStart(14)}`,
  );
  console.log(
    `  ratio test    / json-rules-engine (exact):  ${(jreMs / testMs).toFixed(0)}x   (stock: ${(stockMs / testMs).toFixed(0)}x)`,
  );
  console.log(
    `  ratio explain / json-rules-engine (exact):  ${(jreMs / explainMs).toFixed(0)}x   (stock: ${(stockMs / explainMs).toFixed(0)}x)`,
  );
  console.log(
    `  eligible: ${eligible} of ${HOUSEHOLDS}; compiled vs reference mismatches: ${mismatches}; stock float engine wrong: ${stockWrong}`,
  );
  const rule = `one 12-condition rule, ${HOUSEHOLDS.toLocaleString('en-US')} households`;
  recordRow({
    group: 'rules',
    what: `json-rules-engine engine.run (${rule})`,
    measured: perSecond((HOUSEHOLDS / jreMs) * 1000),
  });
  recordRow({
    group: 'rules',
    what: 'the same rule compiled: test',
    measured: perSecond((HOUSEHOLDS / testMs) * 1000),
    ratio: `${(jreMs / testMs).toFixed(0)}× json-rules-engine`,
  });
  recordRow({
    group: 'rules',
    what: 'the same rule compiled: explain (every test traced)',
    measured: perSecond((HOUSEHOLDS / explainMs) * 1000),
    ratio: `${(jreMs / explainMs).toFixed(0)}× json-rules-engine`,
    target: '≥ 100×',
    verdict: jreMs / explainMs >= 100 ? 'met' : 'not met',
  });
  if (sink < 0) console.log(sink); // keep the loops observable
  if (mismatches > 0) process.exitCode = 1;
}

await main();
