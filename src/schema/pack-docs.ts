import type { Bilingual } from '../errors/index.js';

/**
 * What each property of a pack file means, in Chinese and English: the descriptions editors show while a
 * pack is written (the JSON Schema export puts them on every property). Keyed by `<owner>.<property>`, the
 * owner being the schema definition (`Programme`, `Source`…) or the property that holds an inline object
 * (`urgency`, `tiers`, `every`); a key alone (`source`, `zh`) serves every owner that has no entry of its own.
 */
export const PACK_PROPERTY_DOCS: Readonly<Record<string, Bilingual>> = {
  // Shared by many owners.
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  name: { zh: '名称（中文和英文）', en: 'Name, in Chinese and English' },
  source: {
    zh: '依据的来源文件编号（在 sources 中声明）',
    en: 'Id of the document it rests on (declared under sources)',
  },
  verified: {
    zh: '是否在文件原文中核实；不写时按来源文件的 verified',
    en: "Whether it was read in the document itself; when absent, the source's verified flag",
  },
  note: { zh: '说明：依据、推定或未核实之处', en: 'Note: the basis, what was inferred or not verified' },
  when: {
    zh: '条件（json-rules-engine 格式：all / any / not / { fact, operator, value }）',
    en: 'Condition in json-rules-engine format: all / any / not / { fact, operator, value }',
  },
  rank: { zh: '优先级：数字小的优先', en: 'Rank: the lower comes first' },
  description: { zh: '详细说明（中文和英文）', en: 'Longer description, in Chinese and English' },

  // The pack file.
  'PolicyPackFile.$schema': { zh: 'JSON Schema 地址（供编辑器使用）', en: 'JSON Schema address, for editors' },
  'PolicyPackFile.id': {
    zh: '政策包编号，与目录名相同（小写字母和连字符），如 chengdu',
    en: 'Pack id, the same as its folder (lowercase, hyphens), e.g. chengdu',
  },
  'PolicyPackFile.name': { zh: '地区名称（中文和英文）', en: 'Name of the place, in Chinese and English' },
  'PolicyPackFile.version': {
    zh: '语义化版本号：规则变动升主版本，新数值升次版本，文字修改升修订号',
    en: 'Semantic version: a changed rule is major, a new figure minor, wording a patch',
  },
  'PolicyPackFile.extends': { zh: '继承的上级政策包，如 cn', en: 'The pack this one extends, e.g. cn' },
  'PolicyPackFile.jurisdiction': { zh: '辖区', en: 'Jurisdiction' },
  'PolicyPackFile.currency': { zh: '货币，只能是 CNY', en: 'Currency; only CNY' },
  'PolicyPackFile.timezone': { zh: '时区，默认 Asia/Shanghai', en: 'Time zone, default Asia/Shanghai' },
  'PolicyPackFile.calendar': {
    zh: '工作日日历编号，默认 cn-mainland',
    en: 'Working-day calendar id, default cn-mainland',
  },
  'PolicyPackFile.sources': {
    zh: '来源文件，按编号：每个数值和规则都引用其中之一',
    en: 'Source documents by id: every figure and rule cites one',
  },
  'PolicyPackFile.zones': {
    zh: '分区：分区编号 → 区县编号列表（标准随区县不同时）',
    en: 'Zones: zone id → district ids (when the standard differs by district)',
  },
  'PolicyPackFile.parameters': {
    zh: '参数（带日期、有来源的数值），按点分键名，如 dibao.standard',
    en: 'Parameters (dated, cited figures) by dotted key, e.g. dibao.standard',
  },
  'PolicyPackFile.programmes': {
    zh: '救助项目，按编号；与上级同名的项目整体替换',
    en: "Programmes by id; one with a parent's id replaces it whole",
  },
  'PolicyPackFile.urgency': { zh: '紧急程度分类与时限', en: 'Urgency classes and their deadlines' },
  'PolicyPackFile.difficulty': { zh: '困难等级', en: 'Difficulty tiers' },
  'PolicyPackFile.cycles': { zh: '回访或核查周期，按编号', en: 'Visit or review cycles by id' },
  'PolicyPackFile.referrals': { zh: '转介（其他部门负责的需求），按编号', en: 'Referrals to other departments, by id' },
  'PolicyPackFile.reviews': {
    zh: '核查规则：第一条成立的规则决定核查周期',
    en: 'Review rules: the first whose condition holds sets the review cycle',
  },
  'PolicyPackFile.supporters': {
    zh: '法定义务人何时视为无履行义务能力',
    en: 'When a legal supporter counts as unable to support',
  },
  'PolicyPackFile.income': { zh: '收入计算：不计入的收入', en: 'Income rules: income not counted' },
  'PolicyPackFile.screening': { zh: '筛查：待遇衔接提醒', en: 'Screening: transitions to warn about' },
  'PolicyPackFile.changes': {
    zh: '变更记录，最新的在前；最新一条的版本号须与 version 相同',
    en: 'Changelog, newest first; the newest version must equal version',
  },
  'jurisdiction.country': { zh: '国家，只能是 CN', en: 'Country; only CN' },
  'jurisdiction.level': { zh: '行政级别', en: 'Administrative level' },
  'jurisdiction.code': { zh: '六位行政区划代码', en: 'Six-digit administrative division code' },
  'jurisdiction.province': { zh: '所属省份（中文和英文）', en: 'Province, in Chinese and English' },

  // Sources.
  'Source.title': { zh: '文件标题', en: 'Title of the document' },
  'Source.issuer': { zh: '发文机关', en: 'Issuing authority' },
  'Source.number': { zh: '文号，如 成府发〔2022〕20号', en: 'Document number, e.g. 成府发〔2022〕20号' },
  'Source.date': {
    zh: '成文日期，只知道年或年月时写 2022 或 2022-12',
    en: 'Date of the document; 2022 or 2022-12 when only that is known',
  },
  'Source.url': { zh: '网址，优先官方网站', en: 'URL, the official one where there is one' },
  'Source.verified': {
    zh: '数值是否在原文或逐字转载中读到',
    en: 'Whether the figures were read in the text itself or a verbatim copy',
  },
  'Source.note': { zh: '在哪里读到、哪些未核实', en: 'Where it was read, what is not verified' },

  // Parameters.
  'Parameter.label': { zh: '简称，用在判定理由中，如 低保标准', en: 'Short name used in reasons, e.g. dibao standard' },
  'Parameter.unit': { zh: '单位；金额单位为元', en: 'Unit; money units are yuan' },
  'Parameter.by': {
    zh: '按什么取值：zone（分区，默认）或 hukou（城乡户籍）',
    en: 'What a keyed value is keyed by: zone (default) or hukou',
  },
  'Parameter.review': {
    zh: 'yearly：每年调整，当年没有数值时校验会提醒',
    en: 'yearly: reviewed each year; validate warns when the year has no value',
  },
  'Parameter.values': {
    zh: '带日期的数值，按日期先后排列；基线包可为空，由城市给出',
    en: 'Dated values, oldest first; empty in a baseline pack where each city sets it',
  },
  'ParameterValue.from': { zh: '起始生效日期', en: 'First day the value is in force' },
  'ParameterValue.value': {
    zh: '数值，写成带引号的小数，如 "870"；分区写 { A: "870", B: "820" }',
    en: 'The figure as quoted decimal text, e.g. "870"; per zone { A: "870", B: "820" }',
  },
  'ParameterValue.multiply': {
    zh: '由另一参数推导：parameter × by（同日生效的数值）',
    en: 'Derived from another parameter in force that day: parameter × by',
  },
  'ParameterValue.unknown': {
    zh: 'true：该期间数值未知，需要它的判定为“无法判断”',
    en: 'true: the figure for this period is not known; decisions needing it are undetermined',
  },
  'ParameterValue.source': { zh: '依据的来源文件编号', en: 'Id of the document the figure comes from' },
  'ParameterValue.published': {
    zh: '公布日期（按“当时所知”判定时使用）',
    en: 'When the figure was published (for decisions as known on a date)',
  },
  'ParameterValue.verified': {
    zh: 'false：数值或生效日期未核实（覆盖来源文件的 verified）',
    en: "false: the figure or its date is not verified (overrides the source's flag)",
  },
  'multiply.parameter': { zh: '被乘的参数键名', en: 'Key of the parameter multiplied' },
  'multiply.by': { zh: '倍数：参数键名或小数', en: 'Factor: a parameter key or a decimal' },
  'multiply.round': { zh: '取整方式', en: 'How the result is rounded' },
  'round.to': { zh: '取整到元（yuan）或分（fen）', en: 'Round to the yuan or the fen' },
  'round.mode': { zh: 'up 向上、down 向下、half-up 四舍五入', en: 'up, down or half-up' },

  // Programmes and actions.
  'Programme.name': { zh: '项目名称（中文和英文）', en: 'Programme name, in Chinese and English' },
  'Programme.subject': {
    zh: 'household：按家庭认定；member：按成员逐一认定',
    en: 'household: judged for the household; member: for each member',
  },
  'Programme.category': { zh: '符合时的救助类别', en: 'The category a household eligible for it falls in' },
  'Programme.rank': {
    zh: '优先级：同时符合多个项目时数字小的决定类别',
    en: 'Rank: when several programmes are eligible, the lowest decides the category',
  },
  'Programme.enabled': { zh: 'false：停用（如关掉上级的项目）', en: "false: switched off (e.g. a parent's programme)" },
  'Programme.when': {
    zh: '适用条件：不满足时“不适用”',
    en: 'When the programme applies at all (else not applicable)',
  },
  'Programme.eligible': { zh: '符合条件', en: 'The eligibility condition' },
  'Programme.source': { zh: '规则依据的来源文件编号', en: 'Id of the document the rule rests on' },
  'Programme.verified': {
    zh: 'false：规则本身（不是数值）未核实',
    en: 'false: the rule itself (not a figure) is not verified',
  },
  'Programme.assessedApart': {
    zh: '成员项目：符合的成员单独认定，家庭其他项目不计入该成员',
    en: 'Member programmes: a member eligible for it is assessed apart from the household',
  },
  'Programme.precededBy': {
    zh: '优先的类别：家庭符合其中之一时本项目不适用',
    en: 'Categories that take precedence: when eligible for one, this does not apply',
  },
  'Programme.actions': { zh: '符合时要做的事', en: 'What to do when eligible' },
  'Action.kind': { zh: '行动类型', en: 'Kind of action' },
  'Action.when': { zh: '仅当条件成立时', en: 'Only when this condition holds' },
  'Action.department': { zh: '转介部门（referrals 中的编号）', en: 'Department to refer to (a referrals id)' },
  'Action.cycle': { zh: '回访周期（cycles 中的编号）', en: 'Visit cycle (a cycles id)' },
  'Action.text': { zh: '给经办人员的说明（中文和英文）', en: 'What the caseworker is told, in Chinese and English' },

  // Urgency.
  'urgency.officeHours': { zh: '办公时间', en: 'Office hours' },
  'officeHours.start': { zh: '上班时间 HH:mm', en: 'Start, HH:mm' },
  'officeHours.end': { zh: '下班时间 HH:mm', en: 'End, HH:mm' },
  'urgency.pauseClockOutsideOfficeHours': {
    zh: 'true：办公时间外暂停计时',
    en: 'true: the clock stops outside office hours',
  },
  'urgency.atRiskShare': {
    zh: '时限用去多少比例后提示“将超时”，如 "0.8"',
    en: 'Share of the time used after which a case is at risk, e.g. "0.8"',
  },
  'urgency.classes': { zh: '紧急程度分类，按编号', en: 'Urgency classes by id' },
  'Procedure.stages': {
    zh: '各办理环节：从开始事件到结束事件，在时限内完成',
    en: 'The stages: each from a start event to an end event, within a limit',
  },
  'ProcedureStage.limit': {
    zh: '时限：ISO 8601 时长（PT48H）、{ workingDays }、{ days } 或 unknown（来源未给出数字）',
    en: 'The limit: an ISO 8601 duration (PT48H), { workingDays }, { days }, or unknown (no figure in the source)',
  },
  'ProcedureStage.extensions': {
    zh: '可延长的情形及延长后的总时限（自环节开始起算）',
    en: 'Cases in which the stage may take longer, with the whole limit then (from the stage’s start)',
  },
  'ProcedureStage.pauses': {
    zh: '暂停计时的情形（paused 事件至 resumed 事件）',
    en: 'Circumstances that stop the clock (from a paused event to a resumed event)',
  },
  'ProcedureLimit.workingDays': {
    zh: '工作日数：按政策包的工作日日历，自开始次日起算',
    en: "Working days on the pack's calendar, counted from the day after the start",
  },
  'ProcedureLimit.days': {
    zh: '自然日数：自开始次日起算',
    en: 'Calendar days, counted from the day after the start',
  },
  'ProcedureStage.starts': {
    zh: '开始该环节的事件，如 accepted（受理）',
    en: 'The event that starts the stage, e.g. accepted (受理)',
  },
  'ProcedureStage.ends': {
    zh: '完成该环节的事件，如 decided（作出决定）',
    en: 'The event that completes it, e.g. decided',
  },
  'ProcedureExtension.limit': {
    zh: '延长后的总时限，自环节开始起算',
    en: 'The whole limit once extended, from the stage’s start',
  },
  'remarks.firstResponse': {
    zh: '来源对首次响应时限的文字表述，或没有数字的原因',
    en: 'What the source says about the first-response limit in words, or why there is no figure',
  },
  'remarks.disposal': {
    zh: '来源对处置时限的文字表述，或没有数字的原因',
    en: 'What the source says about the disposal limit in words, or why there is no figure',
  },
  'UrgencyClass.priority': {
    zh: '优先级：数字小的更紧急，多个类别成立时取最紧急的',
    en: 'Priority: lower is more urgent; the most urgent matching class wins',
  },
  'UrgencyClass.when': { zh: '报告满足此条件时属于该类别', en: 'A report is in this class when this holds' },
  'UrgencyClass.firstResponse': { zh: '首次响应时限', en: 'Limit for the first response' },
  'UrgencyClass.disposal': { zh: '处置完成时限', en: 'Limit for the disposal' },
  'UrgencyClass.assistFirst': { zh: 'true：先行救助、后置审批', en: 'true: assist first, approve later' },
  'Limit.workingDays': { zh: '工作日数', en: 'Number of working days' },

  // Tiers, cycles, reviews, referrals.
  'difficulty.tiers': { zh: '困难等级，按编号', en: 'Difficulty tiers by id' },
  'tiers.rank': { zh: '优先级：数字小的先判断', en: 'Rank: the lowest is tried first' },
  'tiers.when': { zh: '家庭属于该等级的条件', en: 'When a household is in this tier' },
  'tiers.cycle': { zh: '该等级的回访周期（cycles 中的编号）', en: 'Visit cycle of this tier (a cycles id)' },
  'cycles.every': { zh: '间隔：按月（months）或按天（days）', en: 'Interval: in months or in days' },
  'every.months': { zh: '月数', en: 'Months' },
  'every.days': { zh: '天数', en: 'Days' },
  'Review.rank': { zh: '优先级：数字小的先判断', en: 'Rank: the lowest is tried first' },
  'Review.when': { zh: '适用该核查周期的家庭', en: 'Households this review cycle applies to' },
  'Review.cycle': { zh: '核查周期（cycles 中的编号）', en: 'Review cycle (a cycles id)' },
  'referrals.department': { zh: '负责部门（中文和英文）', en: 'Department, in Chinese and English' },
  'referrals.when': { zh: '转介条件', en: 'When to refer' },

  // Supporters, income, screening, changes.
  'Supporters.unable': {
    zh: '义务人条件：成立时该义务人视为无履行义务能力',
    en: 'Supporter condition: when true, this supporter cannot support',
  },
  'income.excluded': { zh: '不计入的收入，按类型和期间', en: 'Income not counted, by type and period' },
  'income.disregardedSupport': {
    zh: '单人户认定时不计入的赡养费，按付款人',
    en: 'Support left out of the single-person test, by payer',
  },
  'IncomeExclusion.type': { zh: '收入类型', en: 'Type of income' },
  'IncomeExclusion.from': { zh: '起始日期', en: 'First day' },
  'IncomeExclusion.to': { zh: '截止日期（含）', en: 'Last day (inclusive)' },
  'IncomeExclusion.for': {
    zh: 'all：各项认定都不计入；special-poverty：只在特困认定中不计入',
    en: 'all: nowhere counted; special-poverty: only in the special-poverty test',
  },
  'IncomeExclusion.unknown': {
    zh: 'true：该期间是否计入未知，按两种情况分别判断',
    en: 'true: whether it counts in this period is not known; decisions try both',
  },
  'disregardedSupport.payer': { zh: '付款人', en: 'Who pays' },
  'screening.transitions': { zh: '待遇衔接提醒，按编号', en: 'Transitions to warn about, by id' },
  'Transition.when': { zh: '成员条件：成立时提醒衔接', en: 'Member condition: true = tell or move the member' },
  'Transition.advice': { zh: '经办人员应做的事（中文和英文）', en: 'What the caseworker should do' },
  'changes.version': { zh: '版本号', en: 'Version' },
  'changes.date': { zh: '发布日期', en: 'Release date' },
  'changes.summary': { zh: '改动摘要（中文和英文）', en: 'What changed, in Chinese and English' },
};

/** The description of `<owner>.<property>`, else of the property alone. */
export function propertyDoc(owner: string, property: string): Bilingual | undefined {
  return PACK_PROPERTY_DOCS[`${owner}.${property}`] ?? PACK_PROPERTY_DOCS[property];
}
