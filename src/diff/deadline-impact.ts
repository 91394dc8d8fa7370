import type { PolicyPack } from '../pack/index.js';
import { computeSla, type Sla } from '../sla/index.js';
import { describeFailure, readRecord, type Failure } from './failure.js';
import type { DeadlineFlip, DeadlineImpact } from './types.js';

/**
 * What a pack change does to the deadlines of a set of reports: how many change urgency class, first-response
 * due time or disposal due time, with the class transitions and up to `maxExamples` reports that move.
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
    const fr = before.firstResponseDue !== after.firstResponseDue;
    const dp = before.disposalDue !== after.disposalDue;
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
  return { reports: count, classChanged, firstResponseChanged, disposalChanged, transitions, examples, errors };
}

function deadlineSide(s: Sla): DeadlineFlip['old'] {
  return {
    class: s.class,
    ...(s.firstResponseDue ? { firstResponseDue: s.firstResponseDue } : {}),
    ...(s.disposalDue ? { disposalDue: s.disposalDue } : {}),
  };
}
