export { canonicalJson } from './canonical.js';
export { packDigest } from './digest.js';
export { replay, type ReplayDifference, type ReplayResult } from './replay.js';
