import type { ProgrammeStatus } from '../decision/index.js';
import type { Bilingual } from '../errors/index.js';
import type { SlaState, StageState } from '../sla/index.js';
import { CATEGORY_TEXT, STATUS_TEXT } from './messages.js';
import { STAGE_STATE_LABEL } from './render-case-messages.js';
import { SLA_STATE_LABEL } from './render-sla-messages.js';

/**
 * The words the renderers use for what a result says — a category, a programme's status, where a deadline or a
 * procedure's stage stands — so that a page or report showing results names them as the rendered texts do.
 *
 * @example
 * RESULT_WORDS.category.dibao.zh; // '最低生活保障'
 * RESULT_WORDS.deadlineState['at-risk'].en; // 'at-risk'
 */
export const RESULT_WORDS: {
  /** Categories of a decision and the coverage a programme gives (`dibao`, `edge`, `none`…). */
  readonly category: Readonly<Record<string, Bilingual>>;
  /** A programme's status in a decision. */
  readonly programmeStatus: Readonly<Record<ProgrammeStatus, Bilingual>>;
  /** Where a deadline of an urgency class stands (`slaStatus`). */
  readonly deadlineState: Readonly<Record<SlaState, Bilingual>>;
  /** Where a stage of a procedure, or a case, stands (`computeCaseDeadlines`). */
  readonly stageState: Readonly<Record<StageState, Bilingual>>;
} = Object.freeze({
  category: CATEGORY_TEXT,
  programmeStatus: STATUS_TEXT,
  deadlineState: SLA_STATE_LABEL,
  stageState: STAGE_STATE_LABEL,
});
