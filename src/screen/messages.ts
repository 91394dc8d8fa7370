import { createIssueFactory, showValue as s, type Bilingual, type MessageCatalog } from '../errors/index.js';

/** Texts of screening warnings. */
export const SCREEN_TEXT = {
  missed: (name: Bilingual): Bilingual => ({
    zh: `符合${name.zh}但未享受（漏保）`,
    en: `Eligible for ${name.en} but not receiving it (missed)`,
  }),
  wrong: (name: Bilingual): Bilingual => ({
    zh: `享受${name.zh}但已不符合（错保）`,
    en: `Receiving ${name.en} but no longer eligible (wrong)`,
  }),
  transition: (name: Bilingual, advice: Bilingual | undefined): Bilingual =>
    advice ? { zh: `${name.zh}：${advice.zh}`, en: `${name.en}: ${advice.en}` } : name,
  edgeWatch: (name: Bilingual, distance: string): Bilingual => ({
    zh: `接近${name.zh}的界限（相差 ${distance} 元）`,
    en: `Close to the threshold of ${name.en} (${distance} yuan away)`,
  }),
} as const;

/** Wording of the problems found when a population is screened line by line. */
export const SCREEN_MESSAGES = {
  population_line_too_long: {
    text: (a) => ({
      zh: `第 ${s(a.line)} 行过长（${s(a.bytes)} 字节，上限 ${s(a.limit)} 字节），未读取`,
      en: `Line ${s(a.line)} is too long (${s(a.bytes)} bytes, the limit is ${s(a.limit)}): not read`,
    }),
    fix: {
      zh: '每行写一个家庭（JSON Lines）；超过上限的一行不可能是有效的家庭记录',
      en: 'Write one household per line (JSON Lines); a line over the limit cannot be a valid household',
    },
  },
} satisfies MessageCatalog;

/** Builds a screening issue from {@link SCREEN_MESSAGES}. */
export const screenIssue = /* @__PURE__ */ createIssueFactory(SCREEN_MESSAGES);
