// The Node.js builds' `_lib/sha256.ts` (swapped in by scripts/node-variants.ts, never imported directly): the same
// SHA-256 from `node:crypto`. The pure implementation took ≈ 26 ms to import and ≈ 13 ms to hash its first pack here.
import { createHash } from 'node:crypto';

/** SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
