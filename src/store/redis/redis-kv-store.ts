// Redis backend. Every key gets the configured prefix and a TTL (PX); concurrent calls are batched by
// ioredis auto-pipelining; setMany is one MULTI.
//
// Failure model: callers (the inspection pipeline) must fail closed, and an SMPP submit_sm must be answered
// quickly, so commands never wait for a reconnect:
//   - enableOfflineQueue: false   a command issued while disconnected rejects at once instead of queueing
//                                 (an offline queue would hold messages for seconds and then replay them);
//   - maxRetriesPerRequest: 0     commands in flight when the connection drops reject at once instead of
//                                 being resent after the reconnect;
//   - commandTimeout              a connected but stalled server fails a command after commandTimeoutMs.
// Reconnection is automatic (retryStrategy, capped backoff); `health.connected` says when it is back.
// The client and its lifecycle (connect.ts, managed.ts) are shared with the other Redis-backed stores.
import { Cluster } from 'ioredis';
import type { Logger } from 'pino';
import type { KvBackend } from '../types.js';
import { checkKey, checkTtl, checkValue } from '../validate.js';
import { checkPrefix, redisKey } from './keys.js';
import type { RedisConnection } from './connect.js';
import { openRedis } from './managed.js';

export interface RedisKvStoreOptions {
  /** A single server; or give `connection` (Sentinel, Cluster, TLS, credentials). */
  url?: string;
  connection?: RedisConnection;
  prefix: string;
  log: Logger;
  /** A command with no reply after this long rejects (default 1000 ms). */
  commandTimeoutMs?: number;
  /** How long createRedisKvStore waits for the first connection before returning anyway (default 2000 ms). */
  connectWaitMs?: number;
}

export async function createRedisKvStore(opts: RedisKvStoreOptions): Promise<KvBackend> {
  const prefix = checkPrefix(opts.prefix);
  const m = await openRedis({
    connection: opts.connection ?? { url: opts.url },
    log: opts.log,
    component: 'store',
    commandTimeoutMs: opts.commandTimeoutMs,
    connectWaitMs: opts.connectWaitMs,
  });
  const redis = m.client;
  const run = m.run;
  // SET ... PX for every key of a batch (KEYS), values then the TTL in ARGV; ioredis sends EVALSHA. A script
  // may only touch keys of one slot in Redis Cluster, so there the batch goes out as pipelined SETs instead.
  const scripted = !(redis instanceof Cluster);
  if (scripted) {
    redis.defineCommand('phiwallSetMany', {
      lua: "local ttl = ARGV[#ARGV] for i = 1, #KEYS do redis.call('SET', KEYS[i], ARGV[i], 'PX', ttl) end return #KEYS",
    });
  }

  return {
    kind: 'redis',
    get health() {
      return m.health;
    },
    get(key) {
      return run('get', async () => {
        checkKey(key, 'redis', 'get');
        return (await redis.get(redisKey(prefix, key))) ?? undefined;
      });
    },
    set(key, value, ttlMs) {
      return run('set', async () => {
        checkKey(key, 'redis', 'set');
        checkValue(value, 'redis', 'set');
        await redis.set(redisKey(prefix, key), value, 'PX', checkTtl(ttlMs, 'redis', 'set'));
      });
    },
    setIfAbsent(key, value, ttlMs) {
      return run('setIfAbsent', async () => {
        checkKey(key, 'redis', 'setIfAbsent');
        checkValue(value, 'redis', 'setIfAbsent');
        const reply = await redis.set(redisKey(prefix, key), value, 'PX', checkTtl(ttlMs, 'redis', 'setIfAbsent'), 'NX');
        return reply === 'OK';
      });
    },
    setMany(entries, ttlMs) {
      return run('setMany', async () => {
        const ttl = checkTtl(ttlMs, 'redis', 'setMany');
        for (const [k, v] of entries) {
          checkKey(k, 'redis', 'setMany');
          checkValue(v, 'redis', 'setMany');
        }
        if (entries.length === 0) return;
        if (entries.length === 1 || !scripted) {
          await Promise.all(entries.map(([k, v]) => redis.set(redisKey(prefix, k), v, 'PX', ttl)));
          return;
        }
        // One script call for the whole batch: far less client-side work than a command per key.
        const args: (string | number)[] = [entries.length];
        for (const [k] of entries) args.push(redisKey(prefix, k));
        for (const [, v] of entries) args.push(v);
        args.push(ttl);
        await (redis as unknown as { phiwallSetMany(...a: (string | number)[]): Promise<unknown> }).phiwallSetMany(...args);
      });
    },
    del(key) {
      return run('del', async () => {
        checkKey(key, 'redis', 'del');
        await redis.del(redisKey(prefix, key));
      });
    },
    close: () => m.close(),
  };
}
