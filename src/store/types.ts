// Storage behind one small interface, with a memory and a Redis backend that pass the same conformance suite.
// Keys are plain strings; backends add their own prefix. Values are strings (callers serialize).

export interface KvStore {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<string | undefined>;
  /** Sets with a TTL in milliseconds (> 0). */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets several keys with one TTL in one round trip. */
  setMany(entries: ReadonlyArray<readonly [string, string]>, ttlMs: number): Promise<void>;
  del(key: string): Promise<void>;
  close(): Promise<void>;
}

/** What a backend can tell metrics about itself. Memory is always connected. */
export interface StoreHealth {
  readonly connected: boolean;
  /** Connection-level errors seen (Redis 'error' events). */
  readonly connectionErrors: number;
  /** Operations that rejected (disconnected, timeout, server error). */
  readonly failedOps: number;
}

/**
 * What `createKvStore` returns: the KvStore contract plus an atomic insert (SET NX semantics, used by the
 * token vault to detect collisions) and a health surface. Assignable to KvStore.
 */
export interface KvBackend extends KvStore {
  /** Sets only if the key does not exist; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  readonly health: StoreHealth;
}
