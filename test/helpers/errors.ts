import { CalendarError, SafetynetError } from '../../src/errors/index.js';

/** The error `fn` throws, for assertions on its code and issues; fails the test if it throws nothing or something else. */
export function errorOf(fn: () => unknown): SafetynetError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SafetynetError) return err;
    throw err;
  }
  throw new Error('expected an error');
}

/** The code of the CalendarError `fn` throws; undefined if it throws nothing. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof CalendarError ? err.code : 'not a CalendarError';
  }
  return undefined;
}
