import { COVERAGE_KINDS, define, HOUSEHOLD_FACTS, REPORT_FACTS, type FactDefinition } from './facts.js';
import { DISABILITY_KINDS, RELATIONS } from './household.js';

const sp = define('supporter');
const mb = define('member');

/** The facts of one member, visible to member rules (with the household's). */
const MEMBER_FACTS = Object.freeze([
  mb('age', 'years', '年龄', 'age'),
  mb('disabilityGrade', 'count', '残疾等级', 'disability grade (1 most severe)'),
  mb('disabilityKind', 'string', '残疾类别', 'kind of disability', ['none', ...DISABILITY_KINDS]),
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
  mb('relation', 'string', '与户主关系', 'relation to the head', RELATIONS),
  mb('benefits', 'string[]', '本人享受的待遇', 'benefits the member receives', COVERAGE_KINDS),
]);

/** The facts of one legal supporter, visible to the pack's `supporters.unable` rule only. */
const SUPPORTER_FACTS = Object.freeze([
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
]);

/**
 * Every fact a pack's rules may name. The facts module derives them from a household; the validator
 * rejects a rule naming anything else.
 */
export const FACT_CATALOG = Object.freeze([...HOUSEHOLD_FACTS, ...MEMBER_FACTS, ...SUPPORTER_FACTS, ...REPORT_FACTS]);

const BY_NAME: ReadonlyMap<string, FactDefinition> = new Map(FACT_CATALOG.map((f) => [f.name, f]));

/** Looks a fact up by name. */
export function getFactDefinition(name: string): FactDefinition | undefined {
  return BY_NAME.get(name);
}
