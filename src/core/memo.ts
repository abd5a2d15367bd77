/**
 * Remembers a pure function's answers by key: action lists repeat the same few statuses and
 * deadline texts thousands of times. Bounded, so a long-running pane does not grow without end;
 * the answers are the same with or without it.
 */
export function onthoud<A extends unknown[], R>(
  f: (...args: A) => R,
  sleutel: (...args: A) => string,
  max = 50_000
): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const k = sleutel(...args);
    const bekend = cache.get(k);
    if (bekend !== undefined || cache.has(k)) return bekend as R;
    if (cache.size >= max) cache.clear();
    const r = f(...args);
    cache.set(k, r);
    return r;
  };
}
