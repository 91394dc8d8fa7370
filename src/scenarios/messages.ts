import { createIssueFactory, DID_YOU_MEAN_VARIANTS, didYouMean, showList, showValue as s } from '../errors/index.js';
import type { MessageArgs, MessageCatalog, MessageEntry } from '../errors/index.js';

/** An expectation naming something the vocabulary does not have: its wording, with a suggestion when close. */
function unknownName(zh: string, en: string, declare: { zh: string; en: string }): MessageEntry {
  return {
    text: (a: MessageArgs) => ({
      zh: `expect 中未知的${zh} "${s(a.name)}"${didYouMean(a).zh}`,
      en: `Unknown ${en} "${s(a.name)}" in expect${didYouMean(a).en}`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: declare,
  };
}

/** Wording of the issues found in scenario files beyond their shape: expectations the pack cannot meet. */
export const SCENARIO_MESSAGES = {
  scenario_unknown_fact: unknownName('事实', 'fact', {
    zh: '用 safetynet facts 查看可用的事实名称',
    en: 'List the fact names with safetynet facts',
  }),
  scenario_unknown_programme: unknownName('项目', 'programme', {
    zh: '用政策包中 programmes 下的项目编号',
    en: "Use a programme id from the pack's programmes",
  }),
  scenario_unknown_action: {
    text: (a) => ({
      zh: `expect.actions 中未知的行动 "${s(a.name)}"${didYouMean(a).zh}（可用：${showList(a.known, '、')}）`,
      en: `Unknown action "${s(a.name)}" in expect.actions${didYouMean(a).en} (known: ${showList(a.known, ', ')})`,
    }),
    variants: DID_YOU_MEAN_VARIANTS,
    fix: {
      zh: '写行动类型，或 refer:<转介编号>、review:<核查规则>、transition:<衔接编号>；前加 ! 表示不应出现',
      en: 'Write an action kind, or refer:<referral>, review:<review rule>, transition:<id>; prefix ! for one that must not appear',
    },
  },
  scenario_unknown_note: unknownName('说明代码', 'note code', {
    zh: '说明代码见 docs/authoring.md',
    en: 'The note codes are listed in docs/authoring.md',
  }),
  scenario_unknown_category: unknownName('类别', 'category', {
    zh: '类别为 special-poverty、dibao、edge、expenditure-hardship、temporary、relatively-difficult 或 none',
    en: 'A category is special-poverty, dibao, edge, expenditure-hardship, temporary, relatively-difficult or none',
  }),
  scenario_unknown_tier: unknownName('困难等级', 'tier', {
    zh: '用政策包中 difficulty.tiers 下的编号，或 null',
    en: "Use a tier id from the pack's difficulty.tiers, or null",
  }),
} satisfies MessageCatalog;

/** A code of {@link SCENARIO_MESSAGES}. */
export type ScenarioIssueCode = keyof typeof SCENARIO_MESSAGES;

export const scenarioIssue = /* @__PURE__ */ createIssueFactory(SCENARIO_MESSAGES);
