export { canonicalJson } from '../_lib/index.js';
export { packDigest } from '../pack/index.js';
export { replay, type ReplayDifference, type ReplayResult } from './replay.js';
