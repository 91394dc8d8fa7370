import fc from 'fast-check';

const money = fc
  .integer({ min: 0, max: 600_000 })
  .map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
const day = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2022-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Days of the last two years before the test dates: when a rise of income through work happened. */
const recentDay = fc
  .date({ min: new Date('2021-06-01T00:00:00Z'), max: new Date('2023-06-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A member with every fact known (a complete household never yields "undetermined"). */
export const completeMember = fc.record({
  birthDate: day,
  disability: fc.option(
    fc.record({
      grade: fc.integer({ min: 1, max: 4 }),
      kind: fc.constantFrom('physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple'),
    }),
    { nil: null },
  ),
  severeIllness: fc.boolean(),
  labourCapacity: fc.constantFrom('full', 'partial', 'none'),
  inSchool: fc.boolean(),
  hasAbleSupporter: fc.boolean(),
  selfCare: fc.constantFrom('full', 'partial', 'none'),
  incomes: fc.array(
    fc.record({ type: fc.constantFrom('wage', 'business', 'pension', 'benefit', 'support'), monthly: money }),
    { maxLength: 3 },
  ),
  benefits: fc.subarray(['dibao', 'edge'] as const),
});

/** Households with every fact the cn programmes read. */
export const completeHousehold = fc
  .record({
    propertyTestPassed: fc.boolean(),
    members: fc.array(completeMember, { minLength: 1, maxLength: 6 }),
    expenditure: fc.record({ medical: money, education: money, other: money }),
    assets: fc.record({
      deposits: money,
      housingUnits: fc.integer({ min: 0, max: 3 }),
      vehicles: fc.array(fc.record({ purpose: fc.constantFrom('daily', 'business', 'disability-aid', 'other') }), {
        maxLength: 2,
      }),
    }),
    situations: fc.subarray([
      'fire',
      'accident',
      'disaster',
      'severe-illness',
      'death-of-breadwinner',
      'loss-of-income',
    ] as const),
    coverage: fc.subarray(['dibao', 'edge', 'temporary'] as const),
    hukou: fc.constantFrom('urban', 'rural'),
    incomeRiseFromWork: fc.option(fc.record({ since: recentDay }), { nil: undefined }),
  })
  .map(({ incomeRiseFromWork, ...h }) => (incomeRiseFromWork ? { ...h, incomeRiseFromWork } : h));

/** Money in yuan text with two decimals, from a whole number of fen. */
export const yuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * The fields of a generated member for the property tests across the bundled packs (one engine, the
 * json-rules-engine export): ages around the 60, 16 and 18 boundaries, incomes drawn from `money`.
 */
export function packMemberFields(money: fc.Arbitrary<string>) {
  return {
    birthDate: fc.constantFrom('1940-03-01', '1962-06-01', '1963-06-02', '1980-01-01', '2008-09-01', '2015-05-05'),
    disability: fc.option(
      fc.record({
        grade: fc.integer({ min: 1, max: 4 }),
        kind: fc.constantFrom('physical', 'visual', 'intellectual', 'mental', 'multiple'),
      }),
      { nil: null },
    ),
    severeIllness: fc.boolean(),
    labourCapacity: fc.constantFrom('full', 'partial', 'none'),
    inSchool: fc.boolean(),
    hasAbleSupporter: fc.boolean(),
    selfCare: fc.constantFrom('full', 'partial', 'none'),
    incomes: fc.array(
      fc.record({ type: fc.constantFrom('wage', 'pension', 'basic-pension', 'support'), monthly: money }),
      { maxLength: 2 },
    ),
    benefits: fc.subarray(['dibao', 'edge', 'special-poverty', 'elderly-disability-subsidy'] as const),
  };
}
