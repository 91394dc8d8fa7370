import type { Decision, ProgrammeStatus } from '../decision/index.js';
import type { DeadlineImpact, PackDiff, PopulationImpact } from '../diff/index.js';
import type { Bilingual } from '../errors/index.js';

/** The words of a programme status in a rendered decision. */
export const STATUS_TEXT: Readonly<Record<ProgrammeStatus, Bilingual>> = {
  eligible: { zh: '符合', en: 'eligible' },
  ineligible: { zh: '不符合', en: 'not eligible' },
  undetermined: { zh: '无法判断', en: 'undetermined' },
  'not-applicable': { zh: '不适用', en: 'not applicable' },
};

/** The names of the categories in a rendered decision. */
const CATEGORY_TEXT: Readonly<Record<string, Bilingual>> = {
  'special-poverty': { zh: '特困供养', en: 'special-poverty support' },
  dibao: { zh: '最低生活保障', en: 'subsistence allowance (dibao)' },
  edge: { zh: '低保边缘家庭', en: 'low-income edge family' },
  'expenditure-hardship': { zh: '刚性支出困难家庭', en: 'expenditure-type hardship' },
  temporary: { zh: '临时救助', en: 'temporary assistance' },
  'relatively-difficult': { zh: '相对困难', en: 'relatively difficult' },
  none: { zh: '无', en: 'none' },
};

/** The name of a category in a rendered decision; a category the renderer does not know shows its id. */
export function categoryText(category: string): Bilingual {
  return CATEGORY_TEXT[category] ?? { zh: category, en: category };
}

/** The lines and headings of a decision rendered for a caseworker. */
export const DECISION_RENDER_TEXT = {
  heading: (d: Decision): Bilingual => ({
    zh: `${d.packId} ${d.packVersion} · ${d.asOf}${d.householdId ? ` · 家庭 ${d.householdId}` : ''}`,
    en: `${d.packId} ${d.packVersion} · as of ${d.asOf}${d.householdId ? ` · household ${d.householdId}` : ''}`,
  }),
  outcomeMembers: (programme: Bilingual, members: string): Bilingual => ({
    zh: `${programme.zh}，成员 ${members}`,
    en: `${programme.en}, member ${members}`,
  }),
  outcome: (category: Bilingual, certain: boolean, tier: Bilingual | undefined, via?: Bilingual): Bilingual => ({
    zh: `结论: ${category.zh}${via ? `（经由${via.zh}）` : ''}${certain ? '' : '（尚不确定：有更优先的项目无法判断）'}${tier ? ` · 困难等级: ${tier.zh}` : ''}`,
    en: `Outcome: ${category.en}${via ? ` (through ${via.en})` : ''}${certain ? '' : ' (not final: a stronger programme is undetermined)'}${tier ? ` · tier: ${tier.en}` : ''}`,
  }),
  facts: (f: Decision['facts']): Bilingual => ({
    zh: `家庭人口 ${f.householdSize ?? '?'}，月人均收入 ${f.incomePerPerson ?? '未知'} 元，月刚性支出 ${f.rigidExpenditure ?? '未知'} 元`,
    en: `household of ${f.householdSize ?? '?'}, income per person ${f.incomePerPerson ?? 'unknown'} yuan/month, rigid expenditure ${f.rigidExpenditure ?? 'unknown'} yuan/month`,
  }),
  programmes: { zh: '项目：', en: 'Programmes:' },
  eligibleMembers: (members: string): Bilingual => ({ zh: ` (成员 ${members})`, en: ` (members ${members})` }),
  nextSteps: { zh: '下一步：', en: 'Next steps:' },
  nextDue: (day: string): Bilingual => ({ zh: ` (下次 ${day})`, en: ` (next ${day})` }),
  stillToAsk: { zh: '还需了解：', en: 'Still to ask:' },
  notes: { zh: '说明：', en: 'Notes:' },
} as const;

/** A side of a diff: `` `chengdu` 1.2.0 (as of 2023-06-01) ``. */
function diffSide(s: PackDiff['old']): string {
  return `\`${s.id}\` ${s.version}${s.asOf ? ` (as of ${s.asOf})` : ''}`;
}

/** The headings, table heads and sentences of a pack diff rendered as Markdown (headings in both languages). */
export const DIFF_MARKDOWN_TEXT = {
  title: (d: PackDiff) => `## safetynet diff: ${diffSide(d.old)} → ${diffSide(d.new)}`,
  overrides: ['### What-if 假设值 (applied to the new side)', '', '| parameter | value |', '|---|---|'],
  noPackChange:
    'No change to the pack itself (parameters, rules, urgency limits, zones, cycles, tiers, referrals, sources).',
  parameters: ['### Parameters 参数', '', '| parameter | from | old | new | source |', '|---|---|---|---|---|'],
  sections: ['### Other changes 其他变更', ''],
  programmes: ['### Programmes 项目规则', ''],
  urgency: ['### Urgency limits 紧急程度时限', '', '| class | first response | disposal |', '|---|---|---|'],
  unchanged: 'unchanged',
  population: ['### Effect on the population 对人群的影响', ''],
  populationSummary: (p: PopulationImpact) =>
    `**${p.categoryChanged}** of ${p.households} households change category; ${p.statusChanged} change at least one programme status.${p.errors.length ? ` ${p.errors.length} could not be evaluated.` : ''}`,
  categoryTransitions: ['| category change | households |', '|---|---|'],
  categories: ['| category | before | after |', '|---|---|---|'],
  programmeTransitions: ['| programme | status change | households |', '|---|---|---|'],
  examplesOpen: ['<details><summary>Examples</summary>', ''],
  examplesClose: ['', '</details>', ''],
  deadlines: ['### Effect on deadlines 对办理时限的影响', ''],
  deadlinesSummary: (dl: DeadlineImpact) =>
    `Of ${dl.reports} reports, **${dl.classChanged}** change urgency class, ${dl.firstResponseChanged} change the first-response deadline and ${dl.disposalChanged} the disposal deadline.${dl.errors.length ? ` ${dl.errors.length} could not be computed.` : ''}`,
  deadlineExamples: ['| report | class | first response due | disposal due |', '|---|---|---|---|'],
} as const;
