import { formatInZone, toEpochMs } from '../calendar/index.js';
import { PackError } from '../errors/index.js';
import { calendarOf, packDigest, packRuntimeIssue } from '../pack/index.js';
import type { PolicyPack } from '../pack/index.js';
import type { Report } from '../schema/index.js';
import { parseReport } from '../schema/index.js';
import { classifyParsed } from '../urgency/index.js';
import { VERSION } from '../version.js';
import { countingCalendar } from './_lib/countingCalendar.js';
import { computeLimit, type ComputedLimit } from './_lib/slaLimit.js';
import { buildSlaNotes } from './_lib/slaNotes.js';
import type { ComputeSlaOptions, OfficeHours, Sla, SlaLimitName } from './types.js';

const DEFAULT_AT_RISK_SHARE = 0.8;

/**
 * The deadlines of a report: its urgency class (explicit, or by the pack's rules — see `classifyUrgency`),
 * the first-response and disposal deadlines, whether the limits are verified, and notes for the caseworker.
 *
 * Counting rules:
 * - a limit in working days counts from the day after the local day of receipt (Civil Code art. 201:
 *   the starting day is not counted) on the pack's calendar — holidays and weekends skipped, make-up
 *   working days (调休上班) counted — and ends at the end of the last working day (`23:59:59.999`);
 * - a clock limit (`PT1H`) runs on the clock, through nights, weekends and holidays; if the pack sets
 *   `pauseClockOutsideOfficeHours`, it runs only inside `officeHours` on working days (`addOfficeHours`).
 *
 * The calendar's edge: a deadline that needs a year the calendar has no official notice for is `null`, with a
 * `sla_deadline_beyond_calendar` note naming the year — the other deadline is still returned. With
 * `uncoveredYears: 'weekends-only'` such a year counts weekends only; every deadline that touches it is
 * `provisional`, with a `sla_deadline_provisional` note. Pass `calendar` to count on a calendar of your own.
 *
 * Pure: the caller supplies `receivedAt`; nothing reads the system clock. All timestamps are returned in
 * the pack's zone with its offset.
 *
 * @param pack - a validated pack with `urgency.classes`
 * @param report - at least `receivedAt` (with an offset), plus `urgency` or the facts the class rules read
 * @param options - `urgency`: explicit class id; `calendar`: a calendar to use instead of the pack's;
 *   `uncoveredYears`: `refuse` (default) or `weekends-only`
 * @returns the {@link Sla}
 * @throws {InputError} `report_invalid`, `urgency_unknown_class`, `urgency_unclassified` (see `classifyUrgency`)
 * @throws {CalendarError} `calendar_bad_duration`, `calendar_bad_office_hours`
 * @throws {PackError} `pack_no_urgency`; `urgency_office_hours_missing` when the pack pauses the clock
 *   outside office hours but sets none
 * @example
 * const sla = computeSla(zhongshan, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });
 * sla.firstResponseDue; // '2024-09-30T18:30:00.000+08:00'  (PT1H on the clock)
 * sla.disposalDue;      // '2024-10-09T23:59:59.999+08:00'  (2 working days: 10-08, 10-09)
 * sla.verified;         // false — the limits are not verified against a public text
 * computeSla(zhongshan, { receivedAt: '2026-12-31T10:00:00+08:00', urgency: 'emergency' }).disposalDue; // null (2027)
 */
export function computeSla(pack: PolicyPack, report: Report | unknown, options: ComputeSlaOptions = {}): Sla {
  const parsed = parseReport(report);
  const classification = classifyParsed(pack, parsed, options);
  const urgency = pack.urgency!; // classification succeeded, so the pack has classes
  const def = urgency.classes[classification.class]!;
  const counting = countingCalendar(options.calendar ?? calendarOf(pack), options.uncoveredYears);
  const src = def.source !== undefined ? pack.sources[def.source] : undefined;
  const verified = def.verified ?? src?.verified ?? true;
  const officeHours = urgency.pauseClockOutsideOfficeHours
    ? requireOfficeHours(urgency.officeHours, pack.id)
    : undefined;
  const context = {
    counting,
    receivedAt: toEpochMs(parsed.receivedAt),
    timezone: pack.timezone,
    officeHours,
    verified,
  };
  const computed: Partial<Record<SlaLimitName, ComputedLimit>> = {};
  if (def.firstResponse !== undefined) computed.firstResponse = computeLimit(def.firstResponse, context);
  if (def.disposal !== undefined) computed.disposal = computeLimit(def.disposal, context);
  const { firstResponse, disposal } = {
    firstResponse: computed.firstResponse?.limit,
    disposal: computed.disposal?.limit,
  };
  return {
    packId: pack.id,
    packVersion: pack.version,
    packDigest: packDigest(pack),
    sdkVersion: VERSION,
    ...(parsed.id !== undefined ? { reportId: parsed.id } : {}),
    class: classification.class,
    className: classification.name,
    priority: classification.priority,
    matched: classification.matched,
    assistFirst: def.assistFirst === true,
    calendar: counting.base.id,
    timezone: pack.timezone,
    receivedAt: formatInZone(parsed.receivedAt, pack.timezone),
    ...(firstResponse ? { firstResponseDue: firstResponse.due } : {}),
    ...(disposal ? { disposalDue: disposal.due } : {}),
    limits: { ...(firstResponse ? { firstResponse } : {}), ...(disposal ? { disposal } : {}) },
    verified,
    provisional: !!(firstResponse?.provisional || disposal?.provisional),
    atRiskShare: readAtRiskShare(urgency.atRiskShare),
    ...(src && def.source !== undefined ? { source: sourceRef(def.source, src) } : {}),
    classification,
    notes: buildSlaNotes(classification, def, computed, officeHours, counting.base.id),
  };
}

function sourceRef(id: string, src: PolicyPack['sources'][string]): NonNullable<Sla['source']> {
  return { id, title: src.title, issuer: src.issuer, date: src.date, ...(src.number ? { number: src.number } : {}) };
}

function requireOfficeHours(hours: OfficeHours | undefined, packId: string): OfficeHours {
  if (hours) return hours;
  const issue = packRuntimeIssue('urgency_office_hours_missing', ['urgency', 'officeHours'], { pack: packId });
  throw new PackError('urgency_office_hours_missing', issue.message.en, [issue]);
}

/** The pack's at-risk share as a number in [0, 1]; a share above 1 would never warn, so it is refused. */
function readAtRiskShare(text: string | undefined): number {
  if (text === undefined) return DEFAULT_AT_RISK_SHARE;
  const share = Number(text);
  if (share >= 0 && share <= 1) return share;
  const issue = packRuntimeIssue('urgency_bad_at_risk_share', ['urgency', 'atRiskShare'], { value: text });
  throw new PackError('urgency_bad_at_risk_share', issue.message.en, [issue]);
}
