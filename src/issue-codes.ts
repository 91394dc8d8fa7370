/**
 * Every issue code safetynet can report, from the message catalogues of all areas. `IssueCode` is the
 * union of their keys; `scripts/errors-doc.ts` writes `docs/errors.md` from `ISSUE_CATALOGS`.
 */
import { PLAIN_DATA_MESSAGES, YAML_MESSAGES } from './_lib/index.js';
import { CALENDAR_MESSAGES } from './calendar/index.js';
import { DATE_MESSAGES } from './dates/index.js';
import { ANALYSIS_MESSAGES } from './analysis/index.js';
import { DECISION_MESSAGES } from './decision/index.js';
import { DIFF_MESSAGES } from './diff/index.js';
import { ENGINE_MESSAGES } from './engine/index.js';
import type { Bilingual, MessageCatalog } from './errors/index.js';
import { PACK_MESSAGES } from './pack/index.js';
import { RULE_MESSAGES } from './rules/index.js';
import { SCENARIO_MESSAGES } from './scenarios/index.js';
import { SCHEMA_MESSAGES } from './schema/index.js';
import { SCREEN_MESSAGES } from './screen/index.js';
import { SLA_MESSAGES } from './sla/index.js';
import type { IssueCode } from './generated/issue-codes.js';

export type { IssueCode };

/** One area's catalogue: the folder whose detectors raise its codes, and what that area reads. */
export interface IssueCatalogEntry {
  /** The folder under src/, or a name for a shared reader (`yaml`, `plain-data`). */
  readonly area: string;
  readonly title: Bilingual;
  readonly catalog: MessageCatalog;
}

/**
 * The catalogues of every area, lowest layer first. A new area adds its catalogue here, so that its codes
 * join `IssueCode` and `docs/errors.md`.
 */
export const ISSUE_CATALOGS = [
  { area: 'yaml', title: { zh: '读取 YAML', en: 'Reading YAML' }, catalog: YAML_MESSAGES },
  {
    area: 'plain-data',
    title: { zh: '调用方传入的数据', en: 'Data passed by the caller' },
    catalog: PLAIN_DATA_MESSAGES,
  },
  { area: 'dates', title: { zh: '日期与时间', en: 'Dates and times' }, catalog: DATE_MESSAGES },
  { area: 'rules', title: { zh: '规则条件', en: 'Rule conditions' }, catalog: RULE_MESSAGES },
  {
    area: 'schema',
    title: { zh: '文件与输入的结构', en: 'Shape of files and inputs' },
    catalog: SCHEMA_MESSAGES,
  },
  { area: 'calendar', title: { zh: '工作日日历', en: 'Working-day calendars' }, catalog: CALENDAR_MESSAGES },
  { area: 'pack', title: { zh: '政策包', en: 'Policy packs' }, catalog: PACK_MESSAGES },
  { area: 'engine', title: { zh: '判定', en: 'Deciding' }, catalog: ENGINE_MESSAGES },
  { area: 'decision', title: { zh: '决定', en: 'Decisions' }, catalog: DECISION_MESSAGES },
  { area: 'screen', title: { zh: '人群筛查', en: 'Screening a population' }, catalog: SCREEN_MESSAGES },
  { area: 'sla', title: { zh: '办理时限', en: 'Deadlines' }, catalog: SLA_MESSAGES },
  { area: 'diff', title: { zh: '版本比较', en: 'Comparing pack versions' }, catalog: DIFF_MESSAGES },
  { area: 'analysis', title: { zh: '规则分析', en: 'Rule analysis' }, catalog: ANALYSIS_MESSAGES },
  { area: 'scenarios', title: { zh: '情景测试', en: 'Scenario tests' }, catalog: SCENARIO_MESSAGES },
] as const satisfies readonly IssueCatalogEntry[];

/**
 * The codes of the catalogues, computed from their types. The public `IssueCode` is the same union spelt out in
 * src/generated/issue-codes.ts (`npm run generate`), so that the declarations do not carry every catalogue's type
 * (≈ 1,800 lines in each of dist/index.d.ts and .d.cts); test/issue-codes.test.ts holds the two equal.
 */
export type CatalogCode = CodesOf<(typeof ISSUE_CATALOGS)[number]>;
type CodesOf<E> = E extends { readonly catalog: infer C } ? keyof C & string : never;
