import type { Bilingual } from '../errors/index.js';

/**
 * The kind of value a fact holds. Money is exact: integer fen for totals, an exact fraction of fen for
 * per-person figures. `years` and `count` are integers.
 */
export type FactKind = 'money' | 'count' | 'years' | 'ratio' | 'boolean' | 'string' | 'string[]';

/** Whether a fact describes the whole household or one member (member programmes are judged per person). */
export type FactScope = 'household' | 'member' | 'report' | 'supporter';

/** One fact that rules may name. */
export interface FactDefinition {
  readonly name: string;
  readonly scope: FactScope;
  readonly kind: FactKind;
  readonly label: Bilingual;
  /** For string facts, the values the SDK can produce (a rule comparing with anything else is an error). */
  readonly values?: readonly string[];
}

/** A fact definition that keeps its name, scope and kind as literal types (so decisions can be typed per fact). */
export interface TypedFactDefinition<N extends string, S extends FactScope, K extends FactKind> extends FactDefinition {
  readonly name: N;
  readonly scope: S;
  readonly kind: K;
}

const define =
  <S extends FactScope>(scope: S) =>
  <N extends string, K extends FactKind>(
    name: N,
    kind: K,
    zh: string,
    en: string,
    values?: readonly string[],
  ): TypedFactDefinition<N, S, K> =>
    Object.freeze({ name, scope, kind, label: Object.freeze({ zh, en }), ...(values ? { values } : {}) });

const hh = define('household');
const rp = define('report');
const sp = define('supporter');
const mb = define('member');

/** The assistance a household or person can already receive; also the categories of a decision. */
export const COVERAGE_KINDS = Object.freeze([
  'dibao',
  'special-poverty',
  'edge',
  'expenditure-hardship',
  'temporary',
  'relatively-difficult',
  'elderly-disability-subsidy',
] as const);

/** How a report of a person or household in trouble reached the caseworkers. */
export const REPORT_CHANNELS = Object.freeze([
  'hotline',
  'grid-worker',
  'village-collector',
  'data-comparison',
  'walk-in',
  'online',
  'referral',
] as const);

/** Situations a report or household can carry (sudden events and loss of support). */
export const SITUATIONS = Object.freeze([
  'fire',
  'accident',
  'disaster',
  'severe-illness',
  'death-of-breadwinner',
  'loss-of-income',
  'no-carer',
  'minor-alone',
  'elderly-alone',
  'homeless',
  'other',
] as const);

/**
 * Every fact a pack's rules may name. The facts module derives them from a household; the validator
 * rejects a rule naming anything else.
 */
export const FACT_CATALOG = Object.freeze([
  hh('householdSize', 'count', '家庭人口数', 'household size'),
  hh('incomeTotal', 'money', '家庭月收入合计', 'household monthly income'),
  hh('incomePerPerson', 'money', '家庭月人均收入', 'monthly income per person'),
  hh('incomePerPersonYearly', 'money', '家庭年人均收入', 'yearly income per person (12 × monthly)'),
  hh('incomeIrregular', 'boolean', '收入来源不固定', 'income varies from month to month'),
  hh('rigidExpenditure', 'money', '家庭月刚性支出', 'monthly rigid expenditure'),
  hh('medicalExpenditure', 'money', '家庭月医疗支出', 'monthly medical expenditure'),
  hh('educationExpenditure', 'money', '家庭月教育支出', 'monthly education expenditure'),
  hh('rigidExpenditurePerPerson', 'money', '月人均刚性支出', 'monthly rigid expenditure per person'),
  hh(
    'incomeAfterRigidPerPerson',
    'money',
    '扣除刚性支出后月人均收入',
    'monthly income per person after rigid expenditure',
  ),
  hh('rigidExpenditureShare', 'ratio', '刚性支出占家庭收入比例', 'rigid expenditure as a share of income'),
  hh('rigidExpenditureWithoutIncome', 'boolean', '无收入但有刚性支出', 'rigid expenditure with no income at all'),
  hh('financialAssets', 'money', '家庭金融资产', 'financial assets'),
  hh('financialAssetsPerPerson', 'money', '人均金融资产', 'financial assets per person'),
  hh('propertyTestPassed', 'boolean', '家庭财产状况符合当地规定', 'property passes the local tests'),
  hh('propertyTestDibao', 'boolean', '财产符合低保规定', 'property passes the dibao limits'),
  hh('propertyTestEdge', 'boolean', '财产符合低保边缘家庭规定', 'property passes the edge-family limits'),
  hh('propertyTestSpecialPoverty', 'boolean', '财产符合特困人员规定', 'property passes the special-poverty limits'),
  hh('propertyTestHardship', 'boolean', '财产符合刚性支出困难家庭规定', 'property passes the hardship limits'),
  hh('nonExemptVehicles', 'count', '非生活必需机动车数量', 'vehicles other than exempt ones'),
  hh('housingUnits', 'count', '住房套数', 'housing units owned'),
  hh('membersAged60Plus', 'count', '60 周岁以上成员数', 'members aged 60 or over'),
  hh('membersUnder16', 'count', '未满 16 周岁成员数', 'members under 16'),
  hh('membersInSchool', 'count', '在校学生人数', 'members in school'),
  hh('ableBodiedWorkingAgeMembers', 'count', '有劳动能力的劳动年龄成员数', 'able-bodied members of working age'),
  hh(
    'unemployedAbleBodiedMembers',
    'count',
    '有劳动能力但无业的劳动年龄成员数',
    'able-bodied members of working age without work',
  ),
  hh('hasSevereDisability', 'boolean', '有重度残疾成员', 'has a severely disabled member'),
  hh('hasSevereIllness', 'boolean', '有重病成员', 'has a severely ill member'),
  hh('coverage', 'string[]', '已享受的救助', 'assistance currently received', COVERAGE_KINDS),
  hh('partlyCovered', 'boolean', '部分成员已纳入低保', 'some members already receive dibao'),
  hh(
    'incomeRoseFromWork',
    'boolean',
    '因成员就业收入超过低保标准',
    "income rose above the standard through a member's work (recorded)",
  ),
  hh(
    'monthsSinceIncomeRiseFromWork',
    'count',
    '因就业收入超过标准已满月数',
    'whole months since income rose above the standard through work',
  ),
  hh('membersAssessedApart', 'count', '单独认定为特困的成员数', 'members assessed apart as special poverty'),
  hh('situations', 'string[]', '突发情况', 'sudden situations', SITUATIONS),
  hh(
    'eligibleCategories',
    'string[]',
    '已判定符合的类别',
    'categories found eligible in this decision',
    COVERAGE_KINDS,
  ),
  hh('hukou', 'string', '户籍类别', 'hukou type', ['urban', 'rural']),
  hh('district', 'string', '所在区县', 'district'),
  hh('zone', 'string', '标准分区', 'standard zone'),
  mb('age', 'years', '年龄', 'age'),
  mb('disabilityGrade', 'count', '残疾等级', 'disability grade (1 most severe)'),
  mb('disabilityKind', 'string', '残疾类别', 'kind of disability', [
    'none',
    'physical',
    'visual',
    'hearing',
    'speech',
    'intellectual',
    'mental',
    'multiple',
  ]),
  mb('severeDisability', 'boolean', '重度残疾', 'severely disabled'),
  mb('severeIllness', 'boolean', '患重特大疾病', 'severe illness'),
  mb('labourCapacity', 'string', '劳动能力', 'labour capacity', ['full', 'partial', 'none']),
  mb('noLabourCapacity', 'boolean', '无劳动能力', 'no capacity to work'),
  mb('memberIncome', 'money', '本人月收入', 'own monthly income'),
  mb(
    'specialPovertyIncome',
    'money',
    '本人月收入（特困认定口径）',
    'own monthly income as the special-poverty test counts it',
  ),
  mb(
    'singlePersonIncome',
    'money',
    '本人月收入（单人户口径）',
    'own monthly income as the single-person test counts it',
  ),
  mb('inSchool', 'boolean', '在校就读', 'in school'),
  mb('schoolLevel', 'string', '就读学段', 'school level', [
    'compulsory',
    'high-school',
    'secondary-vocational',
    'higher',
  ]),
  mb(
    'inChildScheme',
    'boolean',
    '已选择孤儿或事实无人抚养儿童保障',
    'covered by the orphan or de-facto-unsupported-child scheme by choice',
  ),
  mb('hasAbleSupporter', 'boolean', '有履行义务能力的法定义务人', 'has a legal supporter able to support'),
  mb('selfCare', 'string', '生活自理能力', 'self-care capacity', ['full', 'partial', 'none']),
  mb('relation', 'string', '与户主关系', 'relation to the head', [
    'head',
    'spouse',
    'child',
    'parent',
    'grandchild',
    'grandparent',
    'sibling',
    'other',
  ]),
  mb('benefits', 'string[]', '本人享受的待遇', 'benefits the member receives', COVERAGE_KINDS),
  sp('supporterAge', 'years', '义务人年龄', "supporter's age"),
  sp('supporterSpecialPoverty', 'boolean', '义务人为特困人员', 'supporter is supported as special poverty'),
  sp('supporterOnDibao', 'boolean', '义务人为低保对象', 'supporter receives dibao'),
  sp(
    'supporterSevereDisability',
    'boolean',
    '义务人为重度残疾或三级智力、精神残疾',
    'supporter is severely disabled (grade 1–2, or grade 3 intellectual or mental)',
  ),
  sp('supporterIncomeYearly', 'money', '义务人年收入', "supporter's yearly income (12 × monthly)"),
  sp(
    'supporterPropertyWithinLimits',
    'boolean',
    '义务人财产符合低收入家庭规定',
    "supporter's property within the local low-income limits",
  ),
  sp(
    'supporterLegalIncapacity',
    'boolean',
    '义务人无民事行为能力、被宣告失踪或在监狱服刑',
    'supporter lacks civil capacity, is declared missing or is in prison',
  ),
  sp('supporterInSchool', 'boolean', '义务人为全日制在校学生', 'supporter is a full-time student'),
  rp('channel', 'string', '发现渠道', 'reporting channel', REPORT_CHANNELS),
  rp('lifeAtRisk', 'boolean', '危及生命安全', 'life at risk'),
  rp('basicNeedsUnmet', 'boolean', '基本生活无法维持', 'basic needs cannot be met'),
  rp('peopleAffected', 'count', '涉及人数', 'people affected'),
]);

const BY_NAME: ReadonlyMap<string, FactDefinition> = new Map(FACT_CATALOG.map((f) => [f.name, f]));

/** Looks a fact up by name. */
export function getFactDefinition(name: string): FactDefinition | undefined {
  return BY_NAME.get(name);
}

type HouseholdFact = Extract<(typeof FACT_CATALOG)[number], { readonly scope: 'household' }>;

/** The name of a household fact (what a decision's `facts` holds). */
export type HouseholdFactName = HouseholdFact['name'];

/** How a decision shows a fact of a kind: booleans as booleans, lists as lists, numbers as decimal text. */
export type FactDisplay<K extends FactKind> = K extends 'boolean'
  ? boolean
  : K extends 'string[]'
    ? readonly string[]
    : string;

/**
 * A decision's household facts, one typed entry per fact of the catalogue: money as yuan text with two
 * decimals, counts as integer text, flags as booleans, lists as lists; `null` when unknown.
 */
export type DecisionFactValues = {
  readonly [F in Exclude<HouseholdFact, { readonly name: 'eligibleCategories' }> as F['name']]: FactDisplay<
    F['kind']
  > | null;
};
