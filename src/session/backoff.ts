/** Exponential backoff with full jitter (AWS architecture blog): random in [min, min(max, min * 2^attempt)]. */
export function backoffDelay(attempt: number, minMs: number, maxMs: number, random = Math.random): number {
  const cap = Math.min(maxMs, minMs * 2 ** Math.min(attempt, 30));
  return Math.round(minMs + random() * (cap - minMs));
}
