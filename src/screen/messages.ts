import type { Bilingual } from '../errors/index.js';

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
