export { replay, type ReplayDifference, type ReplayResult } from './replay.js';
