import type { PolicyPack } from './types.js';
import { canonicalJson, sha256Hex } from '../_lib/index.js';

const cache = new WeakMap<PolicyPack, string>();

/**
 * SHA-256 of the resolved pack's content (parents merged in; warnings and file names left out), as
 * `sha256:<hex>`. Two packs with the same figures, rules and sources have the same digest wherever they
 * were loaded from; a one-fen change of any figure changes it.
 *
 * @example
 * packDigest(packs.zhongshan); // 'sha256:3f1c…'
 */
export function packDigest(pack: PolicyPack): string {
  const hit = cache.get(pack);
  if (hit) return hit;
  const { warnings: _warnings, files: _files, ...content } = pack;
  // The same SHA-256 in a browser (a pure implementation) and in Node.js (`node:crypto`): see _lib/sha256.ts.
  const digest = `sha256:${sha256Hex(canonicalJson(content))}`;
  cache.set(pack, digest);
  return digest;
}

/**
 * Records the digest of a pack embedded at build time (computed then from the same content), so the first
 * decision with a bundled pack does not hash it again.
 */
export function rememberDigest(pack: PolicyPack, digest: string): void {
  cache.set(pack, digest);
}
