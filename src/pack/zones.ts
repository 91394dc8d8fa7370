import type { PolicyPack } from './types.js';

const zoneIndex = new WeakMap<PolicyPack, ReadonlyMap<string, string>>();

/**
 * The zone of a district in a pack with zones; `undefined` when the pack has none or does not list it.
 *
 * @example
 * zoneOf(packs.chengdu, 'wenjiang'); // 'A'
 */
export function zoneOf(pack: PolicyPack, district: string): string | undefined {
  let index = zoneIndex.get(pack);
  if (!index) {
    const m = new Map<string, string>();
    for (const [zone, districts] of Object.entries(pack.zones)) for (const d of districts) m.set(d, zone);
    zoneIndex.set(pack, (index = m));
  }
  return index.get(district);
}
