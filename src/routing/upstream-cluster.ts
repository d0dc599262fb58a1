// An upstream cluster: the binds phiwall keeps to one carrier. Picks the least-loaded bound bind for each
// request; the parts of one concatenated message are sent through one bind (`pick` once, then `bind.request`).
import { UpstreamBind, type UpstreamBindHost, type UpstreamTls, type UpstreamState } from '../session/upstream-bind.js';
import { Errors } from '../errors.js';
import { TokenBucket, type RateLimiter } from './rate-limit.js';
import type { Route } from './route.js';
import type { DefaultAlphabet } from '../codec/text/index.js';
import type { UpstreamConfig } from '../config/schema.js';
import type { Logger } from '../observability/logger.js';

export class UpstreamCluster implements Route {
  readonly binds: UpstreamBind[] = [];
  private cfg: UpstreamConfig;
  private rr = 0;
  private readonly limiter: RateLimiter;

  constructor(
    cfg: UpstreamConfig,
    private readonly tls: UpstreamTls | undefined,
    private readonly host: UpstreamBindHost,
    private readonly log: Logger,
    private readonly maxPdu: number,
    /** The TPS limit (shared across instances through Redis when configured); an in-process bucket by default. */
    limiter?: RateLimiter,
  ) {
    this.cfg = cfg;
    this.limiter = limiter ?? new TokenBucket(cfg.tps, cfg.queue * cfg.binds);
    for (let i = 0; i < cfg.binds; i++) this.binds.push(this.makeBind(i));
  }

  /** Waits for the upstream's TPS limit to let `n` submits out (the parts of one message count each). */
  admit(n = 1): Promise<void> {
    return this.limiter.take(n);
  }

  get name(): string {
    return this.cfg.name;
  }

  get config(): UpstreamConfig {
    return this.cfg;
  }

  get defaultAlphabet(): DefaultAlphabet {
    return this.cfg.default_alphabet;
  }

  /** A cluster is its own route. */
  chooseCluster(): UpstreamCluster | undefined {
    return this.hasCapacity() ? this : undefined;
  }

  /** Some bind is bound, can transmit and has room. */
  hasCapacity(): boolean {
    return this.binds.some((b) => b.canTransmit && b.capacity > 0);
  }

  get boundCount(): number {
    return this.binds.filter((b) => b.isBound).length;
  }

  states(): { bind: string; state: UpstreamState; inFlight: number; queued: number }[] {
    return this.binds.map((b) => ({ bind: b.name, state: b.state, inFlight: b.inFlight, queued: b.queued }));
  }

  start(): void {
    for (const b of this.binds) b.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.binds.map((b) => b.stop()));
  }

  /** A bound bind that can transmit and has room, least loaded first; undefined when none. */
  pick(): UpstreamBind | undefined {
    let best: UpstreamBind | undefined;
    const n = this.binds.length;
    for (let k = 0; k < n; k++) {
      const b = this.binds[(this.rr + k) % n]!;
      if (!b.canTransmit || b.capacity <= 0) continue;
      if (!best || b.inFlight + b.queued < best.inFlight + best.queued) best = b;
    }
    this.rr = (this.rr + 1) % Math.max(1, n);
    return best;
  }

  async request(frame: Buffer): Promise<Buffer> {
    await this.admit();
    const b = this.pick();
    if (!b) return Promise.reject(this.boundCount > 0 ? Errors.windowFull() : Errors.upstreamDown());
    return b.request(frame);
  }

  /** Reload: new settings for existing binds; grow or shrink the number of binds. */
  async update(cfg: UpstreamConfig): Promise<void> {
    const endpointChanged = cfg.host !== this.cfg.host || cfg.port !== this.cfg.port || cfg.system_id !== this.cfg.system_id;
    this.cfg = cfg;
    this.limiter.update(cfg.tps);
    for (const b of this.binds) b.update(cfg);
    while (this.binds.length < cfg.binds) {
      const b = this.makeBind(this.binds.length);
      this.binds.push(b);
      b.start();
    }
    const removed = this.binds.splice(cfg.binds);
    await Promise.all(removed.map((b) => b.stop()));
    if (endpointChanged) {
      // Re-bind one at a time so traffic keeps flowing through the others.
      for (const b of this.binds) {
        await b.stop();
        b.start();
      }
    }
  }

  private makeBind(i: number): UpstreamBind {
    return new UpstreamBind(this.cfg, i, this.tls, this.host, this.log, this.maxPdu);
  }
}
