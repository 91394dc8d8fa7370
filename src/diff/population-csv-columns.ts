import type { Bilingual } from '../errors/index.js';

/** How a CSV cell is read: as text, a strict yes/no, a whole number, or a list separated by `;`. */
export type CsvCellKind = 'text' | 'money' | 'date' | 'boolean' | 'integer' | 'list';

/** One column of the population CSV. */
export interface CsvColumn {
  readonly name: string;
  /** `household` columns describe the household (read from its first row); `member` columns one person. */
  readonly level: 'household' | 'member';
  readonly kind: CsvCellKind;
  /** Only `household` is required. */
  readonly required?: boolean;
  /** The household field it fills, e.g. `members[].birthDate`. */
  readonly field: string;
  readonly description: Bilingual;
}

const hh = (name: string, kind: CsvCellKind, field: string, zh: string, en: string): CsvColumn =>
  Object.freeze({ name, level: 'household', kind, field, description: Object.freeze({ zh, en }) });
const mb = (name: string, kind: CsvCellKind, field: string, zh: string, en: string): CsvColumn =>
  Object.freeze({ name, level: 'member', kind, field, description: Object.freeze({ zh, en }) });

/**
 * The columns of a population CSV: one row per member, the rows of one household sharing its `household` id
 * (they need not be adjacent). Household columns are read from the household's first row; a later row may
 * repeat the value or leave the cell empty. An empty cell is unknown, never zero: `income` 0 means no income,
 * empty means not known. Yes/no cells take `true`/`false`, `TRUE`/`FALSE`, `1`/`0` or `是`/`否`.
 *
 * @example
 * // household,district,hukou,property_test_passed,birth_date,income,disability_grade
 * // h1,wenjiang,urban,是,1972-03-01,1600,0
 * // h1,,,,1974-05-01,0,
 * CSV_COLUMNS.map((c) => c.name);
 */
export const CSV_COLUMNS: readonly CsvColumn[] = Object.freeze([
  Object.freeze({
    ...hh(
      'household',
      'text',
      'id',
      '家庭编号（同一家庭的各行相同）',
      'household id (the same on every row of a household)',
    ),
    required: true,
  }),
  hh('district', 'text', 'district', '区县编号，与政策包 zones 中的相同', "district id as in the pack's zones"),
  hh('hukou', 'text', 'hukou', '户籍类别：urban 或 rural', 'hukou type: urban or rural'),
  hh('property_test_passed', 'boolean', 'propertyTestPassed', '财产核查是否符合', 'the property check passed'),
  hh('medical', 'money', 'expenditure.medical', '家庭月医疗支出（元）', 'monthly medical spending (yuan)'),
  hh('education', 'money', 'expenditure.education', '家庭月教育支出（元）', 'monthly education spending (yuan)'),
  hh('deposits', 'money', 'assets.deposits', '存款（元）', 'deposits (yuan)'),
  hh('income_irregular', 'boolean', 'incomeIrregular', '收入是否不固定', 'income varies from month to month'),
  hh(
    'coverage',
    'list',
    'coverage',
    '已享受的救助，用分号分隔，如 dibao;edge',
    'assistance received now, separated by semicolons: dibao;edge',
  ),
  mb('member', 'text', 'members[].id', '成员编号（可选）', 'member id (optional)'),
  mb(
    'relation',
    'text',
    'members[].relation',
    '与户主关系：head、spouse、child…',
    'relation to the head: head, spouse, child…',
  ),
  mb(
    'birth_date',
    'date',
    'members[].birthDate',
    '出生日期 YYYY-MM-DD（用于计算年龄）',
    'birth date YYYY-MM-DD (for ages)',
  ),
  mb('income', 'money', 'members[].incomes', '本人月收入（元），0 表示无收入', 'own monthly income (yuan); 0 = none'),
  mb(
    'disability_grade',
    'integer',
    'members[].disability.grade',
    '残疾等级 1–4，0 表示无残疾',
    'disability grade 1–4; 0 = no disability',
  ),
  mb(
    'disability_kind',
    'text',
    'members[].disability.kind',
    '残疾类别：physical、intellectual、mental…',
    'kind of disability: physical, intellectual, mental…',
  ),
  mb('severe_illness', 'boolean', 'members[].severeIllness', '是否患重特大疾病', 'severely ill'),
  mb(
    'labour_capacity',
    'text',
    'members[].labourCapacity',
    '劳动能力：full、partial、none',
    'capacity to work: full, partial, none',
  ),
  mb('in_school', 'boolean', 'members[].inSchool', '是否在校', 'in school'),
  mb(
    'has_able_supporter',
    'boolean',
    'members[].hasAbleSupporter',
    '是否有有能力的法定义务人',
    'has a legal supporter able to support',
  ),
]);
