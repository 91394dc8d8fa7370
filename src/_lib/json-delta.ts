/**
 * What turns one JSON value into another, written so that applying it is a few lines:
 * - `0`: the same as the base;
 * - `[value]`: replaced by `value`;
 * - `[null, item, …]`: an array whose items are each a base item by index (`3`) or a new one (`[value]`);
 * - an object: an object with these keys, in this order, each the delta of the base's value under that key
 *   (the base's other keys are left out).
 *
 * A bundled city pack is embedded as its delta from its parent pack: the parent's text is shipped once, not once
 * per child, so a bundle of every pack is about half the size (gzip finds repeats only within 32 KB, and a pack
 * is larger than that).
 */
export type JsonDelta =
  | 0
  | readonly [unknown]
  | readonly [null, ...(number | readonly [unknown])[]]
  | { readonly [key: string]: JsonDelta };

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shorter of a delta and replacing the value whole. */
function shorter(delta: JsonDelta, target: unknown): JsonDelta {
  const whole: JsonDelta = [target];
  return JSON.stringify(delta).length < JSON.stringify(whole).length ? delta : whole;
}

/**
 * The delta that turns `base` into `target` (both JSON values): objects are compared key by key, arrays item
 * by item against the base's items, and anything is replaced whole when that is shorter.
 *
 * @example
 * diffJson({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2, d: 4 }, e: 5 }); // { b: { c: 0, d: [4] }, e: [5] }
 * diffJson(['x', 'y'], ['y', 'x', 'z']); // [null, 1, 0, ['z']]
 */
export function diffJson(base: unknown, target: unknown): JsonDelta {
  const text = JSON.stringify(target);
  if (JSON.stringify(base) === text) return 0;
  if (Array.isArray(base) && Array.isArray(target) && target.length > 0) {
    const index = new Map(base.map((item, i) => [JSON.stringify(item), i] as const));
    const items = target.map((item) => index.get(JSON.stringify(item)) ?? ([item] as const));
    return shorter([null, ...items], target);
  }
  if (!isObject(base) || !isObject(target)) return [target];
  const delta: Record<string, JsonDelta> = {};
  for (const key of Object.keys(target)) {
    setOwn(delta, key, Object.hasOwn(base, key) ? diffJson(base[key], target[key]) : [target[key]]);
  }
  return shorter(delta, target);
}

/**
 * The value `delta` makes of `base`: the inverse of {@link diffJson}, so that
 * `applyJsonDelta(base, diffJson(base, target))` equals `target`, key order included. Parts of `base` that are
 * kept are used as they are (not copied): pass a value no one else holds.
 *
 * @example
 * applyJsonDelta({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 0, d: [4] }, e: [5] }); // { b: { c: 2, d: 4 }, e: 5 }
 */
export function applyJsonDelta(base: unknown, delta: JsonDelta): unknown {
  if (delta === 0) return base;
  if (Array.isArray(delta)) {
    if (delta.length === 1) return delta[0];
    const from: readonly unknown[] = Array.isArray(base) ? base : [];
    return delta.slice(1).map((item) => (typeof item === 'number' ? from[item] : (item as [unknown])[0]));
  }
  const from = isObject(base) ? base : {};
  const out: Record<string, unknown> = {};
  for (const [key, d] of Object.entries(delta as Readonly<Record<string, JsonDelta>>)) {
    setOwn(out, key, applyJsonDelta(from[key], d));
  }
  return out;
}

/** Sets an own, enumerable property, whatever its name (`__proto__` included), as `JSON.parse` would. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
