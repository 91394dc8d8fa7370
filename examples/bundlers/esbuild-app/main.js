// An esbuild bundle for the browser that uses the package root and one bundled pack on its own.
import { computeSla, evaluate, packs } from 'safetynet-cn';
import { chengdu } from 'safetynet-cn/packs/chengdu';

const decision = evaluate(
  chengdu,
  {
    district: 'wenjiang',
    propertyTestPassed: true,
    members: [
      { birthDate: '1972-03-01', incomes: [{ type: 'wage', monthly: '1600' }] },
      { birthDate: '1974-05-01', incomes: [] },
    ],
  },
  { asOf: '2022-06-01' },
);
const sla = computeSla(packs.zhongshan, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });
console.log(JSON.stringify({ category: decision.category, disposalDue: sla.disposalDue }));
