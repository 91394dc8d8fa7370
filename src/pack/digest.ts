import { createHash } from 'node:crypto';
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
  const digest = `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
  cache.set(pack, digest);
  return digest;
}
