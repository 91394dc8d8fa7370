import { createIssueFactory, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of the problems found when a valid household does not fit the pack it is decided against. */
export const ENGINE_MESSAGES = {
  household_unknown_district: (a) => ({
    zh: `政策包 ${s(a.pack)} 中没有区县 "${s(a.district)}"${a.suggestion ? `，是否指 "${s(a.suggestion)}"？` : ''}`,
    en: `District "${s(a.district)}" is not in pack ${s(a.pack)}${a.suggestion ? `; did you mean "${s(a.suggestion)}"?` : ''}`,
  }),
} satisfies MessageCatalog;

export const engineIssue = /* @__PURE__ */ createIssueFactory(ENGINE_MESSAGES);
