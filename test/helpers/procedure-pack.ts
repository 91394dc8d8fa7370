import type { PolicyPack } from '../../src/pack/types.js';
import { buildTestPack, TEST_PACK_YAML } from './sla-pack.js';

/**
 * Test support: the SLA test pack with procedures whose limits are made up for tests (except where a
 * comment names a source): every kind of limit, an extension, a pause, a period and an unknown figure.
 */
export const PROCEDURES_YAML = `
procedures:
  review:
    name: { zh: 审核确认, en: review and confirmation }
    source: zs-2022-guide
    verified: true
    stages:
      review:
        name: { zh: 审核确认, en: review and confirmation }
        starts: accepted
        ends: decided
        limit: { workingDays: 25 }
        extensions:
          special:
            name: { zh: 特殊情况, en: special circumstances }
            when: { zh: 公示有异议等, en: disputed publicity and the like }
            limit: { workingDays: 40 }
        pauses:
          awaiting-documents:
            name: { zh: 等待补充材料, en: awaiting documents }
      opinion:
        name: { zh: 区县意见, en: district opinion }
        starts: materials-received
        ends: district-opinion
        limit: { workingDays: 10 }
      publicity:
        name: { zh: 公示, en: publicity }
        starts: publicity-started
        ends: publicity-ended
        limit: { days: 2 }
        period: true
  assist-first:
    name: { zh: 先行救助, en: assist first }
    stages:
      paperwork:
        name: { zh: 补齐手续, en: paperwork }
        starts: assisted
        ends: approved
        limit: PT48H
        verified: false
        pauses:
          hospital:
            name: { zh: 住院, en: in hospital }
  warning:
    name: { zh: 预警处置, en: settling a warning }
    stages:
      settle:
        name: { zh: 限时办结, en: settle }
        starts: warned
        ends: settled
        limit: unknown
`;

/** The SLA test pack with {@link PROCEDURES_YAML}. */
export function buildProcedurePack(): PolicyPack {
  return buildTestPack(`${TEST_PACK_YAML}${PROCEDURES_YAML}`, 'test-procedures.yaml');
}
