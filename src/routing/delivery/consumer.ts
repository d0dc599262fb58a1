// One client's queue as this instance drains it: while the client has a receiving session here, read its
// entries (ours left unacknowledged first, then ones dead instances held too long, then new ones), keep up
// to `batch` of them in flight, in order, and acknowledge each once the client answered. Woken by appends
// (here or, through Redis pub/sub, anywhere) and by a slow poll; an error from the store backs off and retries.
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
  private inFlight = 0;
  /** Answered entries not acknowledged in the store yet. */
  private readonly answered: string[] = [];
  /** An entry in flight got no answer or a temporary error. */
  private failed = false;
  private readonly settled: (() => void)[] = [];

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
    return this.drained && !this.running && !this.stopped && this.inFlight === 0;
  }

  wake(): void {
    if (this.stopped) return;
    this.dirty = true;
    if (!this.running) this.loop = this.run();
  }

  /** Stops reading (the client has no receiving session here any more); resolves when what is in flight settled. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.loop;
    await this.settleAll().catch(() => undefined); // unacknowledged ones are offered again later
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty && !this.stopped) {
        this.dirty = false;
        while (!this.stopped && (await this.step()));
      }
      await this.settleAll();
      if (this.storeDown) {
        this.storeDown = false;
        this.host.log.info({ system_id: this.client }, 'delivery queue readable again');
      }
    } catch (err) {
      // The store is down or failed: nothing is lost (entries stay until acknowledged, and ours are offered
      // again first); look again shortly.
      this.drained = false;
      this.ownPending = true;
      if (!this.storeDown) this.host.log.warn({ system_id: this.client, err }, 'delivery queue not readable; retrying');
      this.storeDown = true;
      this.later(RETRY_MS);
    } finally {
      this.running = false;
    }
  }

  /**
   * Keeps up to `batch` entries in flight to the client, in queue order, refilling as answers come (a window,
   * not lock-step batches: a client that answers with Nagle on would otherwise stall each batch on a delayed
   * ACK). True when there may be more to do right away.
   */
  private async step(): Promise<boolean> {
    if (this.failed) {
      // Something went unanswered: let the rest settle, then offer ours again after a pause, oldest first.
      await this.settleAll();
      this.failed = false;
      this.ownPending = true;
      this.notBefore = Date.now() + RETRY_MS;
    }
    const wait = this.notBefore - Date.now();
    if (wait > 0) {
      this.later(wait);
      return false;
    }
    const session = this.host.receiver(this.client);
    if (!session) {
      await this.settleAll();
      return false;
    }
    const room = this.host.batch - this.inFlight;
    const entries = room > 0 ? await this.read(room) : [];
    if (!entries.length) {
      if (this.inFlight > 0) {
        await this.oneSettled();
        await this.flush(false);
        return true;
      }
      await this.flush(true);
      if (!this.dirty && !this.failed) this.drained = true;
      return this.failed;
    }
    this.drained = false;
    // Sent in queue order on one session (one TCP connection), answered in any order.
    for (const e of entries) this.track(session, e);
    await this.flush(false);
    return true;
  }

  private track(session: ClientSession, e: QueueEntry): void {
    this.inFlight++;
    void this.send(session, e).then((outcome) => {
      this.inFlight--;
      if (outcome === 'done') this.answered.push(e.id);
      else this.failed = true;
      for (const w of this.settled.splice(0)) w();
    });
  }

  private oneSettled(): Promise<void> {
    return new Promise((resolve) => this.settled.push(resolve));
  }

  /** Waits for every entry in flight, then acknowledges what was answered. */
  private async settleAll(): Promise<void> {
    while (this.inFlight > 0) await this.oneSettled();
    await this.flush(true);
  }

  /** Acknowledges answered entries: in groups while more are in flight, all of them when `all`. */
  private async flush(all: boolean): Promise<void> {
    if (!this.answered.length || (!all && this.answered.length < this.host.batch / 2)) return;
    const ids = this.answered.splice(0);
    try {
      await this.host.store.ack(this.client, ids);
    } catch (err) {
      this.answered.unshift(...ids); // acknowledged once the store is back, not delivered again
      throw err;
    }
  }

  private async read(count: number): Promise<QueueEntry[]> {
    const { store, consumer, claimIdleMs } = this.host;
    // Our own unacknowledged entries include those in flight: look only when nothing is.
    if (this.ownPending && this.inFlight === 0) {
      await this.flush(true); // what was answered is not offered again
      const mine = await store.pending(this.client, consumer, count);
      if (mine.length) return mine;
      this.ownPending = false;
    }
    const now = Date.now();
    if (now - this.lastClaim >= claimIdleMs / 2) {
      this.lastClaim = now;
      const orphans = await store.claim(this.client, consumer, claimIdleMs, count);
      if (orphans.length) return orphans;
    }
    return store.next(this.client, consumer, count);
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
