import { StoreError } from './errors.js';

// Both backends validate the same way so the conformance suite can pin it.

/** A TTL in whole milliseconds (rounded up: Redis PX takes integers), or a StoreError. */
export function checkTtl(ttlMs: number, backend: 'memory' | 'redis', op: string): number {
  if (typeof ttlMs !== 'number' || !Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new StoreError('STORE_INVALID_ARGUMENT', backend, op, 'ttlMs must be > 0');
  }
  return Math.ceil(ttlMs);
}

export function checkKey(key: string, backend: 'memory' | 'redis', op: string): void {
  if (typeof key !== 'string' || key.length === 0) {
    throw new StoreError('STORE_INVALID_ARGUMENT', backend, op, 'key must be a non-empty string');
  }
}

export function checkValue(value: string, backend: 'memory' | 'redis', op: string): void {
  if (typeof value !== 'string') throw new StoreError('STORE_INVALID_ARGUMENT', backend, op, 'value must be a string');
}
