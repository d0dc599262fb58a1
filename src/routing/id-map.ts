// The message-id map: which client and client message_id a carrier message_id belongs to (for receipts),
// and which carrier id a client id stands for (for query_sm, cancel_sm, replace_sm). Lives in a KvStore:
// lru-cache in memory by default, Redis when configured, so receipts still route after a restart.
import type { KvStore } from '../store/types.js';
import { alternateCarrierIds, normalizeCarrierId } from './message-ids.js';

/** What a receipt needs to find its way back. Short keys: one of these is stored per message. */
export interface ClientRef {
  /** client system_id */
  s: string;
  /** the message_id phiwall gave the client */
  i: string;
}

/** What a client id maps to. */
export interface CarrierRef {
  /** upstream name */
  u: string;
  /** carrier message_id (absent while the message is held for reassembly) */
  c?: string;
  /** data_coding of the original submit (replace_sm has none of its own) */
  dc: number;
  /** registered_delivery of the original submit */
  rd: number;
}

export class IdMap {
  // Links made in the same turn of the event loop are written together: one store call (one Redis command)
  // for many messages instead of two commands each.
  private batch: [string, string][] = [];
  private waiting: { resolve(): void; reject(e: unknown): void }[] = [];
  private scheduled = false;

  constructor(
    private readonly kv: KvStore,
    private readonly ttlMs: number,
  ) {}

  /** Records both directions; resolves once stored. */
  link(upstream: string, carrierId: string, client: ClientRef, carrier: Omit<CarrierRef, 'u' | 'c'>): Promise<void> {
    const n = normalizeCarrierId(carrierId);
    this.batch.push(
      [`c:${upstream}:${n}`, `{"s":${JSON.stringify(client.s)},"i":${JSON.stringify(client.i)}}`],
      [`m:${client.s}:${client.i}`, JSON.stringify({ u: upstream, c: carrierId, dc: carrier.dc, rd: carrier.rd } satisfies CarrierRef)],
    );
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private readonly flush = (): void => {
    const entries = this.batch;
    const waiting = this.waiting;
    this.batch = [];
    this.waiting = [];
    this.scheduled = false;
    this.kv.setMany(entries, this.ttlMs).then(
      () => {
        for (const w of waiting) w.resolve();
      },
      (err: unknown) => {
        for (const w of waiting) w.reject(err);
      },
    );
  };

  /** Records a client id that has no carrier id yet (a held part). */
  async hold(client: ClientRef, carrier: CarrierRef): Promise<void> {
    await this.kv.set(`m:${client.s}:${client.i}`, JSON.stringify(carrier), this.ttlMs);
  }

  async byCarrier(upstream: string, carrierId: string): Promise<ClientRef | undefined> {
    const n = normalizeCarrierId(carrierId);
    const direct = await this.kv.get(`c:${upstream}:${n}`);
    if (direct) return parse<ClientRef>(direct);
    // The same id in the other base (hex ↔ decimal): looked up only on a miss, so the common case costs one
    // read and every submit one write per direction.
    for (const alt of alternateCarrierIds(n)) {
      const v = await this.kv.get(`c:${upstream}:${alt}`);
      if (v) return parse<ClientRef>(v);
    }
    return undefined;
  }

  async byClient(systemId: string, clientId: string): Promise<CarrierRef | undefined> {
    const v = await this.kv.get(`m:${systemId}:${clientId}`);
    return v ? parse<CarrierRef>(v) : undefined;
  }
}

function parse<T>(s: string): T | undefined {
  try {
    return JSON.parse(s) as T;
  } catch {
    return undefined;
  }
}
