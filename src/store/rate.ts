// Shared rate-limit state (Redis only: without Redis each instance keeps its own in-process token bucket).
import type { StoreHealth } from './types.js';

export interface RateStore {
  /**
   * Reserves `n` submits under `rate` per second with bursts of `burst`: resolves with how long (ms) to wait
   * before sending them, or -1 when that wait would exceed `maxDelayMs` (then nothing was reserved).
   */
  reserve(kind: 'c' | 'u', name: string, rate: number, burst: number, n: number, maxDelayMs: number): Promise<number>;
  readonly health: StoreHealth;
  close(): Promise<void>;
}
