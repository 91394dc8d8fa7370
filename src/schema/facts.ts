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

/** A fact definition of a scope, frozen, with its literal types. */
export const define =
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

/** The facts of a whole household, visible to every rule except a supporter's. */
export const HOUSEHOLD_FACTS = Object.freeze([
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
]);

/** The facts of a report, visible to urgency rules (with the household's). */
export const REPORT_FACTS = Object.freeze([
  rp('channel', 'string', '发现渠道', 'reporting channel', REPORT_CHANNELS),
  rp('lifeAtRisk', 'boolean', '危及生命安全', 'life at risk'),
  rp('basicNeedsUnmet', 'boolean', '基本生活无法维持', 'basic needs cannot be met'),
  rp('peopleAffected', 'count', '涉及人数', 'people affected'),
]);

/** The facts an urgency rule may name: the household's, then the report's (the order of the catalogue). */
export const REPORT_SCOPE_FACTS: readonly FactDefinition[] = Object.freeze([...HOUSEHOLD_FACTS, ...REPORT_FACTS]);

let reportScopeByName: ReadonlyMap<string, FactDefinition> | undefined;

/**
 * Looks up a fact an urgency rule may name (see {@link REPORT_SCOPE_FACTS}); member and supporter facts are in
 * the full catalogue only, so that classifying a report does not carry them.
 */
export function getReportScopeFact(name: string): FactDefinition | undefined {
  reportScopeByName ??= new Map(REPORT_SCOPE_FACTS.map((f) => [f.name, f]));
  return reportScopeByName.get(name);
}

type HouseholdFact = (typeof HOUSEHOLD_FACTS)[number];

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
