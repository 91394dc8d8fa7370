// A Vite app that uses the package root, as a front-end would: a decision for a Chengdu family, in the page.
import { evaluate, packs, renderDecision } from 'safetynet-cn';

const decision = evaluate(
  packs.chengdu,
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
document.querySelector('#decision').textContent = renderDecision(decision, { lang: 'en' });
