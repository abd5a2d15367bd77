/**
 * Remembers a pure function's answers by key: action lists repeat the same few statuses and
 * deadline texts thousands of times. Bounded, so a long-running pane does not grow without end;
 * the answers are the same with or without it. Each answer is frozen, deeply, before it is handed
 * out: every caller with the same key gets the same object, so none may change it for the others.
 * The key is a Map key: a string, or the argument itself where identity is the key (a cell value).
 */
export function memoize<A extends unknown[], R, K = string>(
  f: (...args: A) => R,
  key: (...args: A) => K,
  max = 50_000
): (...args: A) => R {
  const cache = new Map<K, R>();
  return (...args: A) => {
    const k = key(...args);
    const known = cache.get(k);
    if (known !== undefined || cache.has(k)) return known as R;
    if (cache.size >= max) cache.clear();
    const r = freezeDeep(f(...args));
    cache.set(k, r);
    return r;
  };
}

/** Freezes a value and every object and array in it; primitives come back as they are. */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) freezeDeep(inner);
  return Object.freeze(value);
}
