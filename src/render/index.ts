/** Renderers: decisions, deadlines and pack diffs as text for people (Chinese, English or both). */
export { renderDecision, type RenderOptions } from './render-decision.js';
export { renderDiffMarkdown } from './render-diff-markdown.js';
export { renderSla, type RenderSlaOptions } from './render-sla.js';
export { renderCaseDeadlines, type RenderCaseOptions } from './render-case.js';
export { renderCaseload, type RenderCaseloadOptions } from './render-caseload.js';
export { conditionItems, type BookLanguage, type ConditionTextOptions } from './condition-text.js';
export type { ListItem } from './document.js';
export { RESULT_WORDS } from './result-words.js';
export { renderPolicyBook, type PolicyBookOptions } from './render-policy-book.js';
export {
  packNameLists,
  renderPackTypes,
  typeStem,
  unionOf,
  type PackNameLists,
  type PackTypesOptions,
} from './render-pack-types.js';
