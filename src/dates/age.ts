/**
 * Whole years between a birth date and a day (both `YYYY-MM-DD`, already checked): the age on that day.
 * A person born on 29 February turns a year older on 1 March in common years.
 *
 * @example
 * ageOn('1962-06-01', '2022-05-31'); // 59
 * ageOn('1962-06-01', '2022-06-01'); // 60
 */
export function ageOn(birthDate: string, day: string): number {
  const years = yearOf(day) - yearOf(birthDate);
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function yearOf(day: string): number {
  return (
    (day.charCodeAt(0) - 48) * 1000 +
    (day.charCodeAt(1) - 48) * 100 +
    (day.charCodeAt(2) - 48) * 10 +
    day.charCodeAt(3) -
    48
  );
}
