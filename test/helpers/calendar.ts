import { readFileSync } from 'node:fs';
import { validateCalendar, type WorkingCalendar } from '../../src/calendar/index.js';

/** The bundled mainland calendar, parsed from its YAML file (as the tests of the data itself need). */
export function loadBundledCalendar(): WorkingCalendar {
  const result = validateCalendar(
    readFileSync(new URL('../../policies/calendars/cn-mainland.yaml', import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
