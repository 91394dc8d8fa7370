import { createIssueFactory, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of date and time input problems. */
export const DATE_MESSAGES = {
  bad_date: {
    text: (a) => ({
      zh: `${s(a.field)} 应为真实存在的日期 YYYY-MM-DD，收到 ${s(a.value)}`,
      en: `${s(a.field)} must be a real calendar date YYYY-MM-DD, got ${s(a.value)}`,
    }),
    fix: {
      zh: '写成 YYYY-MM-DD，并核对月份和日期（如 2 月没有 30 日）',
      en: 'Write YYYY-MM-DD and check the month and day (February has no 30th)',
    },
  },
  bad_instant: {
    text: (a) =>
      a.reason === 'missing_offset'
        ? {
            zh: `${s(a.field)} 的时间 ${s(a.value)} 没有时区偏移（如 +08:00 或 Z），无法确定是哪一时刻`,
            en:
              `${s(a.field)}: timestamp ${s(a.value)} has no UTC ` +
              `offset (such as +08:00 or Z), so the instant is ambiguous`,
          }
        : {
            zh: `${s(a.field)} 应为带时区偏移的时间，如 2024-09-30T17:30:00+08:00，收到 ${s(a.value)}`,
            en: `${s(a.field)} must be a timestamp with an offset, e.g. 2024-09-30T17:30:00+08:00, got ${s(a.value)}`,
          },
    variants: [{ reason: 'missing_offset' }, {}],
    fix: { zh: '写成 2024-09-30T17:30:00+08:00', en: 'Write it like 2024-09-30T17:30:00+08:00' },
  },
} satisfies MessageCatalog;

export const dateIssue = /* @__PURE__ */ createIssueFactory(DATE_MESSAGES);
