import type { BundledPackNames } from '../generated/pack-names.js';
import { PackError } from '../errors/index.js';
import { BUNDLED_PACK_IDS, EMBEDDED_PACKS, type BundledPackId } from '../generated/bundled.js';
import { embeddedPack } from './embedded.js';
import type { PolicyPack } from './types.js';

export type { BundledPackId } from '../generated/bundled.js';
export type { BundledPackNames, FactName } from '../generated/pack-names.js';

/** A bundled pack, typed with its names (programme ids, parameter keys, zones, facts). */
export type BundledPack<K extends BundledPackId> = PolicyPack<BundledPackNames[K]>;

/**
 * A bundled pack by id, ready to use (validated when the library was built; parsed on first use and cached).
 *
 * @throws {PackError} `pack_not_found` for an id that is not bundled.
 * @example
 * getBundledPack('zhongshan').version;
 */
export function getBundledPack<K extends BundledPackId>(id: K): BundledPack<K>;
export function getBundledPack(id: string): PolicyPack;
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
export const packs: { readonly [K in BundledPackId]: BundledPack<K> } = /* @__PURE__ */ definePacks(BUNDLED_PACK_IDS);

/** A frozen object with a getter per bundled pack (a pure call: a bundler drops it, and the packs, when unused). */
function definePacks(ids: readonly BundledPackId[]): { readonly [K in BundledPackId]: BundledPack<K> } {
  const getters = Object.fromEntries(ids.map((id) => [id, { enumerable: true, get: () => getBundledPack(id) }]));
  return Object.freeze(Object.defineProperties({}, getters) as { readonly [K in BundledPackId]: BundledPack<K> });
}

/** Ids of the bundled packs. */
export const bundledPackIds: readonly BundledPackId[] = BUNDLED_PACK_IDS;
