import type { Bilingual } from '../../errors/index.js';
import type { UrgencyClassDef } from '../../schema/index.js';
import type { UrgencyClassification } from '../../urgency/index.js';
import { deadlineNoteText, type SlaNoteCode } from '../note-messages.js';
import type { OfficeHours, SlaLimit, SlaLimitName, SlaNote } from '../types.js';
import type { ComputedLimit } from './slaLimit.js';

const LIMIT_NAMES: readonly SlaLimitName[] = ['firstResponse', 'disposal'];

/** A note from the deadlines catalogue. */
function note(code: SlaNoteCode, args: Record<string, unknown>, extra: Partial<SlaNote> = {}): SlaNote {
  return { code, ...deadlineNoteText(code, args), ...extra };
}

/** `2 个工作日` / `2 working days`, `PT1H（办公时间内计）` / `PT1H (office hours)`. */
export function describeLimit(limit: SlaLimit): Bilingual {
  if (limit.kind === 'working-days')
    return { zh: `${limit.value} 个工作日`, en: `${limit.value} working day${limit.value === 1 ? '' : 's'}` };
  return limit.officeHoursOnly
    ? { zh: `${limit.value}（办公时间内计）`, en: `${limit.value} (office hours)` }
    : { zh: limit.value, en: limit.value };
}

/** Per limit: what the source says in words, not set, not verified, beyond the calendar, provisional. */
function limitNotes(
  classId: string,
  def: UrgencyClassDef,
  limits: Partial<Record<SlaLimitName, ComputedLimit>>,
  calendar: string,
): SlaNote[] {
  const notes: SlaNote[] = [];
  const name = { class: classId, nameZh: def.name.zh, nameEn: def.name.en };
  for (const key of LIMIT_NAMES) {
    const computed = limits[key];
    const remark = def.remarks?.[key];
    const remarkNote = remark
      ? [note('sla_limit_remark', { limit: key, zh: remark.zh, en: remark.en }, { limit: key })]
      : [];
    if (!computed) {
      notes.push(note('sla_limit_not_set', { ...name, limit: key }, { limit: key }), ...remarkNote);
      continue;
    }
    const { limit, missingYear, fallbackYears } = computed;
    if (!limit.verified) {
      const d = describeLimit(limit);
      notes.push(note('sla_limit_unverified', { ...name, limit: key, valueZh: d.zh, valueEn: d.en }, { limit: key }));
    }
    notes.push(...remarkNote);
    if (missingYear !== undefined) {
      const args = { limit: key, year: missingYear, calendar };
      notes.push(note('sla_deadline_beyond_calendar', args, { limit: key, year: missingYear }));
    }
    if (fallbackYears.length) {
      const args = { limit: key, years: fallbackYears };
      notes.push(note('sla_deadline_provisional', args, { limit: key, years: fallbackYears }));
    }
  }
  return notes;
}

/** The notes of a report's deadlines, for the caseworker. */
export function buildSlaNotes(
  classification: UrgencyClassification,
  def: UrgencyClassDef,
  limits: Partial<Record<SlaLimitName, ComputedLimit>>,
  officeHours: OfficeHours | undefined,
  calendar: string,
): SlaNote[] {
  const notes = limitNotes(classification.class, def, limits, calendar);
  if (officeHours && Object.values(limits).some((l) => l?.limit.kind === 'clock')) {
    notes.push(note('sla_office_hours', { start: officeHours.start, end: officeHours.end }));
  }
  if (def.assistFirst) notes.push(note('sla_assist_first', {}));
  if (classification.undetermined.length) {
    const args = {
      classes: classification.undetermined,
      missingZh: classification.missing.map((m) => m.label.zh),
      missingEn: classification.missing.map((m) => m.label.en),
    };
    notes.push(note('sla_class_undetermined', args));
  }
  return notes;
}
