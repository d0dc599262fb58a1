// In-process backend: a bounded LRU with per-entry TTL. Single-threaded, so setIfAbsent is atomic as written.
// Expired entries are dropped lazily on read (or evicted as least recently used); `max` bounds memory.
import { LRUCache } from 'lru-cache';
import { StoreError } from '../errors.js';
import type { KvBackend, StoreHealth } from '../types.js';
import { checkKey, checkTtl, checkValue } from '../validate.js';

export const DEFAULT_MAX_ENTRIES = 100_000;

const HEALTHY: StoreHealth = Object.freeze({ connected: true, connectionErrors: 0, failedOps: 0 });

export function createMemoryKvStore(opts: { maxEntries?: number } = {}): KvBackend {
  const max = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (!Number.isInteger(max) || max < 1) throw new StoreError('STORE_INVALID_ARGUMENT', 'memory', 'create', 'maxEntries must be >= 1');
  const cache = new LRUCache<string, string>({ max });
  let closed = false;

  function open(op: string): void {
    if (closed) throw new StoreError('STORE_CLOSED', 'memory', op);
  }

  return {
    kind: 'memory',
    get health() {
      return HEALTHY;
    },
    async get(key) {
      open('get');
      checkKey(key, 'memory', 'get');
      return cache.get(key);
    },
    async set(key, value, ttlMs) {
      open('set');
      checkKey(key, 'memory', 'set');
      checkValue(value, 'memory', 'set');
      cache.set(key, value, { ttl: checkTtl(ttlMs, 'memory', 'set') });
    },
    async setIfAbsent(key, value, ttlMs) {
      open('setIfAbsent');
      checkKey(key, 'memory', 'setIfAbsent');
      checkValue(value, 'memory', 'setIfAbsent');
      const ttl = checkTtl(ttlMs, 'memory', 'setIfAbsent');
      if (cache.has(key)) return false;
      cache.set(key, value, { ttl });
      return true;
    },
    async setMany(entries, ttlMs) {
      open('setMany');
      const ttl = checkTtl(ttlMs, 'memory', 'setMany');
      // Validate everything first so a bad entry leaves nothing half-written (as MULTI does on Redis).
      for (const [k, v] of entries) {
        checkKey(k, 'memory', 'setMany');
        checkValue(v, 'memory', 'setMany');
      }
      for (const [k, v] of entries) cache.set(k, v, { ttl });
    },
    async del(key) {
      open('del');
      checkKey(key, 'memory', 'del');
      cache.delete(key);
    },
    async close() {
      closed = true;
      cache.clear();
    },
  };
}
