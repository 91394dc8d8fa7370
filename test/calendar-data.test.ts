import { readFileSync } from 'node:fs';
import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../src/errors/index.js';
import {
  addWorkingDays,
  dayKind,
  isHoliday,
  isWorkingDay,
  validateCalendar,
  type WorkingCalendar,
} from '../src/calendar/index.js';

const FILE = 'policies/calendars/cn-mainland.yaml';

function load(): WorkingCalendar {
  const result = validateCalendar(readFileSync(new URL(`../${FILE}`, import.meta.url), 'utf8'), { file: FILE });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.col} ${i.code} ${i.message.en}`).join('\n'));
  return result.value;
}

const cal = load();

function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof CalendarError ? err.code : `not a CalendarError: ${String(err)}`;
  }
  return undefined;
}

describe(FILE, () => {
  it('loads, covers 2022–2026 and is frozen', () => {
    expect(cal.id).toBe('cn-mainland');
    expect(cal.timezone).toBe('Asia/Shanghai');
    expect(cal.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.isFrozen(cal.holidays)).toBe(true);
    expect(Object.isFrozen(cal.holidays[0])).toBe(true);
    expect(Object.isFrozen(cal.sources)).toBe(true);
  });

  it('agrees with chinese-days@1.5.7 on every day of 2022-01-01..2026-12-31', () => {
    const disagreements: string[] = [];
    let n = 0;
    for (const day of days('2022-01-01', '2026-12-31')) {
      n++;
      if (isWorkingDay(cal, day) !== isWorkday(day)) disagreements.push(day);
    }
    expect(n).toBe(1826);
    expect(disagreements).toEqual([]);
  });

  it('refuses 2027 (chinese-days falls back to weekdays there; we must not guess) and 2021', () => {
    expect(isWorkday('2027-01-01')).toBe(true); // the package's known wrong answer (policy-facts addendum C)
    expect(codeOf(() => isWorkingDay(cal, '2027-01-01'))).toBe('calendar_year_not_covered');
    expect(codeOf(() => isWorkingDay(cal, '2027-06-15'))).toBe('calendar_year_not_covered');
    expect(codeOf(() => isWorkingDay(cal, '2021-12-31'))).toBe('calendar_year_not_covered');
    expect(codeOf(() => addWorkingDays(cal, '2026-12-30', 2))).toBe('calendar_year_not_covered');
  });

  it('cites each year’s State Council notice', () => {
    expect(Object.fromEntries(cal.years.map((y) => [y, cal.sources[y]?.number]))).toEqual({
      2022: '国办发明电〔2021〕11号',
      2023: '国办发明电〔2022〕16号',
      2024: '国办发明电〔2023〕7号',
      2025: '国办发明电〔2024〕12号',
      2026: '国办发明电〔2025〕7号',
    });
    for (const y of cal.years) {
      const source = cal.sources[y]!;
      expect(source.title).toBe(`国务院办公厅关于${y}年部分节假日安排的通知`);
      expect(source.issuer).toBe('国务院办公厅');
      expect(source.verified).toBe(true);
    }
    expect(cal.sources[2026]?.date).toBe('2025-11-04');
    expect(cal.sources[2026]?.url).toBe('https://www.gov.cn/zhengce/content/202511/content_7047090.htm');
  });

  it('2022-12-31 (Saturday) opens the 2023 New Year break, declared by the 2023 notice', () => {
    expect(dayKind(cal, '2022-12-31')).toMatchObject({ kind: 'holiday', holiday: { zh: '元旦' } });
    expect(cal.holidays.find((h) => h.from === '2022-12-31')?.year).toBe(2023);
    expect(addWorkingDays(cal, '2022-12-30', 1)).toBe('2023-01-03');
  });

  it('2024 Spring Festival: 02-04 and 02-18 (Sundays) are worked, 02-10..17 off, 02-09 (Eve) worked', () => {
    expect(isWorkingDay(cal, '2024-02-04')).toBe(true);
    expect(isWorkingDay(cal, '2024-02-18')).toBe(true);
    expect(dayKind(cal, '2024-02-04').kind).toBe('makeup-workday');
    for (const day of days('2024-02-10', '2024-02-17')) {
      expect(isWorkingDay(cal, day), day).toBe(false);
      expect(dayKind(cal, day).holiday?.en, day).toBe('Spring Festival');
    }
    expect(isWorkingDay(cal, '2024-02-09')).toBe(true);
    expect(isHoliday(cal, '2024-02-09')).toBe(false);
  });

  const nationalDay: [year: number, off: [string, string], worked: string[]][] = [
    [2022, ['2022-10-01', '2022-10-07'], ['2022-10-08', '2022-10-09']],
    [2023, ['2023-09-29', '2023-10-06'], ['2023-10-07', '2023-10-08']],
    [2024, ['2024-10-01', '2024-10-07'], ['2024-09-29', '2024-10-12']],
    [2025, ['2025-10-01', '2025-10-08'], ['2025-09-28', '2025-10-11']],
    [2026, ['2026-10-01', '2026-10-07'], ['2026-09-20', '2026-10-10']],
  ];
  it.each(nationalDay)('National Day %i: %j off, %j worked', (_year, [from, to], worked) => {
    for (const day of days(from, to)) {
      expect(isWorkingDay(cal, day), day).toBe(false);
      expect(isHoliday(cal, day), day).toBe(true);
    }
    for (const day of worked) {
      expect(isWorkingDay(cal, day), day).toBe(true);
      expect(dayKind(cal, day).kind, day).toBe('makeup-workday');
    }
  });

  it('every make-up day is a weekend day and every holiday day is off', () => {
    for (const day of cal.makeupWorkdays) {
      expect([0, 6]).toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
      expect(isWorkingDay(cal, day)).toBe(true);
    }
    for (const h of cal.holidays) for (const day of days(h.from, h.to)) expect(isHoliday(cal, day), day).toBe(true);
  });
});
