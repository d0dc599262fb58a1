// Receipts and replies on their way to a client, wherever it is bound. A carrier's deliver_sm arrives on
// some instance; it goes either
//   - straight to a receiving session of the client on this instance, when the client's queue is empty:
//     this instance reads nothing from it and appends nothing to it right now, and the shared queue's length
//     (one Redis round trip) is 0. The length check is what keeps order across instances: an entry another
//     instance acknowledged to the carrier before this deliver_sm was sent is in the queue by then, so this
//     one queues behind it. The carrier is answered with the client's own answer; or
//   - into the client's queue (a Redis Stream shared by every instance, or memory without Redis); the carrier
//     is answered ESME_ROK once the entry is stored, ESME_RX_T_APPN (retry later) when the queue is full or
//     the store is down. Every instance with a receiving session of the client drains the queue, in order.
// A direct delivery that gets no answer (the session closed, or timed out) falls back to the queue.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Status } from '../../codec/status.js';
import type { Logger } from '../../observability/logger.js';
import type { ClientSession } from '../../session/client-session.js';
import type { QueueStore } from '../../store/queue.js';
import type { Router } from '../router.js';
import { ClientConsumer, type ConsumerHost } from './consumer.js';
import type { DeliveryMetrics } from './metrics.js';

export interface DeliveryQueueOptions {
  store: QueueStore;
  router: Router;
  log: Logger;
  metrics: DeliveryMetrics;
  batch: number;
  /** Entries held unacknowledged this long by another instance are taken over. */
  claimIdleMs: number;
  pollMs: number;
  /** The client refused an entry for good (a permanent error status): recorded, then dropped. */
  onRefused?(client: string, status: number): void;
}

export class DeliveryQueue {
  /** This instance's consumer name in every client's consumer group. */
  readonly consumerName = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly consumers = new Map<string, ClientConsumer>();
  /** Appends under way per client: until they land, nothing may go past them. */
  private readonly appending = new Map<string, number>();
  private readonly host: ConsumerHost;
  private readonly log: Logger;
  /** Logged once per outage, not once per receipt. */
  private storeDown = false;

  constructor(private readonly opts: DeliveryQueueOptions) {
    this.log = opts.log.child({ component: 'delivery' });
    this.host = {
      store: opts.store,
      consumer: this.consumerName,
      batch: opts.batch,
      claimIdleMs: opts.claimIdleMs,
      pollMs: opts.pollMs,
      log: this.log,
      receiver: (client) => opts.router.receiver(client),
      outcome: (client, status) => {
        if (status === Status.ESME_ROK) {
          opts.metrics.delivered.inc({ path: 'queue' });
          return;
        }
        opts.metrics.refused.inc();
        opts.onRefused?.(client, status);
      },
    };
    opts.store.onAppend((client) => {
      if (client === undefined) for (const c of this.consumers.values()) c.wake();
      else this.consumers.get(client)?.wake();
    });
  }

  /** Hands over one deliver_sm / data_sm for `client` (sequence number to be set); resolves with the status for the carrier. */
  async deliver(client: string, frame: Buffer): Promise<number> {
    if (this.consumers.get(client)?.idle && !this.appending.get(client)) {
      let queued: number;
      try {
        queued = await this.opts.store.size(client);
        this.storeBack();
      } catch (err) {
        return this.unavailable(client, err);
      }
      const session = queued === 0 && !this.appending.get(client) ? this.opts.router.receiver(client) : undefined;
      if (session) {
        try {
          const resp = await session.deliver(frame);
          this.opts.metrics.delivered.inc({ path: 'direct' });
          return resp.readUInt32BE(8);
        } catch {
          // No answer: keep it for the next session, here or on another instance.
          this.opts.metrics.fallbacks.inc();
        }
      }
    }
    return this.enqueue(client, frame);
  }

  /** A session bound: if it can receive, this instance drains the client's queue from now on. */
  sessionBound(session: ClientSession): void {
    const id = session.systemId;
    if (!id || !session.canReceive) return;
    const c = this.consumers.get(id);
    if (c) c.wake();
    else this.consumers.set(id, new ClientConsumer(id, this.host));
  }

  /** A session closed: with no receiving session of the client left here, stop draining its queue. */
  sessionClosed(session: ClientSession): void {
    const id = session.systemId;
    if (!id || this.opts.router.sessions(id).some((s) => s.canReceive)) return;
    const c = this.consumers.get(id);
    if (!c) return;
    this.consumers.delete(id);
    void c.stop();
  }

  /** Entries waiting for `client` (for tests and the admin view). */
  size(client: string): Promise<number> {
    return this.opts.store.size(client);
  }

  async close(timeoutMs = 1000): Promise<void> {
    const stops = [...this.consumers.values()].map((c) => c.stop());
    this.consumers.clear();
    await Promise.race([Promise.all(stops), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    await this.opts.store.close();
  }

  private async enqueue(client: string, frame: Buffer): Promise<number> {
    this.appending.set(client, (this.appending.get(client) ?? 0) + 1);
    try {
      if (!(await this.opts.store.append(client, frame))) {
        this.opts.metrics.queueRefused.inc({ reason: 'full' });
        this.log.warn({ system_id: client }, 'delivery queue full; the carrier will retry');
        return Status.ESME_RX_T_APPN;
      }
      this.opts.metrics.queued.inc();
      this.storeBack();
      return Status.ESME_ROK;
    } catch (err) {
      return this.unavailable(client, err);
    } finally {
      const n = (this.appending.get(client) ?? 1) - 1;
      if (n > 0) this.appending.set(client, n);
      else this.appending.delete(client);
      this.consumers.get(client)?.wake();
    }
  }

  private unavailable(client: string, err: unknown): number {
    this.opts.metrics.queueRefused.inc({ reason: 'store' });
    if (!this.storeDown) this.log.warn({ system_id: client, err }, 'delivery queue unavailable; carriers get ESME_RX_T_APPN and retry');
    this.storeDown = true;
    return Status.ESME_RX_T_APPN;
  }

  private storeBack(): void {
    if (!this.storeDown) return;
    this.storeDown = false;
    this.log.info('delivery queue available again');
  }
}
