// Delivery queues in Redis: one Stream per client (`prefix` dq:{client}) with consumer group `g`; every
// instance that has a receiving session of the client reads it under its own consumer name. Appends publish
// the client's system_id on a wake channel, so consumers elsewhere read at once instead of polling.
// Bounded: at most maxPerClient entries (a full queue refuses the append), entries older than the TTL are
// trimmed, and the key expires a TTL after its last append.
import type { Logger } from 'pino';
import { StoreError } from '../errors.js';
import type { QueueEntry, QueueLimits, QueueStore } from '../queue.js';
import type { RedisConnection } from './connect.js';
import { checkPrefix, queueKey, queueWakeChannel } from './keys.js';
import { openRedis } from './managed.js';
import { ACK, APPEND, CLAIM, NEXT, PENDING } from './queue-scripts.js';

export interface RedisQueueStoreOptions {
  connection: RedisConnection;
  prefix: string;
  log: Logger;
  limits: QueueLimits;
  commandTimeoutMs?: number;
  connectWaitMs?: number;
}

type Raw = [Buffer, (Buffer | null)[] | null];

interface QueueCommands {
  dqAppendBuffer(key: string, max: number, ttl: number, payload: Buffer, channel: string, client: string): Promise<Buffer | null>;
  dqNextBuffer(key: string, consumer: string, count: number, ttl: number): Promise<Raw[]>;
  dqPendingBuffer(key: string, consumer: string, count: number): Promise<Raw[]>;
  dqClaimBuffer(key: string, consumer: string, minIdle: number, count: number, pruneIdle: number): Promise<Raw[]>;
  dqAck(key: string, ...ids: string[]): Promise<number>;
  xlen(key: string): Promise<number>;
}

/** A consumer name that held nothing for this long is dropped from the group (it is recreated on use). */
const PRUNE_IDLE_MS = 60 * 60 * 1000;

export async function createRedisQueueStore(opts: RedisQueueStoreOptions): Promise<QueueStore> {
  const prefix = checkPrefix(opts.prefix);
  const ttl = Math.ceil(opts.limits.ttlMs);
  const max = opts.limits.maxPerClient;
  const channel = queueWakeChannel(prefix);
  const common = { connection: opts.connection, log: opts.log, commandTimeoutMs: opts.commandTimeoutMs, connectWaitMs: opts.connectWaitMs };
  const m = await openRedis({ ...common, component: 'queue' });
  for (const [name, lua] of Object.entries({ dqAppend: APPEND, dqNext: NEXT, dqPending: PENDING, dqClaim: CLAIM, dqAck: ACK })) {
    m.client.defineCommand(name, { numberOfKeys: 1, lua });
  }
  const r = m.client as unknown as QueueCommands;

  // Wake-ups: a second connection in subscriber mode. On every (re)connect, subscribe and tell the listeners
  // to look at every queue (appends published while we were away were missed).
  const listeners: ((client: string | undefined) => void)[] = [];
  const notify = (client: string | undefined) => {
    for (const l of listeners) l(client);
  };
  const sub = await openRedis({ ...common, component: 'queue-wake' });
  const subscribe = () =>
    sub.client.subscribe(channel).then(
      () => notify(undefined),
      () => undefined, // the next 'ready' tries again
    );
  sub.client.on('message', (_ch: string, client: string) => notify(client));
  sub.onReady(() => void subscribe());
  // Wait (bounded) for the first subscription, so that an append right after creation wakes the listeners:
  // on a Cluster the subscriber is a connection of its own that only starts connecting now.
  if (sub.health.connected) await within(opts.connectWaitMs ?? 2000, subscribe());

  /** Stream entries as [id, [field, value, ...]]; an id whose entry was trimmed away (expired) is acknowledged. */
  function entries(client: string, raw: Raw[] | null): QueueEntry[] {
    if (!Array.isArray(raw)) return [];
    const out: QueueEntry[] = [];
    const gone: string[] = [];
    for (const e of raw) {
      if (!Array.isArray(e) || !Buffer.isBuffer(e[0])) throw new StoreError('STORE_FAILED', 'redis', 'read', 'unexpected reply');
      const id = e[0].toString();
      const i = e[1] ? e[1].findIndex((f, k) => k % 2 === 0 && f?.toString() === 'p') : -1;
      const payload = i >= 0 ? e[1]![i + 1] : undefined;
      if (payload) out.push({ id, payload });
      else gone.push(id);
    }
    if (gone.length) r.dqAck(queueKey(prefix, client), ...gone).catch(() => undefined);
    return out;
  }

  return {
    kind: 'redis',
    get health() {
      return m.health;
    },
    append(client, payload) {
      return m.run('append', async () => (await r.dqAppendBuffer(queueKey(prefix, client), max, ttl, payload, channel, client)) !== null);
    },
    pending(client, consumer, count) {
      return m.run('pending', async () => entries(client, await r.dqPendingBuffer(queueKey(prefix, client), consumer, count)));
    },
    next(client, consumer, count) {
      return m.run('next', async () => entries(client, await r.dqNextBuffer(queueKey(prefix, client), consumer, count, ttl)));
    },
    claim(client, consumer, minIdleMs, count) {
      return m.run('claim', async () =>
        entries(client, await r.dqClaimBuffer(queueKey(prefix, client), consumer, Math.ceil(minIdleMs), count, PRUNE_IDLE_MS)),
      );
    },
    ack(client, ids) {
      return m.run('ack', async () => {
        if (ids.length) await r.dqAck(queueKey(prefix, client), ...ids);
      });
    },
    size(client) {
      return m.run('size', () => r.xlen(queueKey(prefix, client)));
    },
    onAppend(listener) {
      listeners.push(listener);
    },
    async close() {
      await Promise.all([m.close(), sub.close()]);
    },
  };
}

/** Resolves when `p` settles or after `ms`, whichever is first. */
function within(ms: number, p: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).then(() => clearTimeout(timer));
}
