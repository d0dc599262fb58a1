// What the load generator counts. One instance is shared by all binds of a run (one event loop, no locking).
import { statusName } from '../../src/codec/status.js';
import { LatencyRecorder } from './latency.js';

export class LoadStats {
  /** Whole measurement window. */
  readonly latency = new LatencyRecorder();
  /** From the actual write, not the scheduled time: open loop minus the generator's own dispatch lag. */
  readonly service = new LatencyRecorder();
  /** Since the last progress sample (soak time series). */
  readonly interval = new LatencyRecorder();
  sentPdus = 0;
  sentMessages = 0;
  responses = 0;
  statuses = new Map<number, number>();
  deliveries = 0;
  receipts = 0;
  /** Responses whose sequence_number matched nothing in flight (a proxy bug, or a very late answer). */
  unmatched = 0;
  /** Requests given up because their slot was reused before an answer came (over 131,072 sends later). */
  lost = 0;
  socketErrors = 0;

  response(status: number, latencyMs: number, serviceMs: number): void {
    this.responses++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    this.latency.record(latencyMs);
    this.service.record(serviceMs);
    this.interval.record(latencyMs);
  }

  reset(): void {
    this.latency.reset();
    this.service.reset();
    this.interval.reset();
    this.sentPdus = this.sentMessages = this.responses = 0;
    this.deliveries = this.receipts = this.unmatched = this.lost = 0;
    this.statuses = new Map();
  }

  statusCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [code, n] of this.statuses) out[statusName(code)] = n;
    return out;
  }
}
