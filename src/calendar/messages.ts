import { YAML_MESSAGES } from '../_lib/index.js';
import { createIssueFactory, prefixCatalog } from '../errors/index.js';
import type { MessageCatalog, MessageEntry, MessageText } from '../errors/index.js';
import type { CalendarCheckCode } from '../schema/index.js';

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A value in a calendar message: strings as they are, the rest as JSON (never cut short: years lists are long). */
const s = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/**
 * Wording of every calendar issue, kept apart from detection: detectors produce a code and arguments,
 * this table turns them into Chinese and English. Tests assert codes and args, never this text. The
 * consistency codes are found by `checkCalendarFile` in schema/; YAML codes get a `calendar_` prefix.
 */
export const CALENDAR_MESSAGES = {
  ...prefixCatalog('calendar', YAML_MESSAGES),
  calendar_year_not_covered: {
    text: (a) => ({
      zh:
        `日历 ${s(a.calendar)} 没有 ${s(a.year)} 年的节假日安排（${s(a.day)}），` +
        `不能推算工作日；已收录年份：${s(a.covered)}`,
      en:
        `Calendar ${s(a.calendar)} has no holiday data for ${s(a.year)} (${s(a.day)}), ` +
        `so working days cannot be computed; covered years: ${s(a.covered)}`,
    }),
    fix: {
      zh: '在日历文件中加入该年的国务院节假日安排通知，或改用已收录年份的日期',
      en: "Add that year's State Council holiday notice to the calendar file, or use a date in a covered year",
    },
  },
  calendar_bad_date: {
    text: (a) =>
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
    variants: [
      { expected: 'day' },
      { expected: 'instant', reason: 'missing_offset' },
      { expected: 'instant', reason: undefined },
    ],
  },
  calendar_bad_timezone: (a) => ({
    zh: `未知的时区 ${s(a.timeZone)}，应为 IANA 时区名，如 Asia/Shanghai`,
    en: `Unknown time zone ${s(a.timeZone)}; expected an IANA name such as Asia/Shanghai`,
  }),
  calendar_bad_count: {
    text: (a) => ({
      zh: `天数 ${s(a.value)} 无效，应为${a.min === 0 ? '非负' : ''}整数`,
      en: `Day count ${s(a.value)} is invalid; expected a${a.min === 0 ? ' non-negative' : 'n'} integer`,
    }),
    variants: [{ min: 0 }, { min: undefined }],
  },
  calendar_bad_year_span: (a) => ({
    zh: `年份范围 ${s(a.from)}–${s(a.to)} 无效：应为按先后排列的整数年份，跨度不超过 ${s(a.max)} 年`,
    en: `Year span ${s(a.from)}–${s(a.to)} is invalid: expected whole years in order, at most ${s(a.max)} years apart`,
  }),
  calendar_bad_duration: (a) => ({
    zh: `时长 ${s(a.value)} 无效，应为 ISO 8601 时长，如 PT1H、PT24H、P2D`,
    en: `Duration ${s(a.value)} is invalid; expected an ISO 8601 duration such as PT1H, PT24H or P2D`,
  }),
  calendar_not_built: {
    text: () => ({
      zh: '这个日历对象不是由 parseCalendar 或 validateCalendar 生成的',
      en: 'This calendar object was not made by parseCalendar or validateCalendar',
    }),
    fix: {
      zh: '用 parseCalendar、validateCalendar 或 getBundledCalendar 得到日历',
      en: 'Get calendars from parseCalendar, validateCalendar or getBundledCalendar',
    },
  },
  calendar_not_text: (a) => ({
    zh: `日历文件内容应为文字，收到的是 ${s(a.type)}`,
    en: `Calendar file content must be text; received ${s(a.type)}`,
  }),
  calendar_bad_range: (a) => ({
    zh: `假期开始日 ${s(a.from)} 晚于结束日 ${s(a.to)}`,
    en: `Holiday starts (${s(a.from)}) after it ends (${s(a.to)})`,
  }),
  calendar_holiday_too_long: {
    text: (a) => ({
      zh: `假期 ${s(a.from)} 至 ${s(a.to)} 共 ${s(a.days)} 天，超过 ${s(a.max)} 天，请核对日期`,
      en: `Holiday ${s(a.from)}..${s(a.to)} is ${s(a.days)} days long, more than ${s(a.max)}; check the dates`,
    }),
    fix: { zh: '核对通知中的起止日期', en: 'Check the first and last day against the notice' },
  },
  calendar_date_outside_year: (a) => ({
    zh: `日期 ${s(a.day)} 不属于 ${s(a.year)} 年（只允许该年，或上一年 12 月、下一年 1 月）`,
    en:
      `Date ${s(a.day)} does not belong to ${s(a.year)} (only that ` +
      `year, December of the year before or January of the year after)`,
  }),
  calendar_duplicate_day: (a) => ({
    zh: `日期 ${s(a.day)} 重复出现（首次出现在 ${s(a.first)}）`,
    en: `Date ${s(a.day)} is listed twice (first at ${s(a.first)})`,
  }),
  calendar_holiday_workday_conflict: (a) => ({
    zh: `日期 ${s(a.day)} 同时被列为假日和调休上班日`,
    en: `Date ${s(a.day)} is listed both as a holiday and as a make-up working day`,
  }),
  calendar_workday_not_weekend: {
    text: (a) => ({
      zh:
        `调休上班日 ${s(a.day)} 是${WEEKDAY_ZH[Number(a.weekday)] ?? s(a.weekday)}，` +
        `本来就是工作日；调休上班日应在周末`,
      en:
        `Make-up working day ${s(a.day)} is a ${WEEKDAY_EN[Number(a.weekday)] ?? s(a.weekday)}, ` +
        `already a working day; make-up days fall on the weekend`,
    }),
    fix: {
      zh: '核对通知：调休上班日是被调用的周末日',
      en: 'Check the notice: make-up working days are weekend days worked',
    },
  },
  calendar_dates_out_of_order: (a) => ({
    zh: `日期 ${s(a.day)} 排在 ${s(a.previous)} 之后，请按时间先后排列`,
    en: `Date ${s(a.day)} comes after ${s(a.previous)}; list dates in chronological order`,
  }),
  calendar_duplicate_weekday: (a) => ({
    zh: `周末中 ${s(a.weekday)} 重复出现`,
    en: `Weekend day ${s(a.weekday)} is listed twice`,
  }),
  calendar_unreadable: {
    text: (a) => ({
      zh: `日历内容无法读取${a.error ? `：${s(a.error)}` : ''}`,
      en: `The calendar could not be read${a.error ? `: ${s(a.error)}` : ''}`,
    }),
    variants: [{}, { error: undefined }],
  },
  calendar_no_years: () => ({ zh: '日历没有任何年份的数据', en: 'The calendar has no year of data' }),
} satisfies MessageCatalog & Record<CalendarCheckCode, MessageText | MessageEntry>;

/** A code of {@link CALENDAR_MESSAGES}. */
export type CalendarIssueCode = keyof typeof CALENDAR_MESSAGES;

/** Whether a code has calendar wording (refinements of the calendar schema carry theirs in `params.code`). */
export function isCalendarIssueCode(code: unknown): code is CalendarIssueCode {
  return typeof code === 'string' && Object.hasOwn(CALENDAR_MESSAGES, code);
}

export const calendarIssue = createIssueFactory(CALENDAR_MESSAGES);
