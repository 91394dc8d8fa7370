/**
 * Evaluate benchmark: the national baseline's programmes (as a city pack with a 1160-yuan standard) for
 * generated households, in one process:
 *  - json-rules-engine running the same programme rules (`engine.run` per household and per member,
 *    awaited) on facts computed beforehand — its best case;
 *  - the compiled rules on the same prepared facts (the eligibility core `screen` uses);
 *  - `evaluate` from raw household JSON: validation, facts, every programme, full reasons and actions.
 *
 * Run: npx tsx bench/evaluate.bench.ts [households]
 */
import { evaluate, evaluateCompact, parseHousehold } from '../src/index.js';
import { compilePack, envToFacts, prepareEnvironments } from '../src/engine/index.js';
import { resolvePackOn } from '../src/pack/index.js';
import { createReferenceEngine } from '../src/interop/reference-engine.js';
import type { RuleValue } from '../src/rules/index.js';
import { testCityPack } from '../test/helpers/city-pack.js';
import { createRandom } from './random.js';
import { perSecond, recordRow, SHORT } from './rows.js';

const N = Number(process.argv[2] ?? (SHORT ? 1_000 : 10_000));
/** Timed passes after the warm-up; the fastest counts (the machine is shared: the others are noise). */
const PASSES = SHORT ? 1 : 3;
const AS_OF = '2023-06-01';
const pack = testCityPack();
const compiled = compilePack(pack);

const rnd = createRandom(7);
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const households = Array.from({ length: N }, () => {
  const size = 1 + rnd(5);
  return {
    propertyTestPassed: rnd(10) > 0,
    expenditure: { medical: yuan(rnd(150_000)), education: yuan(rnd(50_000)) },
    assets: { deposits: yuan(rnd(5_000_000)), housingUnits: rnd(2), vehicles: [] },
    situations: rnd(20) === 0 ? ['fire'] : [],
    members: Array.from({ length: size }, (_, i) => ({
      birthDate: `${1940 + rnd(80)}-0${1 + rnd(9)}-1${rnd(9)}`,
      disability: rnd(8) === 0 ? { grade: 1 + rnd(4), kind: 'physical' } : null,
      severeIllness: rnd(10) === 0,
      labourCapacity: 'full',
      inSchool: false,
      hasAbleSupporter: rnd(2) === 0,
      selfCare: 'full',
      incomes: i === 0 ? [{ type: 'wage', monthly: yuan(size * (90_000 + rnd(60_000))) }] : [],
    })),
  };
});

const household = compiled.programmes.filter((p) => p.scope !== 'member');
const member = compiled.programmes.filter((p) => p.scope === 'member');
const refHousehold = createReferenceEngine(
  household.map((p) => ({ name: p.def.id, condition: p.def.eligible as never })),
  { symbols: compiled.symbols.household },
);
const refMember = createReferenceEngine(
  member.map((p) => ({ name: p.def.id, condition: p.def.eligible as never })),
  { symbols: compiled.symbols.member },
);
const prepared = households.map((h) => prepareEnvironments(resolvePackOn(pack, AS_OF), compiled, parseHousehold(h)));
const refFacts = prepared.map((e) => ({
  household: refHousehold.toFacts(envToFacts(compiled.symbols.household, e.household)),
  members: e.members.map((env) => refMember.toFacts(envToFacts(compiled.symbols.member, env))),
}));

async function time(label: string, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < PASSES; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  const rate = N / (best / 1000);
  console.log(`${label.padEnd(58)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} households/s`);
  return rate;
}

const conditions = compiled.programmes.reduce((n, p) => n + p.eligible.leafCount, 0);
console.log(
  `${N} households, ${compiled.programmes.length} programmes (${household.length} per household, ${member.length} per member), ${conditions} conditions\n`,
);
const jre = await time('json-rules-engine (engine.run, facts precomputed)', async () => {
  for (const f of refFacts) {
    await refHousehold.runConverted(f.household);
    for (const m of f.members) await refMember.runConverted(m);
  }
});
let disagreements = 0;
const core = await time('compiled rules (test) on the same facts', () => {
  for (const e of prepared) {
    for (const p of household) p.eligible.test(e.household);
    for (const env of e.members) for (const p of member) p.eligible.test(env);
  }
});
for (let i = 0; i < Math.min(N, 2000); i++) {
  const fired = await refHousehold.runConverted(refFacts[i]!.household);
  for (const p of household)
    if ((p.eligible.test(prepared[i]!.household) === true) !== fired.has(p.def.id)) disagreements++;
}
const full = await time('evaluate (raw JSON -> validated, facts, reasons, actions)', () => {
  for (const h of households) evaluate(pack, h, { asOf: AS_OF });
});
const english = await time("evaluate, lang: 'en' (reasons in one language)", () => {
  for (const h of households) evaluate(pack, h, { asOf: AS_OF, lang: 'en' });
});
const compact = await time('evaluateCompact (no texts, no reasons)', () => {
  for (const h of households) evaluateCompact(pack, h, { asOf: AS_OF });
});
const facts = await time('  of which: validate + derive facts', () => {
  for (const h of households) prepareEnvironments(resolvePackOn(pack, AS_OF), compiled, parseHousehold(h));
});

/** Bytes of JSON (UTF-8) per decision over the households: mean and largest. */
function sizes(make: (h: (typeof households)[number]) => unknown): { mean: number; max: number } {
  let total = 0;
  let max = 0;
  const sample = households.slice(0, 1000);
  for (const h of sample) {
    const bytes = Buffer.byteLength(JSON.stringify(make(h)));
    total += bytes;
    max = Math.max(max, bytes);
  }
  return { mean: total / sample.length, max };
}
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const fullSize = sizes((h) => evaluate(pack, h, { asOf: AS_OF }));
const enSize = sizes((h) => evaluate(pack, h, { asOf: AS_OF, lang: 'en' }));
const compactSize = sizes((h) => evaluateCompact(pack, h, { asOf: AS_OF }));

console.log(`\ncompiled core / json-rules-engine: ${(core / jre).toFixed(0)}×`);
console.log(`evaluate with full reasons / json-rules-engine: ${(full / jre).toFixed(1)}×  (design target: 100×)`);
console.log(
  `validate + facts alone: ${Math.round(facts).toLocaleString('en-US')}/s — the floor for any evaluate of raw JSON`,
);
console.log(
  `one decision as JSON (mean / largest of 1000): full ${kb(fullSize.mean)} / ${kb(fullSize.max)}, English ${kb(enSize.mean)} / ${kb(enSize.max)}, compact ${kb(compactSize.mean)} / ${kb(compactSize.max)}`,
);
console.log(`compiled vs json-rules-engine disagreements on 2000 households: ${disagreements}`);

const group = 'evaluate';
const ofJre = (rate: number) =>
  `${rate / jre >= 10 ? (rate / jre).toFixed(0) : (rate / jre).toFixed(1)}× json-rules-engine`;
recordRow({
  group,
  what: `json-rules-engine engine.run, the cn baseline's ${compiled.programmes.length} programmes (${conditions} conditions), facts prepared`,
  measured: perSecond(jre),
});
recordRow({
  group,
  what: 'eligibility core: the same rules compiled, on the same prepared facts (1 core)',
  measured: perSecond(core),
  ratio: ofJre(core),
  target: '≥ 1 M/s per core',
  verdict: core >= 1e6 ? 'met' : 'not met',
});
recordRow({
  group,
  what: '`evaluate` from raw JSON, reasons in both languages (default)',
  measured: perSecond(full),
  ratio: ofJre(full),
  target: '≥ 100× json-rules-engine',
  verdict: full / jre >= 100 ? 'met' : 'not met',
});
recordRow({ group, what: "`evaluate`, `lang: 'en'`", measured: perSecond(english), ratio: ofJre(english) });
recordRow({ group, what: '`evaluateCompact`', measured: perSecond(compact), ratio: ofJre(compact) });
recordRow({ group, what: 'of which: validate the household and derive its facts', measured: perSecond(facts) });
recordRow({
  group,
  what: 'one decision as JSON, full (mean / largest of 1000 households of 1–5 members)',
  measured: `${kb(fullSize.mean)} / ${kb(fullSize.max)}`,
});
recordRow({ group, what: "one decision as JSON, `lang: 'en'`", measured: `${kb(enSize.mean)} / ${kb(enSize.max)}` });
recordRow({
  group,
  what: 'one decision as JSON, compact',
  measured: `${kb(compactSize.mean)} / ${kb(compactSize.max)}`,
  ratio: `${(fullSize.mean / compactSize.mean).toFixed(0)}× smaller`,
  target: '≤ 3 KB',
  verdict: compactSize.max <= 3 * 1024 ? 'met' : 'not met',
});
if (disagreements) process.exitCode = 1;
export type { RuleValue };
