import { createIssueFactory, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of the problems found when a valid household does not fit the pack it is decided against. */
export const ENGINE_MESSAGES = {
  household_unknown_district: (a) => ({
    zh: `政策包 ${s(a.pack)} 中没有区县 "${s(a.district)}"${a.suggestion ? `，是否指 "${s(a.suggestion)}"？` : ''}`,
    en: `District "${s(a.district)}" is not in pack ${s(a.pack)}${a.suggestion ? `; did you mean "${s(a.suggestion)}"?` : ''}`,
  }),
  household_born_after_as_of: {
    text: (a) => ({
      zh: `出生日期 ${s(a.birthDate)} 晚于决定日期 ${s(a.asOf)}：尚未出生的人不计入家庭`,
      en: `Born ${s(a.birthDate)}, after the day decided (${s(a.asOf)}): someone not yet born is not in the household`,
    }),
    fix: {
      zh: '核对出生日期；在出生后再将其加入家庭',
      en: 'Check the birth date; add the person to the household once born',
    },
  },
  household_age_implausible: {
    text: (a) => ({
      zh: `出生日期 ${s(a.birthDate)} 在 ${s(a.asOf)} 时为 ${s(a.age)} 岁，超过 ${s(a.max)} 岁：出生日期或决定日期有误`,
      en: `Born ${s(a.birthDate)}, ${s(a.age)} years old on ${s(a.asOf)}: over ${s(a.max)}, so the birth date or the date decided is mistyped`,
    }),
    fix: { zh: '核对出生年份和决定日期（asOf）', en: 'Check the year of birth and the date decided (asOf)' },
  },
} satisfies MessageCatalog;

export const engineIssue = /* @__PURE__ */ createIssueFactory(ENGINE_MESSAGES);
