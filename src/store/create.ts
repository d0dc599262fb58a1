// The one place a store is chosen: Redis when a URL is configured, else an in-process LRU.
import type { Logger } from 'pino';
import { createMemoryKvStore } from './memory/memory-kv-store.js';
import { createRedisKvStore } from './redis/redis-kv-store.js';
import type { KvBackend } from './types.js';

export interface CreateKvStoreOptions {
  redisUrl?: string;
  /** Key prefix (Redis only; the memory store is private to the process). */
  prefix: string;
  /** Bound for the memory store (default 100,000 entries; least recently used go first). */
  maxEntries?: number;
  log: Logger;
  /** Redis: per-command timeout (default 1000 ms). */
  commandTimeoutMs?: number;
  /** Redis: how long to wait for the first connection before returning a disconnected store (default 2000 ms). */
  connectWaitMs?: number;
}

export async function createKvStore(opts: CreateKvStoreOptions): Promise<KvBackend> {
  if (opts.redisUrl) {
    return createRedisKvStore({
      url: opts.redisUrl,
      prefix: opts.prefix,
      log: opts.log,
      commandTimeoutMs: opts.commandTimeoutMs,
      connectWaitMs: opts.connectWaitMs,
    });
  }
  return createMemoryKvStore({ maxEntries: opts.maxEntries });
}
