import { applyJsonDelta, deepFreeze, type JsonDelta } from '../_lib/index.js';
import type { EmbeddedPack } from '../generated/bundled.js';
import { rememberDigest } from './digest.js';
import type { PolicyPack } from './types.js';

const cache = new Map<string, PolicyPack>();

/**
 * A pack embedded at build time, as a frozen {@link PolicyPack}: its JSON is parsed on first use and cached,
 * and its digest comes with it. No YAML and no schema validation at run time: `scripts/embed-policies.ts`
 * validated it, and a test holds the embedded data equal to what validating the YAML gives. Kept apart from
 * the registry of all bundled packs, so that importing one pack brings only it (with the packs it extends) into
 * a bundle.
 */
export function embeddedPack(embedded: EmbeddedPack): PolicyPack {
  const hit = cache.get(embedded.id);
  if (hit) return hit;
  const pack = deepFreeze(embeddedValue(embedded) as PolicyPack);
  rememberDigest(pack, embedded.digest);
  cache.set(embedded.id, pack);
  return pack;
}

/**
 * The data of an embedded pack: its JSON, or — for a pack embedded as what changes from its parent — the
 * parent's data (parsed afresh: packs share no objects) with that delta applied.
 */
function embeddedValue(embedded: EmbeddedPack): unknown {
  const value: unknown = JSON.parse(embedded.json);
  return embedded.parent ? applyJsonDelta(embeddedValue(embedded.parent), value as JsonDelta) : value;
}
