// One client's queue as this instance drains it: while the client has a receiving session here, read its
// entries (ours left unacknowledged first, then ones dead instances held too long, then new ones), send a
// batch in order on one session, and acknowledge each once the client answered. Woken by appends (here or,
// through Redis pub/sub, anywhere) and by a slow poll; an error from the store backs off and retries.
import { Status } from '../../codec/status.js';
import type { Logger } from '../../observability/logger.js';
import type { ClientSession } from '../../session/client-session.js';
import type { QueueEntry, QueueStore } from '../../store/queue.js';

export interface ConsumerHost {
  readonly store: QueueStore;
  /** This instance's consumer name (one per gateway process). */
  readonly consumer: string;
  readonly batch: number;
  readonly claimIdleMs: number;
  readonly pollMs: number;
  readonly log: Logger;
  /** A receiving session of the client on this instance, or undefined. */
  receiver(client: string): ClientSession | undefined;
  /** An entry left the queue: delivered, or refused by the client for good (with its status). */
  outcome(client: string, status: number): void;
}

/** Client answers that mean "not now": the entry stays and is offered again. */
const TEMPORARY = new Set<number>([Status.ESME_RX_T_APPN, Status.ESME_RMSGQFUL, Status.ESME_RTHROTTLED]);
const RETRY_MS = 1000;

type Outcome = 'done' | 'retry';

export class ClientConsumer {
  private running = false;
  private dirty = false;
  private stopped = false;
  private drained = false;
  /** Entries we were handed and did not get an answer for: offered again before anything newer. */
  private ownPending = true;
  private lastClaim = 0;
  private notBefore = 0;
  private loop: Promise<void> = Promise.resolve();
  private readonly poll: NodeJS.Timeout;
  private retryTimer: NodeJS.Timeout | undefined;
  private storeDown = false;

  constructor(
    readonly client: string,
    private readonly host: ConsumerHost,
  ) {
    this.poll = setInterval(() => this.wake(), host.pollMs);
    this.poll.unref();
    this.wake();
  }

  /** The last look found the queue empty and nothing is being sent from it. */
  get idle(): boolean {
    return this.drained && !this.running && !this.stopped;
  }

  wake(): void {
    if (this.stopped) return;
    this.dirty = true;
    if (!this.running) this.loop = this.run();
  }

  /** Stops reading (the client has no receiving session here any more); resolves when the last batch is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.loop;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty && !this.stopped) {
        this.dirty = false;
        while (!this.stopped && (await this.step()));
      }
      if (this.storeDown) {
        this.storeDown = false;
        this.host.log.info({ system_id: this.client }, 'delivery queue readable again');
      }
    } catch (err) {
      // The store is down or failed: nothing is lost (entries stay until acknowledged); look again shortly.
      this.drained = false;
      if (!this.storeDown) this.host.log.warn({ system_id: this.client, err }, 'delivery queue not readable; retrying');
      this.storeDown = true;
      this.later(RETRY_MS);
    } finally {
      this.running = false;
    }
  }

  /** One batch; true when there may be more to read right away. */
  private async step(): Promise<boolean> {
    const wait = this.notBefore - Date.now();
    if (wait > 0) {
      this.later(wait);
      return false;
    }
    const session = this.host.receiver(this.client);
    if (!session) return false;
    const entries = await this.read();
    if (!entries.length) {
      if (!this.dirty) this.drained = true;
      return false;
    }
    this.drained = false;
    // Sent in queue order on one session (one TCP connection), answered in any order.
    const outcomes = await Promise.all(entries.map((e) => this.send(session, e)));
    await this.host.store.ack(
      this.client,
      entries.filter((_, i) => outcomes[i] === 'done').map((e) => e.id),
    );
    if (outcomes.includes('retry')) {
      this.ownPending = true;
      this.notBefore = Date.now() + RETRY_MS;
    }
    return true;
  }

  private async read(): Promise<QueueEntry[]> {
    const { store, consumer, batch, claimIdleMs } = this.host;
    if (this.ownPending) {
      const mine = await store.pending(this.client, consumer, batch);
      if (mine.length) return mine;
      this.ownPending = false;
    }
    const now = Date.now();
    if (now - this.lastClaim >= claimIdleMs / 2) {
      this.lastClaim = now;
      const orphans = await store.claim(this.client, consumer, claimIdleMs, batch);
      if (orphans.length) return orphans;
    }
    return store.next(this.client, consumer, batch);
  }

  private async send(session: ClientSession, e: QueueEntry): Promise<Outcome> {
    let status: number;
    try {
      // A copy: the connection writes its sequence number into the frame.
      status = (await session.deliver(Buffer.from(e.payload))).readUInt32BE(8);
    } catch {
      return 'retry'; // no answer: the session closed or timed out
    }
    if (TEMPORARY.has(status)) return 'retry';
    this.host.outcome(this.client, status);
    return 'done';
  }

  private later(ms: number): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.wake();
    }, ms);
    this.retryTimer.unref();
  }
}
