import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * SHA-256 of a text's UTF-8 bytes, in lowercase hex. Bundlers and browsers get a pure implementation (no Node
 * built-in), so a digest made in a browser equals one made in Node; the Node.js builds replace this module with
 * `node/sha256.ts`, the same digest from `node:crypto`, which costs nothing to load and nothing to warm up.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
