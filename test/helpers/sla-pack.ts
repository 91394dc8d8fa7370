import { getBundledPack } from '../../src/pack/bundled.js';
import type { PolicyPack } from '../../src/pack/types.js';
import { validatePack } from '../../src/pack/validate.js';

/**
 * Test support (imported by tests only): an in-memory city pack with Zhongshan-like urgency classes.
 * The emergency limits (1 hour to receive, 2 working days to dispose) are the only ones the project's
 * sources give, and they are unverified; the urgent and ordinary limits are made up for tests.
 */
export const TEST_PACK_YAML = `
id: test-city
name: { zh: 测试市, en: Test City }
version: 1.2.0
extends: cn
sources:
  zs-2022-guide:
    title: 中山市困难对象主动发现和快速响应工作指引
    issuer: 中山市民政局
    date: "2022"
    verified: false
urgency:
  classes:
    emergency:
      name: { zh: 特急, en: emergency }
      priority: 0
      when:
        any:
          - { fact: lifeAtRisk, operator: equal, value: true }
          - { fact: situations, operator: contains, value: fire }
          - { fact: situations, operator: contains, value: disaster }
      firstResponse: PT1H
      disposal: { workingDays: 2 }
      assistFirst: true
      source: zs-2022-guide
    urgent:
      name: { zh: 紧急, en: urgent }
      priority: 1
      when:
        any:
          - { fact: basicNeedsUnmet, operator: equal, value: true }
          - { fact: peopleAffected, operator: greaterThanInclusive, value: 3 }
          - { fact: hasSevereIllness, operator: equal, value: true }
      firstResponse: PT24H
      disposal: { workingDays: 5 }
      verified: true
    ordinary:
      name: { zh: 一般, en: ordinary }
      priority: 2
      disposal: { workingDays: 15 }
`;

/** Validates a pack text that extends the bundled \`cn\` pack; throws with the issues if it is invalid. */
export function buildTestPack(text: string = TEST_PACK_YAML, file = 'test-city.yaml'): PolicyPack {
  const r = validatePack({ text, file }, { resolveParent: () => getBundledPack('cn') });
  if (!r.ok)
    throw new Error(
      `test pack invalid:\n${r.issues.map((i) => `${i.code} ${i.path.join('.')} ${i.message.en}`).join('\n')}`,
    );
  return r.value;
}

/** The test pack with the clock paused outside office hours (08:30–17:30). */
export function buildOfficeHoursPack(): PolicyPack {
  return buildTestPack(
    TEST_PACK_YAML.replace('id: test-city', 'id: test-office').replace(
      'urgency:\n',
      'urgency:\n  officeHours: { start: "08:30", end: "17:30" }\n  pauseClockOutsideOfficeHours: true\n  atRiskShare: "0.75"\n',
    ),
    'test-office.yaml',
  );
}
