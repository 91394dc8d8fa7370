import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { PolicyPack } from './types.js';
import { canonicalJson } from '../_lib/index.js';

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
  // A pure SHA-256 (no Node built-in), so digests made in a browser equal those made in Node.
  const digest = `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(content))))}`;
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
