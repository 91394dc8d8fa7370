import { packDigest } from '../pack/index.js';
import { VERSION } from '../version.js';
import { addClockDuration, addWorkingDays, formatInZone, localDay, workingDaysDeadline } from '../calendar/index.js';
import { PackError, type Bilingual } from '../errors/index.js';
import { calendarOf } from '../pack/index.js';
import type { PolicyPack } from '../pack/index.js';
import type { LimitDef, UrgencyClassDef } from '../schema/index.js';
import type { Report } from '../schema/index.js';
import { classifyParsed } from '../urgency/index.js';
import { parseReport } from '../schema/index.js';
import { addOfficeHours } from './addOfficeHours.js';
import { slaIssue } from './_lib/slaErrors.js';
import type { ComputeSlaOptions, OfficeHours, Sla, SlaLimit, SlaLimitName, SlaNote } from './types.js';

const DEFAULT_AT_RISK_SHARE = 0.8;

const LIMIT_LABEL: Record<SlaLimitName, Bilingual> = {
  firstResponse: { zh: '首次响应', en: 'first response' },
  disposal: { zh: '处置', en: 'disposal' },
};

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
 * Pure: the caller supplies `receivedAt`; nothing reads the system clock. All timestamps are returned in
 * the pack's zone with its offset.
 *
 * @param pack - a validated pack with `urgency.classes`
 * @param report - at least `receivedAt` (with an offset), plus `urgency` or the facts the class rules read
 * @param options - `urgency`: explicit class id; `calendar`: a calendar to use instead of the pack's
 * @returns the {@link Sla}
 * @throws {InputError} `report_invalid`, `urgency_unknown_class`, `urgency_unclassified` (see `classifyUrgency`)
 * @throws {CalendarError} `calendar_year_not_covered` when a deadline needs a year the calendar has no
 *   official notice for (never a guess from the weekday); `calendar_bad_duration`, `calendar_bad_office_hours`
 * @throws {PackError} `pack_no_urgency`; `urgency_office_hours_missing` when the pack pauses the clock
 *   outside office hours but sets none
 * @example
 * const sla = computeSla(zhongshan, { receivedAt: '2024-09-30T17:30:00+08:00', urgency: 'emergency' });
 * sla.firstResponseDue; // '2024-09-30T18:30:00.000+08:00'  (PT1H on the clock)
 * sla.disposalDue;      // '2024-10-09T23:59:59.999+08:00'  (2 working days: 10-08, 10-09)
 * sla.verified;         // false — the limits are not verified against a public text
 */
export function computeSla(pack: PolicyPack, report: Report | unknown, options: ComputeSlaOptions = {}): Sla {
  const parsed = parseReport(report);
  const classification = classifyParsed(pack, parsed, options);
  const urgency = pack.urgency!; // classification succeeded, so the pack has classes
  const def = urgency.classes[classification.class]!;
  const calendar = options.calendar ?? calendarOf(pack);
  const tz = pack.timezone;
  const src = def.source !== undefined ? pack.sources[def.source] : undefined;
  const verified = def.verified ?? src?.verified ?? true;

  const officeHours = urgency.pauseClockOutsideOfficeHours ? requireOfficeHours(pack, urgency.officeHours) : undefined;
  const deadline = (limit: LimitDef | undefined): SlaLimit | undefined => {
    if (limit === undefined) return undefined;
    if (typeof limit === 'string') {
      const due = officeHours
        ? formatInZone(addOfficeHours(calendar, parsed.receivedAt, limit, officeHours), tz)
        : addClockDuration(parsed.receivedAt, limit, tz);
      return {
        kind: 'clock',
        value: limit,
        officeHoursOnly: officeHours !== undefined,
        ...(officeHours ? { officeHours: { start: officeHours.start, end: officeHours.end } } : {}),
        due,
        verified,
      };
    }
    const due = formatInZone(workingDaysDeadline(calendar, parsed.receivedAt, limit.workingDays), tz);
    const countsFrom = addWorkingDays(
      calendar,
      localDay(parsed.receivedAt, calendar.timezone),
      limit.workingDays === 0 ? 0 : 1,
    );
    return { kind: 'working-days', value: limit.workingDays, countsFrom, due, verified };
  };
  const firstResponse = deadline(def.firstResponse);
  const disposal = deadline(def.disposal);

  const atRiskShare = readAtRiskShare(pack, urgency.atRiskShare);
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
    calendar: calendar.id,
    timezone: tz,
    receivedAt: formatInZone(parsed.receivedAt, tz),
    ...(firstResponse ? { firstResponseDue: firstResponse.due } : {}),
    ...(disposal ? { disposalDue: disposal.due } : {}),
    limits: { ...(firstResponse ? { firstResponse } : {}), ...(disposal ? { disposal } : {}) },
    verified,
    atRiskShare,
    ...(src && def.source !== undefined
      ? {
          source: {
            id: def.source,
            title: src.title,
            issuer: src.issuer,
            date: src.date,
            ...(src.number ? { number: src.number } : {}),
          },
        }
      : {}),
    classification,
    notes: buildNotes(classification.class, def, { firstResponse, disposal }, officeHours, classification),
  };
}

function requireOfficeHours(pack: PolicyPack, hours: OfficeHours | undefined): OfficeHours {
  if (hours) return hours;
  const zh = `政策包 ${pack.id} 设置了办公时间外暂停计时（pauseClockOutsideOfficeHours），但没有设置办公时间（officeHours）`;
  const en = `Pack ${pack.id} pauses the clock outside office hours (pauseClockOutsideOfficeHours) but sets no officeHours`;
  throw new PackError('urgency_office_hours_missing', en, [
    slaIssue('urgency_office_hours_missing', ['urgency', 'officeHours'], zh, en, { pack: pack.id }),
  ]);
}

/** The pack's at-risk share as a number in [0, 1]; a share above 1 would never warn, so it is refused. */
function readAtRiskShare(pack: PolicyPack, text: string | undefined): number {
  if (text === undefined) return DEFAULT_AT_RISK_SHARE;
  const share = Number(text);
  if (share >= 0 && share <= 1) return share;
  const zh = `政策包 ${pack.id} 的 urgency.atRiskShare 为 ${text}，应在 0 到 1 之间`;
  const en = `Pack ${pack.id} has urgency.atRiskShare ${text}; it must be between 0 and 1`;
  throw new PackError('urgency_bad_at_risk_share', en, [
    slaIssue('urgency_bad_at_risk_share', ['urgency', 'atRiskShare'], zh, en, { value: text }),
  ]);
}

function describeLimit(limit: SlaLimit): Bilingual {
  if (limit.kind === 'working-days')
    return { zh: `${limit.value} 个工作日`, en: `${limit.value} working day${limit.value === 1 ? '' : 's'}` };
  return limit.officeHoursOnly
    ? { zh: `${limit.value}（办公时间内计）`, en: `${limit.value} (office hours)` }
    : { zh: limit.value, en: limit.value };
}

function buildNotes(
  classId: string,
  def: UrgencyClassDef,
  limits: Partial<Record<SlaLimitName, SlaLimit>>,
  officeHours: OfficeHours | undefined,
  classification: Sla['classification'],
): SlaNote[] {
  const notes: SlaNote[] = [];
  const name = def.name;
  for (const key of ['firstResponse', 'disposal'] as const) {
    const limit = limits[key];
    const what = LIMIT_LABEL[key];
    if (!limit) {
      notes.push({
        code: 'sla_limit_not_set',
        limit: key,
        text: {
          zh: `政策包未规定${name.zh}的${what.zh}时限，不计算该期限`,
          en: `The pack sets no ${what.en} limit for ${name.en}${name.en === classId ? '' : ` (${classId})`}; no deadline is computed`,
        },
      });
    } else if (!limit.verified) {
      const d = describeLimit(limit);
      notes.push({
        code: 'sla_limit_unverified',
        limit: key,
        text: {
          zh: `${name.zh}的${what.zh}时限（${d.zh}）未经核实，请以当地正式文件为准`,
          en: `The ${what.en} limit of ${name.en} (${d.en}) is not verified; check the local official document`,
        },
      });
    }
  }
  if (officeHours && Object.values(limits).some((l) => l?.kind === 'clock')) {
    notes.push({
      code: 'sla_office_hours',
      text: {
        zh: `按小时计的时限只在工作日 ${officeHours.start}–${officeHours.end} 计时`,
        en: `Limits in hours count only ${officeHours.start}–${officeHours.end} on working days`,
      },
    });
  }
  if (def.assistFirst) {
    notes.push({ code: 'sla_assist_first', text: { zh: '先行救助、后置审批', en: 'Assist first, approve later' } });
  }
  if (classification.undetermined.length) {
    const classes = classification.undetermined.join(', ');
    const ask = classification.missing.length
      ? {
          zh: `请核实：${classification.missing.map((m) => m.label.zh).join('、')}`,
          en: `ask about: ${classification.missing.map((m) => m.label.en).join(', ')}`,
        }
      : { zh: '政策包在该日期缺少相关数值', en: 'the pack lacks a figure its rule needs on this date' };
    notes.push({
      code: 'sla_class_undetermined',
      text: {
        zh: `可能属于更紧急的分类（${classification.undetermined.join('、')}），${ask.zh}`,
        en: `The report may belong to a more urgent class (${classes}); ${ask.en}`,
      },
    });
  }
  return notes;
}
