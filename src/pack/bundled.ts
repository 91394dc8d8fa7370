import { deepFreeze } from '../_lib/index.js';
import { PackError } from '../errors/index.js';
import { BUNDLED_PACK_IDS, EMBEDDED_PACKS, type BundledPackId, type EmbeddedPack } from '../generated/bundled.js';
import { rememberDigest } from './digest.js';
import type { PolicyPack } from './types.js';

export type { BundledPackId } from '../generated/bundled.js';

const cache = new Map<string, PolicyPack>();

/**
 * A pack embedded at build time, as a frozen {@link PolicyPack}: its JSON is parsed on first use and cached,
 * and its digest comes with it. No YAML and no schema validation at run time: `scripts/embed-policies.ts`
 * validated it, and a test holds the embedded data equal to what validating the YAML gives.
 */
export function embeddedPack(embedded: EmbeddedPack): PolicyPack {
  const hit = cache.get(embedded.id);
  if (hit) return hit;
  const pack = deepFreeze(JSON.parse(embedded.json) as PolicyPack);
  rememberDigest(pack, embedded.digest);
  cache.set(embedded.id, pack);
  return pack;
}

/**
 * A bundled pack by id, ready to use (validated when the library was built; parsed on first use and cached).
 *
 * @throws {PackError} `pack_not_found` for an id that is not bundled.
 * @example
 * getBundledPack('zhongshan').version;
 */
export function getBundledPack(id: string): PolicyPack {
  if (!Object.hasOwn(EMBEDDED_PACKS, id))
    throw new PackError('pack_not_found', `No bundled pack "${id}" (bundled: ${BUNDLED_PACK_IDS.join(', ')})`);
  return embeddedPack(EMBEDDED_PACKS[id]!);
}

/**
 * The packs shipped with the library, ready to use: `packs.cn`, `packs.zhongshan`, … Each is read the first
 * time it is used. To bundle one pack without the others, import it on its own:
 * `import { chengdu } from 'safetynet-cn/packs/chengdu'`.
 *
 * @example
 * import { packs, evaluate } from 'safetynet-cn';
 * const decision = evaluate(packs.chengdu, household, { asOf: '2023-03-01' });
 */
export const packs: Readonly<Record<BundledPackId, PolicyPack>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.defineProperties(
    {},
    /* @__PURE__ */ Object.fromEntries(
      BUNDLED_PACK_IDS.map((id) => [id, { enumerable: true, get: () => getBundledPack(id) }]),
    ),
  ) as Record<BundledPackId, PolicyPack>,
);

/** Ids of the bundled packs. */
export const bundledPackIds: readonly BundledPackId[] = BUNDLED_PACK_IDS;
