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
