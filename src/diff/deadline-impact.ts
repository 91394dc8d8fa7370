import type { PolicyPack } from '../pack/index.js';
import { computeSla, type Sla } from '../sla/index.js';
import { describeFailure, readRecord, type Failure } from './failure.js';
import type { DeadlineBeyondCalendar, DeadlineFlip, DeadlineImpact } from './types.js';

/**
 * What a pack change does to the deadlines of a set of reports: how many change urgency class, first-response
 * due time or disposal due time, with the class transitions and up to `maxExamples` reports that move. A
 * deadline that needs a year the calendar does not cover (`null` on either side) is not compared — it is
 * neither changed nor unchanged — and the report is listed in `beyondCalendar` with the years.
 */
export function diffDeadlines(
  oldPack: PolicyPack,
  newPack: PolicyPack,
  reports: Iterable<{ readonly id: string; readonly report: unknown }>,
  maxExamples: number,
): DeadlineImpact {
  let count = 0;
  let classChanged = 0;
  let firstResponseChanged = 0;
  let disposalChanged = 0;
  const transitions: Record<string, number> = {};
  const examples: DeadlineFlip[] = [];
  const errors: Failure[] = [];
  const beyondCalendar: DeadlineBeyondCalendar[] = [];
  let index = 0;
  for (const record of reports) {
    count++;
    const read = readRecord(record, index++, 'report');
    if ('code' in read) {
      errors.push(read);
      continue;
    }
    const { id, value: report } = read;
    let before: Sla;
    let after: Sla;
    try {
      before = computeSla(oldPack, report);
      after = computeSla(newPack, report);
    } catch (e) {
      errors.push(describeFailure(id, e));
      continue;
    }
    const cls = before.class !== after.class;
    const years = uncoveredYears(before, after);
    if (years.length) beyondCalendar.push({ id, years });
    const fr = changed(before.firstResponseDue, after.firstResponseDue);
    const dp = changed(before.disposalDue, after.disposalDue);
    if (cls) {
      classChanged++;
      const t = `${before.class}→${after.class}`;
      transitions[t] = (transitions[t] ?? 0) + 1;
    }
    if (fr) firstResponseChanged++;
    if (dp) disposalChanged++;
    if ((cls || fr || dp) && examples.length < maxExamples)
      examples.push({ id, old: deadlineSide(before), new: deadlineSide(after) });
  }
  return {
    reports: count,
    classChanged,
    firstResponseChanged,
    disposalChanged,
    transitions,
    examples,
    errors,
    beyondCalendar,
  };
}

/** Two due times differ; one that could not be computed (`null`, beyond the calendar) is not compared. */
function changed(before: string | null | undefined, after: string | null | undefined): boolean {
  return before !== null && after !== null && before !== after;
}

/** The years the calendar lacks that either side's deadlines need, ascending. */
function uncoveredYears(...slas: Sla[]): number[] {
  const years = new Set<number>();
  for (const s of slas)
    for (const n of s.notes) if (n.code === 'sla_deadline_beyond_calendar' && n.year !== undefined) years.add(n.year);
  return [...years].sort((a, b) => a - b);
}

function deadlineSide(s: Sla): DeadlineFlip['old'] {
  return {
    class: s.class,
    ...(s.firstResponseDue ? { firstResponseDue: s.firstResponseDue } : {}),
    ...(s.disposalDue ? { disposalDue: s.disposalDue } : {}),
  };
}
