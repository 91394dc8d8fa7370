import { InputError, SafetynetError } from '../errors/index.js';
import { diffIssue } from './messages.js';

/** A household or report a diff could not judge, as the impact lists it. */
export interface Failure {
  readonly id: string;
  readonly code: string;
  /** The first issue, `path: message` in English, or the error's message when it has no issue. */
  readonly message: string;
}

/**
 * The failure to list for an input the diff could not judge; anything but a `SafetynetError` is a bug and is
 * thrown again.
 */
export function describeFailure(id: string, e: unknown): Failure {
  if (!(e instanceof SafetynetError)) throw e;
  const first = e.issues[0];
  return { id, code: e.code, message: first ? `${first.path.join('.')}: ${first.message.en}` : e.message };
}

/**
 * One record of a population or of a set of reports, read once: `{ id, <field> }`, or the failure to list for
 * anything else (`null`, a number, a record without an id), named by its position.
 */
export function readRecord<F extends 'household' | 'report'>(
  record: unknown,
  index: number,
  field: F,
): { readonly id: string; readonly value: unknown } | Failure {
  if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
    const { id, [field]: value } = record as { readonly id?: unknown } & Record<F, unknown>;
    if (typeof id === 'string') return { id, value };
  }
  const issue = diffIssue('population_bad_record', [index], { record: index + 1, field });
  return describeFailure(`#${index + 1}`, new InputError('population_bad_record', issue.message.en, [issue]));
}
