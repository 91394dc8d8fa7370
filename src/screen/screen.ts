import { assertIsoDay } from '../dates/index.js';
import { decide, type DecideOptions } from '../engine/index.js';
import { SafetynetError } from '../errors/index.js';
import { assertPolicyPack, resolvePackOn, type PolicyPack } from '../pack/index.js';
import { parseHousehold } from '../schema/index.js';
import type { Screener, ScreenError, ScreenItem, ScreenOptions, ScreenResult, ScreenWarningKind } from './types.js';
import { screenWarnings } from './warnings.js';

/**
 * A screener for a pack and date: for each household the category, and warnings of missed assistance
 * (eligible, not covered), wrong assistance (covered, no longer eligible), transitions (e.g. a disabled
 * dibao recipient aged 60 without the elderly-disability subsidy) and edge-watch (a stronger programme
 * narrowly missed). The verdicts are the engine's, exactly those `evaluate` explains.
 *
 * @throws {InputError} `bad_date`, `pack_invalid_argument`, `override_*` — for the arguments, at once
 * @example
 * const s = createScreener(packs['chongqing-yongchuan'], { asOf: '2023-10-01' });
 * for (const line of lines) out.push(s.screen(line.id, line.household));
 * s.summary().warnings.missed;
 */
export function createScreener(pack: PolicyPack, options: ScreenOptions): Screener {
  assertPolicyPack(pack);
  assertIsoDay((options as Partial<ScreenOptions> | undefined)?.asOf, 'asOf');
  resolvePackOn(pack, options.asOf, options); // bad what-if values fail here, not once per household
  const decideOptions: DecideOptions = { ...options, explain: false };
  const counts = { households: 0, withWarnings: 0, uncertain: 0, errors: 0 };
  const warnings: Record<ScreenWarningKind, number> = { missed: 0, wrong: 0, transition: 0, 'edge-watch': 0 };
  const categories: Record<string, number> = {};
  return {
    screen(id, household) {
      counts.households++;
      let item: ScreenItem;
      try {
        item = screenOne(pack, id, household, decideOptions);
      } catch (e) {
        if (!(e instanceof SafetynetError)) throw e;
        counts.errors++;
        return screenError(id, e);
      }
      categories[item.category] = (categories[item.category] ?? 0) + 1;
      if (!item.categoryCertain) counts.uncertain++;
      if (item.warnings.length) counts.withWarnings++;
      for (const w of item.warnings) warnings[w.kind]++;
      return item;
    },
    summary: () => ({ ...counts, warnings: { ...warnings }, categories: { ...categories } }),
  };
}

/**
 * Screens a population (an iterable of `{ id, household }`) and returns the households with warnings and the
 * counts. For files larger than memory, use {@link createScreener} line by line (the CLI does).
 *
 * @example
 * const r = screen(packs.chengdu, records, { asOf: '2023-06-01' });
 * r.summary.warnings; // { missed: 12, wrong: 3, transition: 0, 'edge-watch': 40 }
 */
export function screen(
  pack: PolicyPack,
  population: Iterable<{ readonly id: string; readonly household: unknown }>,
  options: ScreenOptions,
): ScreenResult {
  const s = createScreener(pack, options);
  const items: ScreenItem[] = [];
  const errors: ScreenError[] = [];
  let n = 0;
  for (const rec of population as Iterable<unknown>) {
    n++;
    // A record that is not `{ id, household }` (null, a bare household) is an invalid household, named by position.
    const { id, household } = (typeof rec === 'object' && rec !== null ? rec : {}) as Record<string, unknown>;
    const r = s.screen(typeof id === 'string' ? id : `#${n}`, household);
    if ('code' in r) errors.push(r);
    else if (r.warnings.length) items.push(r);
  }
  return { summary: s.summary(), items, errors };
}

function screenOne(pack: PolicyPack, id: string, household: unknown, options: DecideOptions): ScreenItem {
  const j = decide(pack, parseHousehold(household), options);
  return { id, category: j.category, categoryCertain: j.categoryCertain, warnings: screenWarnings(j) };
}

function screenError(id: string, e: SafetynetError): ScreenError {
  const first = e.issues[0];
  return { id, code: e.code, message: first ? `${first.path.join('.')}: ${first.message.en}` : e.message };
}
