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

/** The names of the categories (and the other kinds of coverage a programme gives) in a rendered decision. */
export const CATEGORY_TEXT: Readonly<Record<string, Bilingual>> = {
  'special-poverty': { zh: '特困供养', en: 'special-poverty support' },
  dibao: { zh: '最低生活保障', en: 'subsistence allowance (dibao)' },
  edge: { zh: '低保边缘家庭', en: 'low-income edge family' },
  'expenditure-hardship': { zh: '刚性支出困难家庭', en: 'expenditure-type hardship' },
  temporary: { zh: '临时救助', en: 'temporary assistance' },
  'relatively-difficult': { zh: '相对困难', en: 'relatively difficult' },
  'elderly-disability-subsidy': { zh: '高龄失能补贴', en: 'elderly-disability subsidy' },
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
    `Of ${dl.reports} reports, **${dl.classChanged}** change urgency class, ${dl.firstResponseChanged} change the first-response deadline and ${dl.disposalChanged} the disposal deadline.${dl.errors.length ? ` ${dl.errors.length} could not be computed.` : ''}${dl.beyondCalendar.length ? ` ${dl.beyondCalendar.length} have a deadline in a year the calendar does not cover (${[...new Set(dl.beyondCalendar.flatMap((b) => b.years))].sort((a, b) => a - b).join(', ')}): that deadline is not compared.` : ''}`,
  deadlineExamples: ['| report | class | first response due | disposal due |', '|---|---|---|---|'],
} as const;

const yesNo = (v: boolean): Bilingual => (v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' });

/** How a condition reads in the policy book: its connectives and operators in words. */
export const CONDITION_TEXT = {
  all: { zh: '同时满足以下全部', en: 'all of' },
  any: { zh: '满足以下任一', en: 'any of' },
  not: { zh: '不满足', en: 'not' },
  unknown: { zh: '未知', en: 'unknown' },
  yesNo,
  operators: {
    equal: { zh: '=', en: '=' },
    notEqual: { zh: '≠', en: '≠' },
    lessThan: { zh: '<', en: '<' },
    lessThanInclusive: { zh: '≤', en: '≤' },
    greaterThan: { zh: '>', en: '>' },
    greaterThanInclusive: { zh: '≥', en: '≥' },
    in: { zh: '属于', en: 'is one of' },
    notIn: { zh: '不属于', en: 'is none of' },
    contains: { zh: '包含', en: 'includes' },
    doesNotContain: { zh: '不包含', en: 'does not include' },
    between: { zh: '介于', en: 'is between' },
  } as Readonly<Record<string, Bilingual>>,
} as const;

/** The headings, labels and sentences of the policy book. */
export const BOOK_TEXT = {
  title: { zh: '政策手册', en: 'policy book' },
  generated: (
    pack: { id: string; version: string; lineage: readonly string[]; files: readonly string[] },
    sdk: string,
    digest: string,
  ): Bilingual => ({
    zh: `由 safetynet ${sdk} 根据政策包 ${pack.id} ${pack.version}（${pack.lineage.join(' → ')}）生成，供审阅；以政策包为准。摘要 ${digest}`,
    en: `Generated by safetynet ${sdk} from pack ${pack.id} ${pack.version} (${pack.lineage.join(' → ')}) for review; the pack is authoritative. Digest ${digest}`,
  }),
  summary: { zh: '概要', en: 'Summary' },
  gaps: { zh: '未知与未核实', en: 'Unknown and unverified' },
  programmes: { zh: '救助项目', en: 'Programmes' },
  parameters: { zh: '参数', en: 'Parameters' },
  zones: { zh: '分区', en: 'Zones' },
  urgency: { zh: '紧急程度分类', en: 'Urgency classes' },
  schedules: { zh: '困难等级、回访与核查', en: 'Difficulty tiers, visits and reviews' },
  referrals: { zh: '转介', en: 'Referrals' },
  supporters: { zh: '法定义务人', en: 'Legal supporters' },
  income: { zh: '收入计算', en: 'Income rules' },
  transitions: { zh: '待遇衔接', en: 'Transitions' },
  procedures: { zh: '办理程序与时限', en: 'Procedures and time limits' },
  sources: { zh: '来源文件', en: 'Sources' },
  changes: { zh: '变更记录', en: 'Changes' },
  tiers: { zh: '困难等级', en: 'Difficulty tiers' },
  cycles: { zh: '回访周期', en: 'Cycles' },
  reviews: { zh: '核查规则', en: 'Review rules' },
  field: {
    what: { zh: '项目', en: 'what' },
    value: { zh: '内容', en: 'value' },
    id: { zh: '编号', en: 'id' },
    version: { zh: '版本', en: 'version' },
    lineage: { zh: '继承', en: 'lineage' },
    jurisdiction: { zh: '辖区', en: 'jurisdiction' },
    timezone: { zh: '时区', en: 'time zone' },
    calendar: { zh: '工作日日历', en: 'working-day calendar' },
    counts: { zh: '规模', en: 'size' },
    category: { zh: '类别', en: 'category' },
    subject: { zh: '认定对象', en: 'judged per' },
    rank: { zh: '优先级', en: 'rank' },
  },
  col: {
    version: { zh: '版本', en: 'version' },
    date: { zh: '日期', en: 'date' },
    summary: { zh: '摘要', en: 'summary' },
    what: { zh: '对象', en: 'what' },
    where: { zh: '期间或数值', en: 'period or value' },
    gap: { zh: '问题', en: 'gap' },
    source: { zh: '来源', en: 'source' },
    note: { zh: '说明', en: 'note' },
    from: { zh: '起始日期', en: 'from' },
    to: { zh: '截止日期', en: 'to' },
    value: { zh: '数值', en: 'value' },
    verified: { zh: '核实', en: 'verified' },
    zone: { zh: '分区', en: 'zone' },
    districts: { zh: '区县', en: 'districts' },
    class: { zh: '类别', en: 'class' },
    priority: { zh: '优先级', en: 'priority' },
    firstResponse: { zh: '首次响应时限', en: 'first response' },
    disposal: { zh: '处置时限', en: 'disposal' },
    assistFirst: { zh: '先行救助', en: 'assist first' },
    id: { zh: '编号', en: 'id' },
    name: { zh: '名称', en: 'name' },
    every: { zh: '周期', en: 'every' },
    document: { zh: '文件', en: 'document' },
    url: { zh: '网址', en: 'URL' },
    incomeType: { zh: '收入类型', en: 'income type' },
    test: { zh: '适用的认定', en: 'test' },
    status: { zh: '计入', en: 'counted' },
    stage: { zh: '环节', en: 'stage' },
    events: { zh: '起止事件', en: 'from → to event' },
    limit: { zh: '时限', en: 'limit' },
  },
  counts: (p: {
    parameters: Readonly<Record<string, unknown>>;
    programmes: Readonly<Record<string, unknown>>;
    sources: Readonly<Record<string, unknown>>;
  }): Bilingual => {
    const [a, b, c] = [p.programmes, p.parameters, p.sources].map((x) => Object.keys(x).length);
    return { zh: `${a} 个项目，${b} 个参数，${c} 份来源文件`, en: `${a} programmes, ${b} parameters, ${c} sources` };
  },
  noGaps: { zh: '没有未知期间，数值和规则均已核实。', en: 'No unknown period; every figure and rule is verified.' },
  gapsIntro: {
    zh: '以下数值或规则未知、未经核实或没有来源：审阅时请逐项确认或补充文件。',
    en: 'These figures or rules are unknown, not verified or without a source: confirm each or find the document.',
  },
  gapUnknown: { zh: '数值未知', en: 'figure unknown' },
  gapUnverified: { zh: '数值未经核实', en: 'figure not verified' },
  gapUnsourced: { zh: '规则没有注明来源', en: 'rule cites no source' },
  gapRuleUnverified: { zh: '规则所依据的来源未经核实', en: 'rule rests on an unverified source' },
  gapLimitUnknown: { zh: '时限未知', en: 'limit unknown' },
  gapLimitUnverified: { zh: '时限未经核实', en: 'limit not verified' },
  procedureStage: { zh: '办理环节', en: 'procedure stage' },
  period: { zh: '须满期的期间，如公示', en: 'a period that must run in full, e.g. publicity' },
  extended: { zh: '延长：', en: 'extended:' },
  paused: { zh: '暂停计时：', en: 'clock stops:' },
  gapIncomeOpen: { zh: '是否计入收入未知', en: 'whether it counts is unknown' },
  kind: {
    programme: { zh: '项目', en: 'programme' },
    tier: { zh: '困难等级', en: 'tier' },
    referral: { zh: '转介', en: 'referral' },
    review: { zh: '核查规则', en: 'review rule' },
    cycle: { zh: '周期', en: 'cycle' },
    transition: { zh: '待遇衔接', en: 'transition' },
    'urgency-class': { zh: '紧急程度分类', en: 'urgency class' },
  },
  unknown: { zh: '未知', en: 'unknown' },
  notCounted: { zh: '不计入', en: 'not counted' },
  round: (mode: string, to: string): Bilingual => ({
    zh: `${mode === 'up' ? '向上' : mode === 'down' ? '向下' : '四舍五入'}取整到${to === 'yuan' ? '元' : '分'}`,
    en: `rounded ${mode} to the ${to}`,
  }),
  published: (day: string): Bilingual => ({ zh: `${day} 公布`, en: `published ${day}` }),
  noValues: {
    zh: '没有数值：由继承本政策包的城市政策包给出。',
    en: 'No values: each city pack extending this one gives them.',
  },
  byZone: { zh: '按分区', en: 'by zone' },
  byHukou: { zh: '按城乡户籍', en: 'by hukou' },
  yearly: { zh: '每年调整', en: 'reviewed yearly' },
  definedIn: (id: string): Bilingual => ({ zh: `来自 ${id}`, en: `from ${id}` }),
  perMember: { zh: '每名成员', en: 'each member' },
  perHousehold: { zh: '整个家庭', en: 'the household' },
  disabled: { zh: '已停用（enabled: false）', en: 'switched off (enabled: false)' },
  precededBy: {
    zh: '以下类别优先（符合时本项目不适用）',
    en: 'preceded by (when eligible for one, this does not apply)',
  },
  assessedApart: {
    zh: '符合本项目的成员单独认定，家庭其他项目的测试不计入该成员',
    en: "a member eligible for it is assessed apart, left out of the household's other tests",
  },
  appliesWhen: { zh: '适用于', en: 'Applies when' },
  eligibleWhen: { zh: '符合条件', en: 'Eligible when' },
  actions: { zh: '行动', en: 'Actions' },
  onlyWhen: { zh: '仅当', en: 'only when' },
  source: { zh: '来源', en: 'Source' },
  note: { zh: '说明', en: 'Note' },
  noSource: { zh: '（未注明来源）', en: '(no source)' },
  workingDays: (n: number): Bilingual => ({ zh: `${n} 个工作日`, en: `${n} working days` }),
  days: (n: number): Bilingual => ({ zh: `${n} 天`, en: `${n} day${n === 1 ? '' : 's'}` }),
  officeHours: { zh: '办公时间', en: 'office hours' },
  pauseClock: { zh: '办公时间外暂停计时', en: 'the clock stops outside office hours' },
  atRisk: { zh: '预警比例', en: 'at-risk share' },
  whenReport: { zh: '当报告满足', en: 'when the report has' },
  everyReport: { zh: '其他所有报告', en: 'every other report' },
  cycle: { zh: '周期', en: 'cycle' },
  everyMonths: (n: number): Bilingual => ({ zh: `每 ${n} 个月`, en: `every ${n} month${n === 1 ? '' : 's'}` }),
  everyDays: (n: number): Bilingual => ({ zh: `每 ${n} 天`, en: `every ${n} day${n === 1 ? '' : 's'}` }),
  supporterUnable: { zh: '法定义务人视为无履行义务能力，当', en: 'A legal supporter counts as unable to support when' },
  disregardedSupport: {
    zh: '单人户认定时不计入的赡养费（付款人）',
    en: 'support left out of the single-person test (payer)',
  },
} as const;
