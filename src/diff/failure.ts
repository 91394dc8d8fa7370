import { SafetynetError } from '../errors/index.js';

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
