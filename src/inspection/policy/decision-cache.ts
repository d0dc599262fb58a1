// Bulk campaigns send one template text to many recipients. Decisions depend only on (policy, direction,
// text), so allow and block decisions are cached in an LRU; rewrites are not (they may carry tokens, which
// must be fresh per message). Cached decisions are frozen: they are shared between messages.
import { LRUCache } from 'lru-cache';
import type { Decision, DecisionCacheLike, Direction, Policy } from './types.js';

export interface DecisionCache extends DecisionCacheLike {
  readonly stats: { hits: number; misses: number; size: number };
  clear(): void;
}

export interface DecisionCacheOptions {
  /** Entries (default 10,000). */
  maxEntries?: number;
  /** Total characters of cached texts (default 4,000,000, a few MB). */
  maxChars?: number;
  /** Texts longer than this are not cached (default 1,600: ten concatenated segments). */
  maxTextLength?: number;
}

export function createDecisionCache(opts: DecisionCacheOptions = {}): DecisionCache {
  const maxTextLength = opts.maxTextLength ?? 1_600;
  const lru = new LRUCache<string, Decision>({
    max: opts.maxEntries ?? 10_000,
    maxSize: opts.maxChars ?? 4_000_000,
    sizeCalculation: (_v, k) => k.length,
  });
  const stats = { hits: 0, misses: 0, size: 0 };
  const key = (p: Policy, d: Direction, text: string) => `${p.id}@${p.version}\u0000${d}\u0000${text}`;
  const cacheable = (d: Decision) =>
    (d.action === 'allow' || d.action === 'block') &&
    (d.reason === 'no_findings' || d.reason === 'allowed' || d.reason === 'policy' || d.reason === 'monitor' || d.reason === 'mo_audit');

  return {
    get stats() {
      stats.size = lru.size;
      return { ...stats };
    },
    get(policy, direction, text) {
      if (text.length > maxTextLength) return undefined;
      const d = lru.get(key(policy, direction, text));
      if (d) stats.hits++;
      else stats.misses++;
      return d;
    },
    set(policy, direction, text, decision) {
      if (text.length > maxTextLength || !cacheable(decision)) return;
      for (const f of decision.findings) Object.freeze(f);
      Object.freeze(decision.findings);
      Object.freeze(decision.categories);
      lru.set(key(policy, direction, text), Object.freeze(decision));
    },
    clear() {
      lru.clear();
    },
  };
}
