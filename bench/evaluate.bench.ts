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
import { evaluate, parseHousehold } from '../src/index.js';
import { compilePack, envToFacts, prepareEnvironments } from '../src/engine/index.js';
import { resolvePackOn } from '../src/pack/index.js';
import { createReferenceEngine } from '../src/interop/reference-engine.js';
import type { RuleValue } from '../src/rules/index.js';
import { testCityPack } from '../test/helpers/city-pack.js';
import { createRandom } from './random.js';

const N = Number(process.argv[2] ?? 10_000);
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
  const t0 = performance.now();
  await fn();
  const perSecond = N / ((performance.now() - t0) / 1000);
  console.log(`${label.padEnd(58)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} households/s`);
  return perSecond;
}

console.log(
  `${N} households, ${compiled.programmes.length} programmes (${household.length} per household, ${member.length} per member), ${compiled.programmes.reduce((n, p) => n + p.eligible.leafCount, 0)} conditions\n`,
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
const facts = await time('  of which: validate + derive facts', () => {
  for (const h of households) prepareEnvironments(resolvePackOn(pack, AS_OF), compiled, parseHousehold(h));
});
console.log(`\ncompiled core / json-rules-engine: ${(core / jre).toFixed(0)}×`);
console.log(
  `evaluate with full reasons / json-rules-engine: ${(full / jre).toFixed(1)}×  (design target: 100×, not met; see README "Performance")`,
);
console.log(
  `validate + facts alone: ${Math.round(facts).toLocaleString('en-US')}/s — the floor for any evaluate of raw JSON`,
);
console.log(`compiled vs json-rules-engine disagreements on 2000 households: ${disagreements}`);
if (disagreements) process.exitCode = 1;
export type { RuleValue };
