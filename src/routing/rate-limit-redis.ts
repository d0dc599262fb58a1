// A TPS limit shared by every instance through Redis (one GCRA reservation per take, one round trip), with
// the same contract as the in-process TokenBucket: a submit waits its turn; past the waiting room it is
// refused with ESME_RTHROTTLED. While Redis is unreachable it fails open to a local TokenBucket at the same
// rate: each instance then limits only itself (a limiter is traffic shaping, not a PHI control).
import { Errors } from '../errors.js';
import type { Logger } from '../observability/logger.js';
import type { RateStore } from '../store/rate.js';
import { TokenBucket, type RateLimiter } from './rate-limit.js';

export class SharedRateLimiter implements RateLimiter {
  private waiting = 0;
  private readonly local: TokenBucket;
  private degraded = false;

  /** `rate` per second over all instances, bursts of one second's worth; at most `maxWaiters` waiting here. */
  constructor(
    private readonly store: RateStore,
    private readonly kind: 'c' | 'u',
    private readonly name: string,
    private rate: number,
    private readonly maxWaiters: number,
    private readonly log: Logger,
  ) {
    this.local = new TokenBucket(rate, maxWaiters);
  }

  update(rate: number): void {
    this.rate = rate;
    this.local.update(rate);
  }

  async take(n = 1): Promise<void> {
    if (this.rate <= 0) return;
    if (this.waiting >= this.maxWaiters) throw Errors.windowFull('rate limit queue full');
    this.waiting++;
    try {
      let delayMs: number;
      try {
        // The waiting room as time: as long as `maxWaiters` would wait at this rate.
        delayMs = await this.store.reserve(this.kind, this.name, this.rate, Math.max(1, this.rate), n, (this.maxWaiters / this.rate) * 1000);
      } catch {
        if (!this.degraded) this.log.warn({ limit: this.kind === 'c' ? 'client' : 'upstream', name: this.name }, 'shared rate limit unavailable; limiting this instance only');
        this.degraded = true;
        return await this.local.take(n);
      }
      if (this.degraded) this.log.info({ limit: this.kind === 'c' ? 'client' : 'upstream', name: this.name }, 'shared rate limit back');
      this.degraded = false;
      if (delayMs < 0) throw Errors.windowFull('rate limit queue full');
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    } finally {
      this.waiting--;
    }
  }
}
