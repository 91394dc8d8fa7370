/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same samples on every
 * machine, so an analysis run is reproducible. Not for anything security-related.
 *
 * @example
 * const next = createPrng(42);
 * next(); // a number in [0, 1), the same on every run
 */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A seed derived from a base seed and a stream number, so that each context draws its own stream.
 *
 * @example
 * mixSeed(1, 3) !== mixSeed(1, 4); // true
 */
export function mixSeed(seed: number, stream: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
}
