// A Redis client with phiwall's lifecycle around it, shared by every Redis-backed store: connection errors
// counted and logged once per error code (password never in the line), a bounded wait for the first
// connection, operations that reject with a StoreError (never ioredis's error, which carries the command's
// arguments), and a close that quits politely when it can.
import type { Logger } from 'pino';
import { StoreError } from '../errors.js';
import type { StoreHealth } from '../types.js';
import { createRedisClient, describeRedis, type RedisClient, type RedisConnection } from './connect.js';
import { mapRedisError } from './map-error.js';

export interface ManagedRedisOptions {
  connection: RedisConnection;
  log: Logger;
  /** Log field `component` (store, queue, limiter). */
  component: string;
  /** A command with no reply after this long rejects (default 1000 ms). */
  commandTimeoutMs?: number | undefined;
  /** How long `openRedis` waits for the first connection before returning anyway (default 2000 ms). */
  connectWaitMs?: number | undefined;
}

export interface ManagedRedis {
  readonly client: RedisClient;
  readonly log: Logger;
  readonly health: StoreHealth;
  /** Runs one store operation: rejects with STORE_CLOSED after close, maps every failure to a StoreError. */
  run<T>(op: string, fn: () => Promise<T>): Promise<T>;
  /** Called on every (re)connection; used to re-check what may have been missed while disconnected. */
  onReady(listener: () => void): void;
  close(): Promise<void>;
}

export async function openRedis(opts: ManagedRedisOptions): Promise<ManagedRedis> {
  const log = opts.log.child({ component: opts.component, backend: 'redis', redis: describeRedis(opts.connection) });
  const client = createRedisClient(opts.connection, {
    commandTimeoutMs: opts.commandTimeoutMs ?? 1000,
    connectTimeoutMs: opts.connectWaitMs ?? 2000,
    connectionName: 'phiwall',
  });
  let connectionErrors = 0;
  let failedOps = 0;
  let closed = false;
  let lastLoggedCode: string | undefined;
  let wasReady = false;
  const readyListeners: (() => void)[] = [];

  client.on('error', (err: unknown) => {
    connectionErrors++;
    const e = err as { code?: unknown; name?: unknown };
    const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'unknown';
    if (code !== lastLoggedCode) {
      lastLoggedCode = code;
      log.warn({ code }, 'redis connection error; reconnecting');
    }
  });
  client.on('ready', () => {
    lastLoggedCode = undefined;
    log.info(wasReady ? 'redis reconnected' : 'redis connected');
    wasReady = true;
    for (const l of readyListeners) l();
  });
  client.on('close', () => {
    if (!closed && client.status !== 'end' && wasReady && lastLoggedCode === undefined) {
      log.warn('redis connection lost; operations fail until it is back');
      lastLoggedCode = 'closed';
    }
  });

  // Wait (bounded) for the first connection so the first messages after startup do not all fail; if Redis is
  // down we return anyway: operations reject (callers fail closed) and ioredis keeps reconnecting.
  try {
    await client.connect();
  } catch {
    log.warn('redis not reachable at startup; operations fail until it is');
  }

  return {
    client,
    log,
    get health() {
      return { connected: client.status === 'ready', connectionErrors, failedOps };
    },
    async run<T>(op: string, fn: () => Promise<T>): Promise<T> {
      if (closed) throw new StoreError('STORE_CLOSED', 'redis', op);
      try {
        return await fn();
      } catch (err) {
        failedOps++;
        throw err instanceof StoreError ? err : mapRedisError(err, op);
      }
    },
    onReady(listener) {
      readyListeners.push(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (client.status === 'ready') {
        try {
          await client.quit();
          return;
        } catch {
          // fall through: drop the socket
        }
      }
      client.disconnect();
    },
  };
}
