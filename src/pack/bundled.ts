import type { BundledPackNames } from '../generated/pack-names.js';
import { BUNDLED_FILES, BUNDLED_PACK_IDS, type BundledPackId } from '../generated/policies.js';
import { PackError } from '../errors/index.js';
import type { PolicyPack } from './types.js';
import { validatePack, type PackInput } from './validate.js';

export type { BundledPackId } from '../generated/policies.js';
export type { BundledPackNames, FactName } from '../generated/pack-names.js';

/** A bundled pack, typed with its names (programme ids, parameter keys, zones, facts). */
export type BundledPack<K extends BundledPackId> = PolicyPack<BundledPackNames[K]>;

const cache = new Map<string, PolicyPack>();

function bundledInput(id: string): PackInput | undefined {
  const text = BUNDLED_FILES[`${id}/pack.yaml`];
  return text === undefined ? undefined : { text, file: `policies/${id}/pack.yaml` };
}

/**
 * A bundled pack by id, validated on first use and cached.
 *
 * @throws {PackError} `pack_not_found` for an id that is not bundled.
 * @example
 * getBundledPack('zhongshan').version;
 */
export function getBundledPack<K extends BundledPackId>(id: K): BundledPack<K>;
export function getBundledPack(id: string): PolicyPack;
export function getBundledPack(id: string): PolicyPack {
  const hit = cache.get(id);
  if (hit) return hit;
  const input = bundledInput(id);
  if (!input)
    throw new PackError('pack_not_found', `No bundled pack "${id}" (bundled: ${BUNDLED_PACK_IDS.join(', ')})`);
  const r = validatePack(input, {
    resolveParent: (parent) => (bundledInput(parent) ? getBundledPack(parent) : undefined),
  });
  if (!r.ok) throw new PackError('pack_invalid', `Bundled pack ${id} is invalid`, r.issues);
  cache.set(id, r.value);
  return r.value;
}

/**
 * The packs shipped with the library, ready to use: `packs.cn`, `packs.zhongshan`, … Each is validated
 * the first time it is read.
 *
 * @example
 * import { packs, evaluate } from 'safetynet';
 * const decision = evaluate(packs.chengdu, household, { asOf: '2023-03-01' });
 */
export const packs: { readonly [K in BundledPackId]: BundledPack<K> } = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(BUNDLED_PACK_IDS.map((id) => [id, { enumerable: true, get: () => getBundledPack(id) }])),
  ) as { readonly [K in BundledPackId]: BundledPack<K> },
);

/** Ids of the bundled packs. */
export const bundledPackIds: readonly BundledPackId[] = BUNDLED_PACK_IDS;
