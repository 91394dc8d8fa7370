import type { Bilingual, Issue } from '../../errors/index.js';

/**
 * Wording of every calendar issue, kept apart from detection: detectors produce a code and arguments,
 * this table turns them into Chinese and English. Tests assert codes and args, never this text.
 */
type Args = Readonly<Record<string, unknown>>;

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const s = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

const MESSAGES: Readonly<Record<string, (a: Args) => Bilingual>> = {
  calendar_year_not_covered: (a) => ({
    zh: `日历 ${s(a.calendar)} 没有 ${s(a.year)} 年的节假日安排（${s(a.day)}），不能推算工作日；已收录年份：${s(a.covered)}`,
    en: `Calendar ${s(a.calendar)} has no holiday data for ${s(a.year)} (${s(a.day)}), so working days cannot be computed; covered years: ${s(a.covered)}`,
  }),
  calendar_bad_date: (a) =>
    a.expected === 'instant'
      ? a.reason === 'missing_offset'
        ? {
            zh: `时间 ${s(a.value)} 没有时区偏移（如 +08:00 或 Z），无法确定是哪一时刻`,
            en: `Timestamp ${s(a.value)} has no UTC offset (such as +08:00 or Z), so the instant is ambiguous`,
          }
        : {
            zh: `${s(a.value)} 不是有效的时间，应如 2024-09-30T17:30:00+08:00`,
            en: `${s(a.value)} is not a valid timestamp; expected e.g. 2024-09-30T17:30:00+08:00`,
          }
      : {
          zh: `${s(a.value)} 不是有效日期，应为真实存在的 YYYY-MM-DD`,
          en: `${s(a.value)} is not a real date in the form YYYY-MM-DD`,
        },
  calendar_bad_timezone: (a) => ({
    zh: `未知的时区 ${s(a.timeZone)}，应为 IANA 时区名，如 Asia/Shanghai`,
    en: `Unknown time zone ${s(a.timeZone)}; expected an IANA name such as Asia/Shanghai`,
  }),
  calendar_bad_count: (a) => ({
    zh: `天数 ${s(a.value)} 无效，应为${a.min === 0 ? '非负' : ''}整数`,
    en: `Day count ${s(a.value)} is invalid; expected a${a.min === 0 ? ' non-negative' : 'n'} integer`,
  }),
  calendar_bad_duration: (a) => ({
    zh: `时长 ${s(a.value)} 无效，应为 ISO 8601 时长，如 PT1H、PT24H、P2D`,
    en: `Duration ${s(a.value)} is invalid; expected an ISO 8601 duration such as PT1H, PT24H or P2D`,
  }),
  calendar_not_built: () => ({
    zh: '这个日历对象不是由 parseCalendar 或 validateCalendar 生成的',
    en: 'This calendar object was not made by parseCalendar or validateCalendar',
  }),
  calendar_not_text: (a) => ({
    zh: `日历文件内容应为文字，收到的是 ${s(a.type)}`,
    en: `Calendar file content must be text; received ${s(a.type)}`,
  }),
  calendar_bad_range: (a) => ({
    zh: `假期开始日 ${s(a.from)} 晚于结束日 ${s(a.to)}`,
    en: `Holiday starts (${s(a.from)}) after it ends (${s(a.to)})`,
  }),
  calendar_holiday_too_long: (a) => ({
    zh: `假期 ${s(a.from)} 至 ${s(a.to)} 共 ${s(a.days)} 天，超过 ${s(a.max)} 天，请核对日期`,
    en: `Holiday ${s(a.from)}..${s(a.to)} is ${s(a.days)} days long, more than ${s(a.max)}; check the dates`,
  }),
  calendar_date_outside_year: (a) => ({
    zh: `日期 ${s(a.day)} 不属于 ${s(a.year)} 年（只允许该年，或上一年 12 月、下一年 1 月）`,
    en: `Date ${s(a.day)} does not belong to ${s(a.year)} (only that year, December of the year before or January of the year after)`,
  }),
  calendar_duplicate_day: (a) => ({
    zh: `日期 ${s(a.day)} 重复出现（首次出现在 ${s(a.first)}）`,
    en: `Date ${s(a.day)} is listed twice (first at ${s(a.first)})`,
  }),
  calendar_holiday_workday_conflict: (a) => ({
    zh: `日期 ${s(a.day)} 同时被列为假日和调休上班日`,
    en: `Date ${s(a.day)} is listed both as a holiday and as a make-up working day`,
  }),
  calendar_workday_not_weekend: (a) => ({
    zh: `调休上班日 ${s(a.day)} 是${WEEKDAY_ZH[Number(a.weekday)] ?? ''}，本来就是工作日；调休上班日应在周末`,
    en: `Make-up working day ${s(a.day)} is a ${WEEKDAY_EN[Number(a.weekday)] ?? ''}, already a working day; make-up days fall on the weekend`,
  }),
  calendar_dates_out_of_order: (a) => ({
    zh: `日期 ${s(a.day)} 排在 ${s(a.previous)} 之后，请按时间先后排列`,
    en: `Date ${s(a.day)} comes after ${s(a.previous)}; list dates in chronological order`,
  }),
  calendar_duplicate_weekday: (a) => ({
    zh: `周末中 ${s(a.weekday)} 重复出现`,
    en: `Weekend day ${s(a.weekday)} is listed twice`,
  }),
  calendar_unreadable: (a) => ({
    zh: `日历内容无法读取${a.error ? `：${s(a.error)}` : ''}`,
    en: `The calendar could not be read${a.error ? `: ${s(a.error)}` : ''}`,
  }),
  calendar_no_years: () => ({ zh: '日历没有任何年份的数据', en: 'The calendar has no year of data' }),
};

/** The bilingual message of a calendar issue code. */
export function describeCalendarIssue(code: string, args: Args): Bilingual | undefined {
  return MESSAGES[code]?.(args);
}

/** Builds a calendar issue from its code, arguments and path. */
export function calendarIssue(code: string, args: Args, path: readonly (string | number)[] = []): Issue {
  return {
    code,
    severity: 'error',
    path,
    message: describeCalendarIssue(code, args) ?? { zh: code, en: code },
    args,
  };
}
