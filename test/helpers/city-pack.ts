import { getBundledPack, validatePack, type PolicyPack } from '../../src/index.js';

/** A city like Zhongshan: one standard, 1160 from 2022, unknown in 2024, 1225 (unverified) from 2025. */
export function testCityPack(): PolicyPack {
  const r = validatePack(
    {
      text: `id: test-city
name: { zh: 测试市, en: Test city }
version: 1.0.0
extends: cn
sources:
  s2022: { title: 2022 standard, issuer: city, date: "2022", verified: true }
  s2025: { title: 2025 standard, issuer: city, date: "2025", verified: false }
parameters:
  dibao.standard:
    unit: CNY/person/month
    values:
      - { from: 2022-01-01, value: "1160", source: s2022 }
      - { from: 2024-01-01, unknown: true }
      - { from: 2025-01-01, value: "1225", source: s2025 }
  localIncome.disposablePerCapita:
    unit: CNY/person
    values:
      - { from: 2022-01-01, value: "60000", source: s2022 }
  dibao.gradualExitMonths:
    unit: months
    values:
      - { from: 2022-01-01, value: 6, source: s2022 }
  hardship.rigidShare:
    unit: ratio
    values:
      - { from: 2022-01-01, value: "0.5", source: s2022 }
`,
      file: 'test-city.yaml',
    },
    { resolveParent: () => getBundledPack('cn') },
  );
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('\n'));
  return r.value;
}
