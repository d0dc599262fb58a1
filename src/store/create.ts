// The one place a store is chosen: Redis when it is configured, else an in-process LRU.
import type { Logger } from 'pino';
import { createMemoryKvStore } from './memory/memory-kv-store.js';
import { createRedisKvStore } from './redis/redis-kv-store.js';
import type { KvBackend } from './types.js';
import type { RedisConnection } from './redis/connect.js';
import { createMemoryQueueStore } from './memory/memory-queue-store.js';
import { createRedisQueueStore } from './redis/redis-queue-store.js';
import type { QueueLimits, QueueStore } from './queue.js';
import type { RateStore } from './rate.js';
import { createRedisRateStore } from './redis/redis-rate-store.js';

export interface CreateKvStoreOptions {
  redisUrl?: string;
  /** Redis by Sentinel, Cluster, TLS or credentials (`redis:` of the config); takes precedence over redisUrl. */
  redis?: RedisConnection;
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
  if (opts.redis || opts.redisUrl) {
    return createRedisKvStore({
      connection: opts.redis ?? { url: opts.redisUrl },
      prefix: opts.prefix,
      log: opts.log,
      commandTimeoutMs: opts.commandTimeoutMs,
      connectWaitMs: opts.connectWaitMs,
    });
  }
  return createMemoryKvStore({ maxEntries: opts.maxEntries });
}

export interface CreateQueueStoreOptions {
  redis?: RedisConnection | undefined;
  prefix: string;
  log: Logger;
  limits: QueueLimits;
  /** Memory only: entries over all clients. */
  maxTotal: number;
  commandTimeoutMs?: number;
  connectWaitMs?: number;
}

/** Delivery queues: Redis Streams when Redis is configured (shared by every instance), else in memory. */
export async function createQueueStore(opts: CreateQueueStoreOptions): Promise<QueueStore> {
  if (opts.redis) {
    return createRedisQueueStore({
      connection: opts.redis,
      prefix: opts.prefix,
      log: opts.log,
      limits: opts.limits,
      ...(opts.commandTimeoutMs !== undefined ? { commandTimeoutMs: opts.commandTimeoutMs } : {}),
      ...(opts.connectWaitMs !== undefined ? { connectWaitMs: opts.connectWaitMs } : {}),
    });
  }
  return createMemoryQueueStore({ ...opts.limits, maxTotal: opts.maxTotal });
}

/** Rate limits shared by every instance: only with Redis (without it each instance keeps its own buckets). */
export async function createRateStore(opts: { redis?: RedisConnection | undefined; prefix: string; log: Logger }): Promise<RateStore | undefined> {
  return opts.redis ? createRedisRateStore({ connection: opts.redis, prefix: opts.prefix, log: opts.log }) : undefined;
}
