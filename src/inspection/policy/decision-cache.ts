// Bulk campaigns send one template text to many recipients. Decisions depend only on (policy, direction,
// text), so allow, block and redaction decisions are cached in an LRU; rewrites with tokens are not (tokens
// must be fresh per message: evaluate() never offers those). Cached decisions are frozen: they are shared
// between messages.
import { LRUCache } from 'lru-cache';
import type { Decision, DecisionCacheLike, Direction, Policy } from './types.js';

export interface DecisionCache extends DecisionCacheLike {
  readonly stats: { hits: number; misses: number };
  clear(): void;
}

export interface DecisionCacheOptions {
  /** Entries per policy and direction (default 10,000). */
  maxEntries?: number;
  /** Characters of cached texts per policy and direction (default 4,000,000, a few MB). */
  maxChars?: number;
  /** Texts longer than this are not cached (default 1,600: ten concatenated segments). */
  maxTextLength?: number;
}

/** A cache that remembers nothing (`inspection.decision_cache: 0`). */
export function noDecisionCache(): DecisionCache {
  const stats = { hits: 0, misses: 0 };
  return {
    get stats() {
      return { ...stats };
    },
    get() {
      stats.misses++;
      return undefined;
    },
    set() {},
    clear() {},
  };
}

export function createDecisionCache(opts: DecisionCacheOptions = {}): DecisionCache {
  const maxTextLength = opts.maxTextLength ?? 1_600;
  const maxEntries = opts.maxEntries ?? 10_000;
  const maxChars = opts.maxChars ?? 4_000_000;
  // One LRU per (policy, direction), keyed by the text itself: building a composite string key would copy
  // and re-hash every text, which costs more than a cheap detection. A Policy is immutable (a new version is
  // a new object), so partitions hang off the object and go away with it.
  let partitions = new WeakMap<Policy, Partial<Record<Direction, LRUCache<string, Decision>>>>();
  const stats = { hits: 0, misses: 0 };
  const partition = (p: Policy, d: Direction, create: boolean) => {
    let byDirection = partitions.get(p);
    if (!byDirection) {
      if (!create) return undefined;
      byDirection = {};
      partitions.set(p, byDirection);
    }
    let lru = byDirection[d];
    if (!lru && create) {
      lru = new LRUCache<string, Decision>({ max: maxEntries, maxSize: maxChars, sizeCalculation: (v, k) => k.length + (v.text?.length ?? 0) || 1 });
      byDirection[d] = lru;
    }
    return lru;
  };
  const cacheable = (d: Decision) =>
    (d.action === 'allow' || d.action === 'block' || (d.action === 'rewrite' && d.text !== undefined)) &&
    (d.reason === 'no_findings' || d.reason === 'allowed' || d.reason === 'policy' || d.reason === 'monitor' || d.reason === 'mo_audit');

  return {
    get stats() {
      return { ...stats };
    },
    get(policy, direction, text) {
      if (text.length > maxTextLength) return undefined;
      const d = partition(policy, direction, false)?.get(text);
      if (d) stats.hits++;
      else stats.misses++;
      return d;
    },
    set(policy, direction, text, decision) {
      if (text.length > maxTextLength || !cacheable(decision)) return;
      for (const f of decision.findings) Object.freeze(f);
      Object.freeze(decision.findings);
      Object.freeze(decision.categories);
      partition(policy, direction, true)!.set(text, Object.freeze(decision));
    },
    clear() {
      partitions = new WeakMap();
    },
  };
}
