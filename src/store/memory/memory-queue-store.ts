// In-process delivery queues (no Redis configured): the same contract as the Redis Stream backend, bounded per
// client and in total, entries dropped once older than the TTL. Not durable: a restart loses what it holds.
import { StoreError } from '../errors.js';
import type { QueueEntry, QueueLimits, QueueStore } from '../queue.js';
import type { StoreHealth } from '../types.js';

interface Entry {
  readonly id: string;
  readonly at: number;
  readonly payload: Buffer;
  owner?: string;
  handedAt?: number;
}

const HEALTHY: StoreHealth = Object.freeze({ connected: true, connectionErrors: 0, failedOps: 0 });

export function createMemoryQueueStore(limits: QueueLimits & { maxTotal: number }): QueueStore {
  const queues = new Map<string, Entry[]>();
  const listeners: ((client: string | undefined) => void)[] = [];
  let total = 0;
  let lastMs = 0;
  let seq = 0;
  let closed = false;

  const open = (op: string) => {
    if (closed) throw new StoreError('STORE_CLOSED', 'memory', op);
  };
  const nextId = (now: number) => {
    if (now > lastMs) {
      lastMs = now;
      seq = 0;
    } else seq++;
    return `${lastMs}-${seq}`;
  };
  /** The client's queue with expired entries dropped from its head. */
  const live = (client: string, now: number): Entry[] | undefined => {
    const q = queues.get(client);
    if (!q) return undefined;
    let n = 0;
    while (n < q.length && q[n]!.at <= now - limits.ttlMs) n++;
    if (n) {
      q.splice(0, n);
      total -= n;
    }
    if (!q.length) {
      queues.delete(client);
      return undefined;
    }
    return q;
  };
  /** Up to `count` live entries that `which` picks, oldest first, now handed to `consumer`. */
  const handOut = (client: string, consumer: string, count: number, which: (e: Entry) => boolean): QueueEntry[] => {
    const now = Date.now();
    const out: QueueEntry[] = [];
    for (const e of live(client, now) ?? []) {
      if (out.length >= count) break;
      if (!which(e)) continue;
      e.owner = consumer;
      e.handedAt = now;
      out.push({ id: e.id, payload: e.payload });
    }
    return out;
  };

  return {
    kind: 'memory',
    get health() {
      return HEALTHY;
    },
    async append(client, payload) {
      open('append');
      const now = Date.now();
      const q = live(client, now);
      if ((q?.length ?? 0) >= limits.maxPerClient || total >= limits.maxTotal) return false;
      const entry: Entry = { id: nextId(now), at: now, payload: Buffer.from(payload) };
      if (q) q.push(entry);
      else queues.set(client, [entry]);
      total++;
      for (const l of listeners) queueMicrotask(() => l(client));
      return true;
    },
    async pending(client, consumer, count) {
      open('pending');
      return handOut(client, consumer, count, (e) => e.owner === consumer);
    },
    async next(client, consumer, count) {
      open('next');
      return handOut(client, consumer, count, (e) => e.owner === undefined);
    },
    async claim(client, consumer, minIdleMs, count) {
      open('claim');
      const now = Date.now();
      return handOut(client, consumer, count, (e) => e.owner !== undefined && now - e.handedAt! >= minIdleMs);
    },
    async ack(client, ids) {
      open('ack');
      const q = queues.get(client);
      if (!q || !ids.length) return;
      const gone = new Set(ids);
      const kept = q.filter((e) => !gone.has(e.id));
      total -= q.length - kept.length;
      if (kept.length) queues.set(client, kept);
      else queues.delete(client);
    },
    async size(client) {
      open('size');
      return live(client, Date.now())?.length ?? 0;
    },
    onAppend(listener) {
      listeners.push(listener);
    },
    async close() {
      closed = true;
      queues.clear();
      total = 0;
    },
  };
}
