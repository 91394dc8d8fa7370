// Writes examples/population.jsonl: 300 Chengdu households whose income per person clusters around the
// 2022 and 2023 standards (zone A 870 → 910, zone B 820 → 860), for `safetynet diff` demonstrations.
import { writeFileSync } from 'node:fs';

let seed = 20230101;
const rnd = (max: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % max;
};
const A = ['wenjiang', 'jinjiang', 'wuhou', 'chenghua', 'shuangliu'];
const B = ['jianyang', 'dujiangyan', 'pengzhou', 'dayi'];
const lines: string[] = [];
for (let i = 0; i < 300; i++) {
  const zoneA = rnd(2) === 0;
  const district = zoneA ? A[rnd(A.length)]! : B[rnd(B.length)]!;
  const size = 1 + rnd(4);
  const perPersonFen = 78_000 + rnd(62_000); // 780.00 … 1399.99 per person
  const total = perPersonFen * size + rnd(size);
  const members = Array.from({ length: size }, (_, k) => ({
    birthDate: `19${70 + rnd(20)}-0${1 + rnd(9)}-1${rnd(9)}`,
    disability: null,
    severeIllness: false,
    labourCapacity: 'full',
    hasAbleSupporter: true,
    inSchool: false,
    selfCare: 'full',
    incomes:
      k === 0 ? [{ type: 'wage', monthly: `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}` }] : [],
  }));
  lines.push(
    JSON.stringify({
      id: `cd-${String(i + 1).padStart(4, '0')}`,
      district,
      hukou: 'urban',
      propertyTestPassed: true,
      expenditure: { medical: '0', education: '0' },
      assets: { deposits: '1000', housingUnits: 1, vehicles: [] },
      members,
    }),
  );
}
writeFileSync('examples/population.jsonl', `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} households to examples/population.jsonl`);
