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
// The 'error' event is always handled (ioredis emits one per failed attempt): it is counted, and logged only
// when its code changes, with the password stripped from the URL.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { StoreError } from '../errors.js';
import type { KvBackend } from '../types.js';
import { checkKey, checkTtl, checkValue } from '../validate.js';
import { checkPrefix, redisKey } from './keys.js';
import { mapRedisError } from './map-error.js';
import { redactRedisUrl } from './redact-url.js';

export interface RedisKvStoreOptions {
  url: string;
  prefix: string;
  log: Logger;
  /** A command with no reply after this long rejects (default 1000 ms). */
  commandTimeoutMs?: number;
  /** How long createRedisKvStore waits for the first connection before returning anyway (default 2000 ms). */
  connectWaitMs?: number;
}

const MAX_RECONNECT_DELAY_MS = 2000;

export async function createRedisKvStore(opts: RedisKvStoreOptions): Promise<KvBackend> {
  const prefix = checkPrefix(opts.prefix);
  const where = redactRedisUrl(opts.url);
  const log = opts.log.child({ component: 'store', backend: 'redis', redis: where });
  const redis = new Redis(opts.url, {
    lazyConnect: true,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: opts.commandTimeoutMs ?? 1000,
    connectTimeout: opts.connectWaitMs ?? 2000,
    retryStrategy: (times) => Math.min(100 * times, MAX_RECONNECT_DELAY_MS),
    connectionName: 'phiwall',
  });
  // SET ... PX for every key of a batch (KEYS), values then the TTL in ARGV; ioredis sends EVALSHA.
  redis.defineCommand('phiwallSetMany', {
    lua: "local ttl = ARGV[#ARGV] for i = 1, #KEYS do redis.call('SET', KEYS[i], ARGV[i], 'PX', ttl) end return #KEYS",
  });

  let connectionErrors = 0;
  let failedOps = 0;
  let closed = false;
  let lastLoggedCode: string | undefined;
  let wasReady = false;

  redis.on('error', (err: unknown) => {
    connectionErrors++;
    const e = err as { code?: unknown; name?: unknown };
    const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'unknown';
    if (code !== lastLoggedCode) {
      lastLoggedCode = code;
      log.warn({ code }, 'redis connection error; reconnecting');
    }
  });
  redis.on('ready', () => {
    lastLoggedCode = undefined;
    log.info(wasReady ? 'redis reconnected' : 'redis connected');
    wasReady = true;
  });
  redis.on('close', () => {
    if (!closed && redis.status !== 'end' && wasReady && lastLoggedCode === undefined) {
      log.warn('redis connection lost; operations fail until it is back');
      lastLoggedCode = 'closed';
    }
  });

  // Wait (bounded) for the first connection so the first messages after startup do not all fail; if Redis is
  // down we return anyway: operations reject (callers fail closed) and ioredis keeps reconnecting.
  try {
    await redis.connect();
  } catch {
    log.warn('redis not reachable at startup; operations fail until it is');
  }

  async function run<T>(op: string, fn: () => Promise<T>): Promise<T> {
    if (closed) throw new StoreError('STORE_CLOSED', 'redis', op);
    try {
      return await fn();
    } catch (err) {
      failedOps++;
      throw err instanceof StoreError ? err : mapRedisError(err, op);
    }
  }

  return {
    kind: 'redis',
    get health() {
      return { connected: redis.status === 'ready', connectionErrors, failedOps };
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
        if (entries.length === 1) {
          await redis.set(redisKey(prefix, entries[0]![0]), entries[0]![1], 'PX', ttl);
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
    async close() {
      if (closed) return;
      closed = true;
      if (redis.status === 'ready') {
        try {
          await redis.quit();
          return;
        } catch {
          // fall through: drop the socket
        }
      }
      redis.disconnect();
    },
  };
}
