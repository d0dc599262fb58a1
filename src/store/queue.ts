// Per-client delivery queues: FIFO, bounded, entries expire after a TTL, and at-least-once hand-out — an
// entry is handed to one consumer at a time and stays until acknowledged; one a consumer held too long
// without acknowledging (it died) can be claimed by another. The Redis backend is a Stream per client with
// one consumer group (shared by every instance); the memory backend mirrors it in-process. One conformance
// suite runs against both.
import type { StoreHealth } from './types.js';

export interface QueueEntry {
  readonly id: string;
  readonly payload: Buffer;
}

export interface QueueStore {
  readonly kind: 'memory' | 'redis';
  /** Appends to `client`'s queue; false (nothing written) when the queue is full. */
  append(client: string, payload: Buffer): Promise<boolean>;
  /** Entries handed to `consumer` before and not acknowledged yet, oldest first (handed out again). */
  pending(client: string, consumer: string, count: number): Promise<QueueEntry[]>;
  /** Entries never handed out, oldest first, now handed to `consumer`. */
  next(client: string, consumer: string, count: number): Promise<QueueEntry[]>;
  /** Entries held unacknowledged for at least `minIdleMs` (by a consumer that died), now handed to `consumer`. */
  claim(client: string, consumer: string, minIdleMs: number, count: number): Promise<QueueEntry[]>;
  /** Removes entries that were delivered (or given up on). */
  ack(client: string, ids: readonly string[]): Promise<void>;
  /** Entries in the queue, handed out or not. */
  size(client: string): Promise<number>;
  /**
   * `listener(client)` runs when an entry was appended for `client`, by this or any instance sharing the
   * store; `listener(undefined)` when appends may have been missed (a reconnect): look at every queue.
   */
  onAppend(listener: (client: string | undefined) => void): void;
  readonly health: StoreHealth;
  close(): Promise<void>;
}

export interface QueueLimits {
  /** Entries one client's queue may hold. */
  maxPerClient: number;
  /** How long an entry may wait. */
  ttlMs: number;
}
