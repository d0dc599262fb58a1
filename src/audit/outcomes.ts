// Outcome records (what the carrier answered for each forwarded message) are many and not on the durability
// path, so they are gathered and written as one `outcomes` record per batch: one HMAC and one JSON line for
// up to `max` messages instead of one each. Each item keeps the fields a per-message record would have had.
export interface Outcome {
  client: string;
  upstream: string;
  bind?: number;
  client_message_ids: readonly string[];
  carrier_message_ids: readonly (string | null)[];
  status: string;
  parts: number;
  latency_ms: number;
  reason?: string;
}

export class OutcomeBatcher {
  private items: Outcome[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (rec: { type: 'outcomes'; items: Outcome[] }) => void,
    private readonly maxItems = 256,
    private readonly maxDelayMs = 50,
  ) {}

  add(o: Outcome): void {
    this.items.push(o);
    if (this.items.length >= this.maxItems) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.maxDelayMs);
      this.timer.unref();
    }
  }

  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.items.length) return;
    const items = this.items;
    this.items = [];
    this.write({ type: 'outcomes', items });
  }
}
