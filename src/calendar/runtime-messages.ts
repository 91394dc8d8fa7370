import { createIssueFactory, type MessageCatalog } from '../errors/index.js';

// The wording of what counting days on a calendar can raise, apart from the wording of calendar files in
// messages.ts: deadlines carry only this in a bundle. `CALENDAR_MESSAGES` lists these codes too.

/** A value in a calendar message: strings as they are, the rest as JSON (never cut short: years lists are long). */
const s = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

/** Wording of the issues raised when days are counted, dates read and durations added on a calendar. */
export const CALENDAR_RUNTIME_MESSAGES = {
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
} satisfies MessageCatalog;

/** A code of {@link CALENDAR_RUNTIME_MESSAGES}. */
export type CalendarRuntimeIssueCode = keyof typeof CALENDAR_RUNTIME_MESSAGES;

/** Issues of counting days (`calendar_year_not_covered`, `calendar_bad_date`, …), with their wording only. */
export const calendarRuntimeIssue = /* @__PURE__ */ createIssueFactory(CALENDAR_RUNTIME_MESSAGES);
