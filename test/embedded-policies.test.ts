/**
 * The bundled packs and calendars are validated when the library is built and embedded as data
 * (scripts/embed-policies.ts): this holds the embedded data equal to what validating the YAML gives, digest
 * included, so nothing is lost by skipping the YAML parser and the schema at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/_lib/index.js';
import { dayKind, parseCalendar } from '../src/calendar/index.js';
import { EMBEDDED_CALENDARS, EMBEDDED_PACKS } from '../src/generated/bundled.js';
import {
  bundledPackIds,
  getBundledCalendar,
  getBundledPack,
  packDigest,
  packs,
  validatePack,
  type PackInput,
  type PolicyPack,
} from '../src/pack/index.js';
import { exportNameOf } from '../scripts/embed-policies.js';

const packDirs = readdirSync('policies')
  .filter((d) => d !== 'calendars' && statSync(join('policies', d)).isDirectory())
  .sort();

const inputOf = (id: string): PackInput | undefined =>
  packDirs.includes(id)
    ? { text: readFileSync(`policies/${id}/pack.yaml`, 'utf8'), file: `policies/${id}/pack.yaml` }
    : undefined;

/** Validates a bundled pack from its YAML, as the library did before packs were embedded. */
function validateFromYaml(id: string): PolicyPack {
  const r = validatePack(inputOf(id)!, {
    resolveParent: (parent) => (inputOf(parent) ? validateFromYaml(parent) : undefined),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}

describe('embedded bundled packs', () => {
  it('embeds every pack of policies/, and only those', () => {
    expect([...bundledPackIds]).toEqual(packDirs);
    expect(Object.keys(EMBEDDED_PACKS).sort()).toEqual(packDirs);
  });

  for (const id of packDirs) {
    it(`${id}: the embedded pack equals the pack validated from its YAML, digest included`, () => {
      const fromYaml = validateFromYaml(id);
      const embedded = getBundledPack(id);
      expect(embedded).toEqual(fromYaml);
      expect(canonicalJson(embedded)).toBe(canonicalJson(fromYaml));
      // Key order too (programmes, parameters… are listed in it): a pack that extends another is embedded as
      // its delta from the parent, which must give the same object back.
      expect(JSON.stringify(embedded)).toBe(JSON.stringify(fromYaml));
      expect(EMBEDDED_PACKS[id]!.parent?.id).toBe(fromYaml.lineage[1]);
      expect(EMBEDDED_PACKS[id]!.digest).toBe(packDigest(fromYaml));
      expect(packDigest(embedded)).toBe(packDigest(fromYaml));
      // The digest recorded at build time is the digest of the data shipped (hashed afresh here).
      expect(packDigest(structuredClone(embedded))).toBe(EMBEDDED_PACKS[id]!.digest);
      expect(Object.isFrozen(embedded) && Object.isFrozen(embedded.parameters)).toBe(true);
    });

    it(`${id}: its own entry (packs/${id}) is the same object as packs.${exportNameOf(id)}`, async () => {
      const entry = (await import(/* @vite-ignore */ `../src/packs/${id}.ts`)) as Record<string, PolicyPack>;
      expect(Object.keys(entry)).toEqual([exportNameOf(id)]);
      expect(entry[exportNameOf(id)]).toBe(packs[id as keyof typeof packs]);
    });
  }

  it('refuses ids that are not bundled, including inherited property names', () => {
    for (const id of ['nowhere', 'constructor', '__proto__', 'toString']) {
      expect(() => getBundledPack(id)).toThrow(expect.objectContaining({ code: 'pack_not_found' }));
      expect(() => getBundledCalendar(id)).toThrow(expect.objectContaining({ code: 'calendar_not_found' }));
    }
  });
});

describe('embedded bundled calendar', () => {
  const ids = readdirSync('policies/calendars')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));

  it('embeds every calendar of policies/calendars', () => {
    expect(Object.keys(EMBEDDED_CALENDARS).sort()).toEqual(ids.sort());
  });

  for (const id of ids) {
    it(`${id}: equals the calendar validated from its YAML, day by day`, () => {
      const fromYaml = parseCalendar(readFileSync(`policies/calendars/${id}.yaml`, 'utf8'));
      const embedded = getBundledCalendar(id);
      expect(embedded).toEqual(fromYaml);
      let days = 0;
      for (const year of fromYaml.years) {
        for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += 86_400_000, days++) {
          const day = new Date(t).toISOString().slice(0, 10);
          expect(dayKind(embedded, day), day).toEqual(dayKind(fromYaml, day));
        }
      }
      expect(days).toBeGreaterThan(365 * fromYaml.years.length - 1);
    });
  }
});
