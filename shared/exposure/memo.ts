/**
 * Results of the exposure check kept by what they were computed from, not by record identity: main builds
 * new record objects for every command, so a beat nobody touched would otherwise be computed again after
 * every edit. The key is the geometry's own content (see beat.ts `geometryKey`), so a hit is exactly the
 * same answer. Bounded, least recently used first out.
 */
const LIMIT = 512;
const store = new Map<string, unknown>();

export function remembered<T>(key: string, make: () => T): T {
  if (store.has(key)) {
    const value = store.get(key) as T;
    store.delete(key);
    store.set(key, value); // most recently used last
    return value;
  }
  const value = make();
  store.set(key, value);
  if (store.size > LIMIT) store.delete(store.keys().next().value!);
  return value;
}

/** Forget every kept result (benchmarks measure the check itself). */
export function clearExposureMemo(): void {
  store.clear();
}
