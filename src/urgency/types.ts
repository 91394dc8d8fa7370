import type { Bilingual } from '../errors/index.js';
import type { Reason } from '../decision/index.js';

/**
 * How the class was chosen:
 * - `explicit`: set on the report (`urgency`) or in the options;
 * - `rule`: the most urgent class whose `when` condition is true for the report;
 * - `default`: no class with a condition matched, and the pack's class without a condition (the catch-all,
 *   usually the ordinary class) applies.
 *
 * @example
 * classifyUrgency(pack, { receivedAt: '2024-09-30T17:30:00+08:00', lifeAtRisk: true }).matched; // 'rule'
 */
export type UrgencyMatch = 'explicit' | 'rule' | 'default';

/**
 * A report fact that, if known, could put the report in a more urgent class.
 *
 * @example
 * const m: MissingReportFact = { fact: 'lifeAtRisk', label: { zh: '危及生命安全', en: 'life at risk' }, classes: ['emergency'] };
 */
export interface MissingReportFact {
  /** Fact name as rules use it, e.g. `lifeAtRisk`, `situations`, `incomePerPerson`. */
  readonly fact: string;
  readonly label: Bilingual;
  /** The more urgent classes it would settle, most urgent first. */
  readonly classes: readonly string[];
}

/**
 * The urgency class of a report, and why.
 *
 * @example
 * const c: UrgencyClassification = classifyUrgency(pack, { receivedAt: '2024-09-30T17:30:00+08:00', situations: [] });
 * // { class: 'ordinary', matched: 'default', undetermined: ['emergency', 'urgent'],
 * //   missing: [{ fact: 'lifeAtRisk', … }, { fact: 'basicNeedsUnmet', … }, …] }
 */
export interface UrgencyClassification {
  /** Class id, e.g. `emergency`. */
  readonly class: string;
  readonly name: Bilingual;
  /** Lower is more urgent. */
  readonly priority: number;
  readonly matched: UrgencyMatch;
  /** The tests of the chosen class's condition, as a caseworker reads them (empty for explicit and default). */
  readonly reasons: readonly Reason[];
  /**
   * More urgent classes whose condition could not be decided because facts are missing, most urgent first.
   * Empty when the choice is final. Ask for {@link UrgencyClassification.missing} and classify again.
   */
  readonly undetermined: readonly string[];
  /** What to ask to settle the undetermined classes. */
  readonly missing: readonly MissingReportFact[];
}

/**
 * Options of `classifyUrgency` and `computeSla`.
 *
 * @example
 * classifyUrgency(pack, report, { urgency: 'emergency' }).matched; // 'explicit'
 */
export interface ClassifyUrgencyOptions {
  /** An explicit class id; overrides the report's `urgency` and the pack's rules. */
  readonly urgency?: string;
}
