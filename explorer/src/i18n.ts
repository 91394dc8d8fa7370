/**
 * The explorer's own words (Chinese first, English second). Policy wording — reasons, actions, issue messages,
 * fact labels — comes from the library's catalogues and packs; only the page's own labels live here.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { getFactDefinition, RESULT_WORDS, type Bilingual } from 'safetynet-cn';

export type Lang = 'zh' | 'en';

export const LangContext = createContext<Lang>('zh');

/** The current language (from the nearest provider). */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** One side of a bilingual text. */
export function pick(text: Bilingual | undefined, lang: Lang): string {
  return text ? text[lang] : '';
}

/** The page's words. */
export const UI = {
  title: { zh: 'safetynet 政策浏览器', en: 'safetynet policy explorer' },
  subtitle: {
    zh: '看政策包、试算家庭、盯办理时限、比较版本——全部在浏览器中计算，不上传任何数据',
    en: 'See a pack, try a household, watch a deadline, compare versions — computed in your browser; nothing is uploaded',
  },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: 'Switch to English', en: '切换到中文' },
  pack: { zh: '政策包', en: 'Pack' },
  dropped: { zh: '拖入', en: 'dropped' },
  views: { zh: '视图', en: 'Views' },
  viewPack: { zh: '政策一览', en: 'Pack at a glance' },
  viewHousehold: { zh: '试算家庭', en: 'Try a household' },
  viewDeadline: { zh: '办理时限', en: 'Watch a deadline' },
  viewCompare: { zh: '版本比较', en: 'Compare versions' },
  // Pack at a glance.
  version: { zh: '版本', en: 'version' },
  extends: { zh: '继承', en: 'extends' },
  warnings: { zh: '提示', en: 'warnings' },
  parameters: { zh: '参数', en: 'Parameters' },
  parametersIntro: {
    zh: '每个参数按生效日期画成时间线；灰色区域为数值未知的时段（线条中断），三角形为未核实的数值。',
    en: 'Each parameter as a timeline by the date it takes effect; grey areas are periods whose value is unknown (the line breaks), triangles are unverified values.',
  },
  noValues: {
    zh: '本包未设数值（由各城市政策包设定）',
    en: 'No values in this pack (each city pack sets them)',
  },
  from: { zh: '起始日期', en: 'from' },
  value: { zh: '数值', en: 'value' },
  source: { zh: '来源', en: 'source' },
  verified: { zh: '已核实', en: 'verified' },
  unverified: { zh: '未核实', en: 'unverified' },
  unknown: { zh: '未知', en: 'unknown' },
  note: { zh: '说明', en: 'note' },
  unit: { zh: '单位', en: 'unit' },
  byZone: { zh: '按分区', en: 'by zone' },
  byHukou: { zh: '按户籍', en: 'by hukou' },
  definedIn: { zh: '定义于', en: 'defined in' },
  programmes: { zh: '救助项目及条件', en: 'Programmes and their conditions' },
  programmesIntro: {
    zh: '条件按规则原文逐条写出；方括号内为参数在所选日期的数值。',
    en: 'Conditions as the rules write them; brackets give a parameter’s value on the chosen date.',
  },
  conditionsOn: { zh: '参数取值日期', en: 'Figures as of' },
  appliesWhen: { zh: '适用于', en: 'Applies when' },
  eligibleWhen: { zh: '符合条件', en: 'Eligible when' },
  perMember: { zh: '按成员认定', en: 'judged per member' },
  disabled: { zh: '未启用', en: 'not enabled' },
  precededBy: { zh: '让位于', en: 'gives way to' },
  assessedApart: { zh: '单独认定', en: 'assessed apart' },
  rank: { zh: '优先级', en: 'rank' },
  actions: { zh: '后续行动', en: 'Actions' },
  urgency: { zh: '紧急程度分类与时限', en: 'Urgency classes and limits' },
  noUrgency: { zh: '本包未设定紧急程度分类。', en: 'This pack sets no urgency classes.' },
  className: { zh: '分类', en: 'class' },
  priority: { zh: '优先', en: 'priority' },
  condition: { zh: '条件', en: 'condition' },
  firstResponse: { zh: '首次响应', en: 'first response' },
  disposal: { zh: '处置', en: 'disposal' },
  assistFirst: { zh: '先行救助、后置审批', en: 'assist first, approve later' },
  workingDays: { zh: '个工作日', en: 'working days' },
  officeHours: { zh: '办公时间', en: 'office hours' },
  clockPaused: { zh: '办公时间外暂停计时', en: 'clock paused outside office hours' },
  procedures: { zh: '办理程序', en: 'Procedures' },
  tiers: { zh: '困难等级与走访周期', en: 'Difficulty tiers and visits' },
  changes: { zh: '变更记录', en: 'Changes' },
  // Drop a pack.
  dropTitle: { zh: '载入自己的政策包', en: 'Load your own pack' },
  dropHint: {
    zh: '把政策包文件夹或 YAML 文件拖到这里，或点击选择。文件只在本页中校验，不会上传。',
    en: 'Drop a pack folder or YAML files here, or choose them. They are validated in this page and never uploaded.',
  },
  chooseFiles: { zh: '选择 YAML 文件', en: 'Choose YAML files' },
  chooseFolder: { zh: '选择文件夹', en: 'Choose a folder' },
  dropInvalid: { zh: '政策包有错误，未载入', en: 'The pack has errors and was not loaded' },
  dropLoaded: { zh: '已载入', en: 'Loaded' },
  dropNoYaml: { zh: '没有找到 YAML 文件', en: 'No YAML file found' },
  issues: { zh: '个问题', en: 'issue(s)' },
  // Household.
  asOf: { zh: '认定日期', en: 'Decision date' },
  example: { zh: '示例家庭', en: 'Example household' },
  exampleNone: { zh: '（选择示例）', en: '(choose an example)' },
  blankHousehold: { zh: '空白家庭', en: 'Blank household' },
  household: { zh: '家庭情况', en: 'Household' },
  householdIntro: {
    zh: '表单由家庭 JSON Schema 生成。留空表示“未知”（尚未询问），与“无”不同：未知的事实会使相关项目无法判断。',
    en: 'The form is generated from the household JSON Schema. A blank field is unknown (not asked yet), which is not the same as “none”: unknown facts leave programmes undetermined.',
  },
  member: { zh: '成员', en: 'Member' },
  addMember: { zh: '添加成员', en: 'Add a member' },
  removeMember: { zh: '删除成员', en: 'Remove member' },
  add: { zh: '添加', en: 'Add' },
  remove: { zh: '删除', en: 'Remove' },
  notAsked: { zh: '未询问', en: 'not asked' },
  none: { zh: '无', en: 'none' },
  list: { zh: '有', en: 'some' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  more: { zh: '更多情况', en: 'More' },
  item: { zh: '项', en: 'item' },
  decision: { zh: '认定结果', en: 'Decision' },
  category: { zh: '类别', en: 'Category' },
  through: { zh: '经由', en: 'through' },
  notFinal: {
    zh: '尚不确定：有更优先的项目无法判断',
    en: 'not final: a stronger programme is undetermined',
  },
  tier: { zh: '困难等级', en: 'tier' },
  facts: { zh: '家庭事实', en: 'Facts' },
  reasons: { zh: '依据', en: 'Reasons' },
  missing: { zh: '还需了解', en: 'Still to ask' },
  missingNone: { zh: '无：所有项目均已可判断。', en: 'Nothing: every programme is settled.' },
  nextActions: { zh: '下一步', en: 'Next steps' },
  nearThreshold: { zh: '接近界限', en: 'Near a limit' },
  notes: { zh: '说明', en: 'Notes' },
  asText: { zh: '文字版（与命令行一致）', en: 'As text (as the CLI prints it)' },
  inputProblems: { zh: '输入有误', en: 'Input problems' },
  margin: { zh: '差额', en: 'margin' },
  members: { zh: '成员', en: 'members' },
  whatIf: { zh: '假如调整低保标准', en: 'What if the dibao standard changed' },
  whatIfIntro: {
    zh: '拖动滑块试算不同的低保标准（覆盖 dibao.standard，边缘标准等随之变化），图中显示本户类别随标准变化之处。',
    en: 'Move the slider to try another dibao standard (an override of dibao.standard; derived limits such as the edge limit follow); the chart shows where this household’s category flips.',
  },
  standard: { zh: '低保标准（元/人/月）', en: 'dibao standard (yuan/person/month)' },
  inForce: { zh: '现行', en: 'in force' },
  reset: { zh: '恢复现行标准', en: 'Back to the standard in force' },
  flipsAt: { zh: '类别变化点', en: 'Where the category flips' },
  flipLine: { zh: '标准达到 {at} 元起：{from} → {to}', en: 'from a standard of {at} yuan: {from} → {to}' },
  noFlip: { zh: '在此范围内类别不变。', en: 'The category does not change in this range.' },
  whatIfActive: { zh: '试算中：低保标准 {value} 元', en: 'What-if: dibao standard {value} yuan' },
  whatIfUnavailable: {
    zh: '本户在该日期没有可用的低保标准（分区未知或数值未知），无法试算。',
    en: 'No dibao standard applies to this household on this date (zone or figure unknown), so there is nothing to vary.',
  },
  // Deadline.
  receivedAt: { zh: '收到时间（北京时间）', en: 'Received (Beijing time)' },
  urgencyClass: { zh: '紧急程度', en: 'Urgency class' },
  deadlines: { zh: '办理期限', en: 'Deadlines' },
  due: { zh: '截止', en: 'due' },
  countsFrom: { zh: '自 {day} 起算', en: 'counted from {day}' },
  clock: { zh: '连续计时', en: 'on the clock' },
  now: { zh: '当前时间', en: 'Now' },
  nowSlider: { zh: '拖动以移动“当前时间”', en: 'Move “now”' },
  state: { zh: '状态', en: 'state' },
  remaining: { zh: '剩余', en: 'remaining' },
  overdue: { zh: '超出', en: 'over by' },
  used: { zh: '已用时限', en: 'time used' },
  calendarTitle: { zh: '工作日历', en: 'Working-day calendar' },
  legendHoliday: { zh: '法定节假日', en: 'public holiday' },
  legendMakeup: { zh: '调休上班', en: 'make-up working day' },
  legendWeekend: { zh: '周末', en: 'weekend' },
  legendReceived: { zh: '收到', en: 'received' },
  legendCounted: { zh: '计入的工作日', en: 'working day counted' },
  legendDue: { zh: '期限', en: 'deadline' },
  legendNow: { zh: '当前', en: 'now' },
  notCovered: { zh: '日历未覆盖', en: 'not covered' },
  makeupShort: { zh: '班', en: 'work' },
  weekdays: { zh: '一二三四五六日', en: 'MTWTFSS' },
  slaError: { zh: '无法计算期限', en: 'No deadline could be computed' },
  deadlineFor: { zh: '紧急程度或办理程序', en: 'Urgency class or procedure' },
  startedAt: { zh: '开始时间（北京时间）', en: 'Started (Beijing time)' },
  notComputable: { zh: '无法计算', en: 'not computable' },
  provisional: { zh: '暂定', en: 'provisional' },
  weekendsFallback: {
    zh: '日历未收录的年份按“周末休息、无节假日”推算（结果为暂定）',
    en: 'Count years the calendar lacks as weekends off, no holidays (provisional)',
  },
  caseEvents: { zh: '办理事件', en: 'What has happened' },
  caseEventsIntro: {
    zh: '填写已发生事件的时间；晚于“当前时间”的事件视为尚未发生。',
    en: 'Enter when each event happened; events after “now” count as not yet happened.',
  },
  stage: { zh: '阶段', en: 'stage' },
  stageStarts: { zh: '{stage}开始', en: '{stage} starts' },
  stageEnds: { zh: '{stage}完成', en: '{stage} ends' },
  limit: { zh: '时限', en: 'limit' },
  extension: { zh: '延长', en: 'extension' },
  extensionNone: { zh: '不延长', en: 'not extended' },
  calendarDays: { zh: '天（自然日）', en: 'calendar days' },
  limitUnknown: { zh: '时限未知（来源未给出天数）', en: 'unknown (the source gives no figure)' },
  period: { zh: '期间', en: 'period' },
  caseState: { zh: '案件状态', en: 'case state' },
  nextDue: { zh: '下一个期限', en: 'next due' },
  noProcedures: { zh: '本包未设定办理程序。', en: 'This pack sets no procedures.' },
  stages: { zh: '阶段', en: 'Stages' },
  pauses: { zh: '可暂停', en: 'may pause' },
  // Compare.
  oldSide: { zh: '原版本', en: 'Old' },
  newSide: { zh: '新版本', en: 'New' },
  overrideLabel: {
    zh: '假如低保标准为（可留空；分区写作 A:950,B:900）',
    en: 'What-if dibao standard (optional; zones as A:950,B:900)',
  },
  whatIfOn: { zh: '新版本按假设数值计算', en: 'New side computed with what-if values' },
  population: { zh: '人口文件', en: 'Population' },
  populationHint: {
    zh: '拖入 JSONL 或 CSV 人口文件，或使用示例（300 户）。',
    en: 'Drop a JSONL or CSV population file here, or use the example (300 households).',
  },
  choosePopulation: { zh: '选择人口文件', en: 'Choose a population file' },
  useExample: { zh: '使用示例人口', en: 'Use the example population' },
  households: { zh: '户', en: 'households' },
  parameterChanges: { zh: '参数变化', en: 'Parameter changes' },
  programmeChanges: { zh: '项目变化', en: 'Programme changes' },
  urgencyChanges: { zh: '时限变化', en: 'Urgency changes' },
  sectionChanges: { zh: '其他变化', en: 'Other changes' },
  noChanges: { zh: '无变化', en: 'no changes' },
  key: { zh: '参数', en: 'parameter' },
  old: { zh: '原', en: 'old' },
  new: { zh: '新', en: 'new' },
  change: { zh: '变化', en: 'change' },
  fields: { zh: '字段', en: 'fields' },
  impact: { zh: '对人口的影响', en: 'Effect on the population' },
  impactLine: {
    zh: '{n} 户中，{cat} 户类别改变，{status} 户至少一个项目的结论改变。',
    en: 'Of {n} households, {cat} change category and {status} change at least one programme’s status.',
  },
  flows: { zh: '类别流向（原 → 新）', en: 'Who moves (old → new category)' },
  categoryCounts: { zh: '各类别户数', en: 'Households per category' },
  transitions: { zh: '类别变化', en: 'Category changes' },
  count: { zh: '户数', en: 'households' },
  examples: { zh: '示例', en: 'Examples' },
  invalidRecords: { zh: '无法评估的记录', en: 'Records that could not be evaluated' },
  compareError: { zh: '无法比较', en: 'Could not compare' },
  computing: { zh: '计算中…', en: 'Computing…' },
} as const satisfies Record<string, Bilingual>;

export type UiKey = keyof typeof UI;

/** A page word in the current language, with `{name}` placeholders filled. */
export function t(key: UiKey, lang: Lang, args: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(args[name] ?? `{${name}}`));
}

/** Names of the actions a programme prescribes (the library words an action only with its programme's name). */
const ACTION_WORDS: Record<string, Bilingual> = {
  grant: { zh: '批准给付', en: 'grant' },
  'assist-first-approve-later': { zh: '先行救助、后置审批', en: 'assist first, approve later' },
  refer: { zh: '转介', en: 'refer' },
  monitor: { zh: '走访监测', en: 'monitor' },
  'key-concern-list': { zh: '纳入重点关注', en: 'key-concern list' },
  inform: { zh: '政策告知', en: 'inform' },
  'centralized-care': { zh: '集中供养', en: 'centralized care' },
  'material-and-service': { zh: '物质+服务', en: 'material and service' },
  transition: { zh: '待遇衔接', en: 'transition' },
  review: { zh: '定期核查', en: 'review' },
};

/**
 * The name of a category, a programme status or an action kind — categories and statuses in the library's
 * words ({@link RESULT_WORDS}, as its rendered decisions name them); an id nobody names is shown as it is.
 */
export function word(id: string, lang: Lang): string {
  return (RESULT_WORDS.category[id] ?? STATUSES[id] ?? ACTION_WORDS[id])?.[lang] ?? id;
}

const STATUSES: Readonly<Record<string, Bilingual>> = RESULT_WORDS.programmeStatus;

/** Where a deadline (`deadline`) or a procedure's stage or case (`stage`) stands, in the library's words. */
export function stateWord(kind: 'deadline' | 'stage', state: string, lang: Lang): string {
  const words: Readonly<Record<string, Bilingual>> =
    kind === 'deadline' ? RESULT_WORDS.deadlineState : RESULT_WORDS.stageState;
  return words[state]?.[lang] ?? state;
}

/** Labels of household fields the fact catalogue does not name. */
const FIELD_LABELS: Record<string, Bilingual> = {
  id: { zh: '编号', en: 'id' },
  district: { zh: '所在区县', en: 'district' },
  members: { zh: '家庭成员', en: 'members' },
  assets: { zh: '家庭财产', en: 'assets' },
  deposits: { zh: '存款', en: 'deposits' },
  securities: { zh: '有价证券', en: 'securities' },
  vehicles: { zh: '机动车', en: 'vehicles' },
  purpose: { zh: '用途', en: 'purpose' },
  value: { zh: '价值（元）', en: 'value (yuan)' },
  housingUnits: { zh: '住房套数', en: 'housing units' },
  propertyTest: { zh: '分项目财产核查', en: 'property check per programme' },
  specialPoverty: { zh: '特困', en: 'special poverty' },
  hardship: { zh: '刚性支出困难', en: 'hardship' },
  incomeRiseFromWork: { zh: '因就业收入超过标准', en: 'income rose above the standard through work' },
  since: { zh: '起始日期', en: 'since' },
  expenditure: { zh: '月刚性支出', en: 'monthly rigid expenditure' },
  medical: { zh: '医疗（元/月）', en: 'medical (yuan/month)' },
  education: { zh: '教育（元/月）', en: 'education (yuan/month)' },
  other: { zh: '其他（元/月）', en: 'other (yuan/month)' },
  name: { zh: '姓名', en: 'name' },
  birthDate: { zh: '出生日期', en: 'date of birth' },
  disability: { zh: '残疾', en: 'disability' },
  grade: { zh: '残疾等级', en: 'grade' },
  kind: { zh: '残疾类别', en: 'kind' },
  employment: { zh: '就业状况', en: 'employment' },
  childScheme: { zh: '儿童保障', en: 'child scheme' },
  incomes: { zh: '月收入', en: 'monthly incomes' },
  type: { zh: '收入类型', en: 'type' },
  monthly: { zh: '金额（元/月）', en: 'amount (yuan/month)' },
  payer: { zh: '支付人', en: 'payer' },
  note: { zh: '备注', en: 'note' },
  supporters: { zh: '法定义务人', en: 'legal supporters' },
  dibao: { zh: '低保', en: 'dibao' },
  edge: { zh: '低保边缘', en: 'edge' },
  monthlyIncome: { zh: '本人月收入（元）', en: 'own monthly income (yuan)' },
  propertyWithinLowIncomeLimits: { zh: '财产符合低收入家庭规定', en: 'property within low-income limits' },
  legalIncapacity: { zh: '无民事行为能力、失踪或服刑', en: 'lacks capacity, missing or in prison' },
};

/** A household field's label: the page's own, else the fact catalogue's, else the field name. */
export function fieldLabel(name: string, lang: Lang): string {
  return FIELD_LABELS[name]?.[lang] ?? getFactDefinition(name)?.label[lang] ?? name;
}

/** Words for enumerated values of household fields. */
const VALUE_WORDS: Record<string, Bilingual> = {
  urban: { zh: '城镇', en: 'urban' },
  rural: { zh: '农村', en: 'rural' },
  daily: { zh: '日常生活', en: 'daily use' },
  business: { zh: '经营', en: 'business' },
  'disability-aid': { zh: '残疾人代步', en: 'disability aid' },
  other: { zh: '其他', en: 'other' },
  head: { zh: '户主', en: 'head' },
  spouse: { zh: '配偶', en: 'spouse' },
  child: { zh: '子女', en: 'child' },
  parent: { zh: '父母', en: 'parent' },
  grandchild: { zh: '孙子女', en: 'grandchild' },
  grandparent: { zh: '祖父母', en: 'grandparent' },
  sibling: { zh: '兄弟姐妹', en: 'sibling' },
  physical: { zh: '肢体', en: 'physical' },
  visual: { zh: '视力', en: 'visual' },
  hearing: { zh: '听力', en: 'hearing' },
  speech: { zh: '言语', en: 'speech' },
  intellectual: { zh: '智力', en: 'intellectual' },
  mental: { zh: '精神', en: 'mental' },
  multiple: { zh: '多重', en: 'multiple' },
  full: { zh: '完全', en: 'full' },
  partial: { zh: '部分', en: 'partial' },
  none: { zh: '无', en: 'none' },
  employed: { zh: '就业', en: 'employed' },
  flexible: { zh: '灵活就业', en: 'flexible work' },
  unemployed: { zh: '失业', en: 'unemployed' },
  student: { zh: '学生', en: 'student' },
  retired: { zh: '退休', en: 'retired' },
  compulsory: { zh: '义务教育', en: 'compulsory' },
  'high-school': { zh: '普通高中', en: 'high school' },
  'secondary-vocational': { zh: '中职', en: 'secondary vocational' },
  higher: { zh: '高等教育', en: 'higher education' },
  orphan: { zh: '孤儿', en: 'orphan' },
  'de-facto-unsupported': { zh: '事实无人抚养儿童', en: 'de-facto unsupported child' },
  wage: { zh: '工资', en: 'wage' },
  property: { zh: '财产性收入', en: 'property income' },
  transfer: { zh: '转移性收入', en: 'transfer' },
  support: { zh: '赡养抚养扶养费', en: 'support payment' },
  pension: { zh: '养老金', en: 'pension' },
  'basic-pension': { zh: '城乡居民基础养老金', en: 'residents’ basic pension' },
  benefit: { zh: '社会救助金', en: 'assistance benefit' },
  preferential: { zh: '优抚金', en: 'preferential payment' },
  reward: { zh: '奖励', en: 'reward' },
  'aged-60-plus': { zh: '60 岁以上老人', en: 'a person aged 60+' },
  fire: { zh: '火灾', en: 'fire' },
  accident: { zh: '意外事故', en: 'accident' },
  disaster: { zh: '自然灾害', en: 'disaster' },
  'severe-illness': { zh: '重病', en: 'severe illness' },
  'death-of-breadwinner': { zh: '主要劳动力死亡', en: 'death of the breadwinner' },
  'loss-of-income': { zh: '失去收入', en: 'loss of income' },
  'no-carer': { zh: '无人照料', en: 'no carer' },
  'minor-alone': { zh: '未成年人独居', en: 'minor alone' },
  'elderly-alone': { zh: '老人独居', en: 'elderly alone' },
  homeless: { zh: '流浪乞讨', en: 'homeless' },
  unknown: { zh: '未知', en: 'unknown' },
};

/** The words for an enumerated value (categories included); unknown values are shown as they are. */
export function valueLabel(value: string, lang: Lang): string {
  return VALUE_WORDS[value]?.[lang] ?? word(value, lang);
}
