// Per-process caches of hot lookups (ingestion authenticates and reads the active meters on every
// batch). An entry lives a few seconds, so a change made by ANOTHER process is seen after at most
// that long; a write in THIS process invalidates at once. A load that started before an
// invalidation is returned but not kept (it may have read the old rows).
// Held on globalThis by name: Next.js bundles route handlers and server actions apart, each with
// its own copy of this module, and a key revoked by a console action must be forgotten by the API
// routes of the same process.
const holder = globalThis as typeof globalThis & { __billowProcessCaches?: Map<string, ProcessCache<unknown, unknown>> };
const caches = (holder.__billowProcessCaches ??= new Map());

export type ProcessCache<K, V> = {
  /** The cached value, or `load()`'s (kept unless null); `maxAgeMs` below the TTL forces fresher data. */
  get(key: K, load: () => Promise<V>, maxAgeMs?: number): Promise<V>;
  invalidate(): void;
};

export function processCache<K, V>(name: string, ttlMs: number, maxEntries = 1000): ProcessCache<K, V> {
  const existing = caches.get(name);
  if (existing) return existing as ProcessCache<K, V>;
  const entries = new Map<K, { value: V; loadedAt: number }>();
  let generation = 0;
  const cache = {
    async get(key: K, load: () => Promise<V>, maxAgeMs = ttlMs) {
      const entry = entries.get(key);
      if (entry && performance.now() - entry.loadedAt < maxAgeMs) return entry.value;
      const started = generation;
      const loadedAt = performance.now();
      const value = await load();
      if (started === generation && value !== null) {
        if (entries.size >= maxEntries) entries.clear();
        entries.set(key, { value, loadedAt });
      }
      return value;
    },
    invalidate() {
      generation++;
      entries.clear();
    },
  };
  caches.set(name, cache as ProcessCache<unknown, unknown>);
  return cache;
}

/** Tests that empty the database start with empty caches too. */
export function clearProcessCaches(): void {
  for (const cache of caches.values()) cache.invalidate();
}
