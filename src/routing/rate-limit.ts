// Submit rate limits (TPS) per upstream: a token bucket that shapes rather than refuses — a request waits
// for its token — with a bounded number of waiters, beyond which it is refused with ESME_RTHROTTLED.
import { Errors } from '../errors.js';

export interface RateLimiter {
  /** Resolves when `n` submits may go out; rejects with windowFull when too many are already waiting. */
  take(n?: number): Promise<void>;
  update(rate: number): void;
}

interface Waiter {
  n: number;
  resolve(): void;
}

export class TokenBucket implements RateLimiter {
  private tokens: number;
  private last = performance.now();
  private readonly waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  /** `rate` tokens per second, bursts up to one second's worth (at least 1). */
  constructor(
    private rate: number,
    private readonly maxWaiters: number,
  ) {
    this.tokens = Math.max(1, rate);
  }

  update(rate: number): void {
    this.refill();
    this.rate = rate;
    this.tokens = Math.min(this.tokens, Math.max(1, rate));
  }

  take(n = 1): Promise<void> {
    if (this.rate <= 0) return Promise.resolve();
    this.refill();
    if (this.waiters.length === 0 && this.tokens >= n) {
      this.tokens -= n;
      return Promise.resolve();
    }
    if (this.waiters.length >= this.maxWaiters) return Promise.reject(Errors.windowFull('rate limit queue full'));
    return new Promise((resolve) => {
      this.waiters.push({ n, resolve });
      this.schedule();
    });
  }

  private refill(): void {
    const now = performance.now();
    this.tokens = Math.min(Math.max(1, this.rate, this.waiters[0]?.n ?? 0), this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }

  private schedule(): void {
    if (this.timer) return;
    const head = this.waiters[0];
    if (!head) return;
    const waitMs = Math.max(1, ((head.n - this.tokens) / this.rate) * 1000);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refill();
      while (this.waiters.length && this.tokens >= this.waiters[0]!.n) {
        const w = this.waiters.shift()!;
        this.tokens -= w.n;
        w.resolve();
      }
      this.schedule();
    }, waitMs);
  }
}

/** No limit. */
export const unlimited: RateLimiter = { take: () => Promise.resolve(), update: () => undefined };
