import type { WorkingCalendar } from '../calendar/index.js';
import type { Bilingual } from '../errors/index.js';
import type { ClassifyUrgencyOptions, UrgencyClassification, UrgencyMatch } from '../urgency/index.js';

/**
 * Office hours on working days, `HH:mm` local time in the calendar's zone; `start` before `end`.
 *
 * @example
 * const hours: OfficeHours = { start: '08:30', end: '17:30' };
 */
export interface OfficeHours {
  readonly start: string;
  readonly end: string;
}

/**
 * Which deadline of a report: the first response (receipt, first contact) or the disposal (case handled).
 *
 * @example
 * const name: SlaLimitName = 'disposal';
 */
export type SlaLimitName = 'firstResponse' | 'disposal';

/**
 * A limit of an urgency class and the deadline it gives.
 * - `clock`: an ISO 8601 duration (`PT1H`); runs on the clock, or only inside office hours on working days
 *   when `officeHoursOnly`;
 * - `working-days`: a number of working days counted from the day after receipt, ending at the end of the
 *   last working day.
 *
 * @example
 * const limit: SlaLimit = { kind: 'working-days', value: 2, countsFrom: '2024-10-08', due: '2024-10-09T23:59:59.999+08:00', verified: false, provisional: false };
 */
export type SlaLimit =
  | {
      readonly kind: 'clock';
      readonly value: string;
      readonly officeHoursOnly: boolean;
      /** The office hours the clock runs in, when `officeHoursOnly`. */
      readonly officeHours?: OfficeHours;
      /** `null` when it needs a year the calendar does not cover (a note says which). */
      readonly due: string | null;
      readonly verified: boolean;
      /** True when counted on a year filled in by the weekends-only fallback (`uncoveredYears: 'weekends-only'`). */
      readonly provisional: boolean;
    }
  | {
      readonly kind: 'working-days';
      readonly value: number;
      /**
       * The first working day counted (day 1), `YYYY-MM-DD`: the first working day after the day of receipt;
       * `null` when it is in a year the calendar does not cover.
       */
      readonly countsFrom: string | null;
      /** `null` when it needs a year the calendar does not cover (a note says which). */
      readonly due: string | null;
      readonly verified: boolean;
      /** True when counted on a year filled in by the weekends-only fallback (`uncoveredYears: 'weekends-only'`). */
      readonly provisional: boolean;
    };

/**
 * A remark on deadlines for the caseworker: unverified or missing limits, office-hours counting, assist
 * first, a deadline beyond the calendar or provisional. The wording comes from the deadlines catalogue
 * (`SLA_MESSAGES`); `fix` says what to do where there is something to do.
 *
 * @example
 * const note: SlaNote = { code: 'sla_deadline_beyond_calendar', limit: 'disposal', year: 2027, text: { zh: '…', en: 'The disposal deadline needs 2027, …' }, fix: { zh: '…', en: 'Pass a calendar file …' } };
 */
export interface SlaNote {
  /**
   * `sla_limit_unverified`, `sla_limit_not_set`, `sla_limit_remark`, `sla_office_hours`, `sla_assist_first`,
   * `sla_class_undetermined`, `sla_deadline_beyond_calendar`, `sla_deadline_provisional`.
   */
  readonly code: string;
  readonly text: Bilingual;
  readonly limit?: SlaLimitName;
  /** The year a deadline needs and the calendar lacks (`sla_deadline_beyond_calendar`). */
  readonly year?: number;
  /** The years counted by the weekends-only fallback (`sla_deadline_provisional`). */
  readonly years?: readonly number[];
  /** What to do about it. */
  readonly fix?: Bilingual;
}

/**
 * The deadlines of a report under a pack's urgency classes. Plain JSON; store it and pass it to `slaStatus`.
 *
 * @example
 * const sla: Sla = computeSla(pack, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });
 * sla.disposalDue; // '2024-10-09T23:59:59.999+08:00'
 */
export interface Sla {
  readonly packId: string;
  readonly packVersion: string;
  /** SHA-256 of the resolved pack the deadlines were computed with. */
  readonly packDigest: string;
  /** The SDK version that computed them. */
  readonly sdkVersion: string;
  readonly reportId?: string;
  /** Urgency class id, e.g. `emergency`. */
  readonly class: string;
  readonly className: Bilingual;
  readonly priority: number;
  readonly matched: UrgencyMatch;
  /** Assist first, approve later (先行救助、后置审批). */
  readonly assistFirst: boolean;
  /** Id of the working-day calendar the deadlines were counted on, e.g. `cn-mainland`. */
  readonly calendar: string;
  /** IANA zone the timestamps are written in (the pack's). */
  readonly timezone: string;
  /** The receipt instant, in the pack's zone: `2024-09-30T17:30:00.000+08:00`. */
  readonly receivedAt: string;
  /** Absent when the class sets no first-response limit; `null` when it needs a year the calendar does not cover. */
  readonly firstResponseDue?: string | null;
  /** e.g. `2024-10-09T23:59:59.999+08:00`. Absent when not set by the class; `null` beyond the calendar. */
  readonly disposalDue?: string | null;
  readonly limits: { readonly firstResponse?: SlaLimit; readonly disposal?: SlaLimit };
  /** False when the class (its conditions and limits) is marked unverified, itself or through its source. */
  readonly verified: boolean;
  /** True when some deadline was counted on a year filled in by the weekends-only fallback. */
  readonly provisional: boolean;
  /** The share of the allowed time after which `slaStatus` says `at-risk` (the pack's `atRiskShare`, else 0.8). */
  readonly atRiskShare: number;
  /** The document the class's limits come from. */
  readonly source?: {
    readonly id: string;
    readonly title: string;
    readonly issuer: string;
    readonly date: string;
    readonly number?: string;
  };
  /** How the class was chosen, with the reasons and what is still undetermined. */
  readonly classification: UrgencyClassification;
  readonly notes: readonly SlaNote[];
}

/**
 * Options of `computeSla`.
 *
 * @example
 * computeSla(pack, report, { urgency: 'urgent', calendar: myCalendarWith2027 });
 */
export interface ComputeSlaOptions extends ClassifyUrgencyOptions, UncoveredYearsOptions {}

/**
 * How deadlines are counted where the calendar has no official notice.
 * - `refuse` (default): a deadline that needs such a year is `null`, with a note naming the year;
 * - `weekends-only`: such a year counts weekends as days off and has no holidays — a guess, so every
 *   deadline it touches is marked `provisional`.
 *
 * @example
 * const mode: UncoveredYears = 'weekends-only';
 */
export type UncoveredYears = 'refuse' | 'weekends-only';

/**
 * The calendar options shared by every deadline function.
 *
 * @example
 * const options: UncoveredYearsOptions = { calendar: myCalendarWith2027, uncoveredYears: 'refuse' };
 */
export interface UncoveredYearsOptions {
  /**
   * The working-day calendar to use instead of the pack's bundled one — e.g. one that adds next year's
   * notice before the library ships it (see `validateCalendar`).
   */
  readonly calendar?: WorkingCalendar;
  /** What to do where the calendar has no notice; default `refuse` (those deadlines are `null`). */
  readonly uncoveredYears?: UncoveredYears;
}

/**
 * Where a deadline stands:
 * - `on-time`: open, less than the at-risk share of the time used;
 * - `at-risk`: open, at least that share used, not yet past due;
 * - `breached`: open and past due;
 * - `met`: done on or before the deadline;
 * - `met-late`: done after the deadline;
 * - `unknown`: the deadline could not be computed (it needs a year the calendar does not cover, or its
 *   figure is not known).
 *
 * @example
 * const state: SlaState = slaStatus(sla, {}, '2024-09-30T18:20:00+08:00').firstResponse!.state; // 'at-risk'
 */
export type SlaState = 'on-time' | 'at-risk' | 'breached' | 'met' | 'met-late' | 'unknown';

/**
 * The state of one deadline at `now`.
 *
 * @example
 * const s: SlaDeadlineStatus = { state: 'breached', due: '2024-09-30T18:30:00.000+08:00', overdue: 'PT0.001S', overdueMs: 1, elapsedShare: 1 };
 */
export interface SlaDeadlineStatus {
  readonly state: SlaState;
  /** `null` when the deadline could not be computed (state `unknown`). */
  readonly due: string | null;
  /** True when the deadline was counted on a year filled in by the weekends-only fallback. */
  readonly provisional?: boolean;
  /** When it was done (`met`, `met-late`), in the SLA's zone. */
  readonly doneAt?: string;
  /** Time left (`on-time`, `at-risk`), or spare when it was done (`met`), as an ISO 8601 duration (`P1DT2H`, D = 24 h). */
  readonly remaining?: string;
  readonly remainingMs?: number;
  /** Time past the deadline (`breached`, `met-late`), as an ISO 8601 duration. */
  readonly overdue?: string;
  readonly overdueMs?: number;
  /**
   * Share of the allowed time used, at `now` or when done, 0–1 (1 once the deadline has passed). Counted
   * in the limit's own time: clock time, office hours on working days, or working days — so a National Day
   * week in the middle of a working-day limit uses none of it. Absent when the deadline is `unknown`.
   */
  readonly elapsedShare?: number;
}

/**
 * The state of an SLA's deadlines at `now`.
 *
 * @example
 * const r: SlaStatusResult = slaStatus(sla, { firstResponseAt: '2024-09-30T18:05:00+08:00' }, '2024-10-08T09:00:00+08:00');
 * r.firstResponse?.state; // 'met'
 * r.disposal?.state;      // 'on-time'
 */
export interface SlaStatusResult {
  /** `now`, in the SLA's zone. */
  readonly now: string;
  readonly firstResponse?: SlaDeadlineStatus;
  readonly disposal?: SlaDeadlineStatus;
}

/**
 * What has happened on a report so far. A `Date` or a timestamp with an offset.
 *
 * @example
 * const events: SlaEvents = { firstResponseAt: '2024-09-30T18:05:00+08:00' };
 */
export interface SlaEvents {
  readonly firstResponseAt?: string | Date;
  readonly disposedAt?: string | Date;
}

/**
 * Options of `slaStatus`.
 *
 * @example
 * slaStatus(sla, {}, now, { atRiskShare: 0.5 });
 */
export interface SlaStatusOptions {
  /** Share of the allowed time after which an open deadline is at risk, 0–1. Default: the SLA's `atRiskShare`. */
  readonly atRiskShare?: number | string;
  /** The calendar the SLA was computed with, when it is not a bundled one (see `ComputeSlaOptions.calendar`). */
  readonly calendar?: WorkingCalendar;
}

/**
 * Options of `nextReviews`: a difficulty tier (whose cycle is used) or a cycle, a start day and a count.
 *
 * @example
 * const options: NextReviewsOptions = { tier: 'special', from: '2024-03-31', count: 2, onWorkingDay: true };
 */
export interface NextReviewsOptions {
  /** A difficulty tier id (`special`, `general`); its `cycle` is used. Give one of `tier`, `review` or `cycle`. */
  readonly tier?: string;
  /** A cycle id (`yearly`, `half-yearly`). */
  readonly cycle?: string;
  /** A review (核查) rule id of the pack (`dibao-half-yearly`); its `cycle` is used. */
  readonly review?: string;
  /** The day of the last review (or of the decision), `YYYY-MM-DD`; the first date returned is one cycle later. */
  readonly from: string;
  /** How many dates, 1–1000. */
  readonly count: number;
  /**
   * Move a date that is not a working day to the next working day. A date in a year the calendar does not
   * cover then has `due: null` (or, with `uncoveredYears: 'weekends-only'`, a provisional date).
   */
  readonly onWorkingDay?: boolean;
  /** Calendar to use instead of the pack's, for `onWorkingDay`. */
  readonly calendar?: WorkingCalendar;
  /** What to do where the calendar has no notice, for `onWorkingDay`; default `refuse`. */
  readonly uncoveredYears?: UncoveredYears;
}

/**
 * One follow-up date.
 *
 * @example
 * const r: ReviewDue = { n: 1, due: '2024-10-08', nominal: '2024-10-01' };
 */
export interface ReviewDue {
  /** 1 for the first review after `from`. */
  readonly n: number;
  /** The date the review is due, `YYYY-MM-DD`; `null` when moving it needs a year the calendar does not cover. */
  readonly due: string | null;
  /** The calendar date before moving to a working day; equal to `due` when not moved. */
  readonly nominal: string;
  /** The year the calendar lacks, when `due` is `null`. */
  readonly year?: number;
  /** True when moved on a year filled in by the weekends-only fallback. */
  readonly provisional?: boolean;
}
